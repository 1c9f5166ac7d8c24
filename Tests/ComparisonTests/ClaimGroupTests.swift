import AssayCore
import Comparison
import ReviewStore
import Testing
import TestSupport

@Suite("Claim groups")
struct ClaimGroupTests {
    static func document(_ headline: String, _ text: String, _ source: String) throws -> ReviewedDocument {
        ReviewedDocument(unreviewed: try ShippedRules.document(text: headline + "\n\n" + text, source: source))
    }

    @Test("groups do not chain: A like B and B like C does not group A with C")
    func noChaining() throws {
        let documents = [
            try Self.document("Anniversary", "The regime executed over 30,000 political prisoners in the summer of 1988.", "a.txt"),
            try Self.document("Weekly digest", "An estimated 30,000 political prisoners were executed while 500 grams of TATP were seized at Vienna airport.", "b.txt"),
            try Self.document("Airport news", "Customs officers seized 500 grams of TATP at Vienna airport.", "c.txt"),
        ]
        let match = ClaimMatcher().match(documents)
        for group in match.groups {
            #expect(Set(group.documents) != ["a", "b", "c"])
        }
        #expect(match.group(with: "executed over 30,000", "An estimated 30,000") != nil)
        #expect(match.groups.count == 1)
        // B–C is strong enough to group on its own: only the guard keeps C out of A and B's group.
        let chained = try #require(match.suggestedPair(with: "An estimated 30,000", "Customs officers seized"))
        #expect(chained.score.value >= MatchThresholds.defaultGroup)
        #expect(!match.found("executed over 30,000", "Customs officers seized"))
    }
}
