import AssayCore
@testable import Comparison
import Testing
import TestSupport

@Suite("What links two claims: content, not one figure or name")
struct MatchEvidenceTests {
    static func document(_ text: String, _ source: String) throws -> ReviewedDocument {
        ReviewedDocument(unreviewed: try ShippedRules.document(text: "Report\n\n" + text, source: source))
    }

    @Test("the same figure in two claims about different things links nothing", arguments: [
        ("The council spent £4.5m on the new bridge over the river.", "Shares in Rover fell after the carmaker lost £4.5m in the quarter."),
        ("Some 12,000 fans watched the final in Cardiff.", "The airline cut 12,000 jobs after the merger."),
    ])
    func figureAlone(first: String, second: String) throws {
        let match = ClaimMatcher().match([try Self.document(first, "a.txt"), try Self.document(second, "b.txt")])
        #expect(match.groups.isEmpty)
        #expect(match.suggested.isEmpty)
        #expect(match.totals.groups == 0 && match.totals.suggested == 0)
    }

    @Test("a figure with a rare word beside it links: the seeds' 30,000 massacre claims")
    func figureAndRareWord() throws {
        let match = ClaimMatcher().match(try MatchSeeds.seeds())
        let massacre = try #require(match.group(with: "massacred over 30,000", "an estimated 30,000"))
        let score = try #require(massacre.pairs.first?.score)
        #expect(score.sharedFigure != nil)
        #expect(score.sharedWords.contains("month"))
    }

    @Test("a figure stated of other referents by claims about one thing is a contradiction candidate, not a match")
    func contradiction() throws {
        let documents = [
            try Self.document("Police counted 40,000 protesters in the centre of Kiev.", "police.txt"),
            try Self.document("The ministry sent 40,000 soldiers to the border near Kiev.", "ministry.txt"),
        ]
        let match = ClaimMatcher().match(documents)
        #expect(match.groups.isEmpty)
        #expect(match.suggested.isEmpty)
        #expect(match.totals.contradictions == 1)
        let pair = try #require(match.contradictions.first)
        #expect(pair.first.text.contains("40,000 protesters") && pair.second.text.contains("40,000 soldiers"))
        #expect(pair.score.sharedFigure?.first.referent == "protesters")
        #expect(pair.score.sharedFigure?.second.referent == "soldiers")
    }

    @Test("the same figure of the same referent, reworded, is one group, not a contradiction")
    func sameReferent() throws {
        let documents = [
            try Self.document("Police said 40,000 protesters marched through the centre of Kiev on Sunday.", "police.txt"),
            try Self.document("On Sunday some 40,000 protesters marched through Kiev, police said.", "agency.txt"),
        ]
        let match = ClaimMatcher().match(documents)
        #expect(match.groups.count == 1)
        #expect(match.contradictions.isEmpty)
    }
}

@Suite("Reading a claim's words for matching")
struct ClaimWordsTests {
    @Test("match reads the same content words as ContentWords, and knows which are written in lower case", arguments: [
        "In the summer of 1988, the clerical regime massacred over 30,000 political prisoners.",
        "Fiat settled for $2bn (1.53bn euros; Â£1.05bn) with GM — “a good deal”, said Mr Marchionne.",
        "Ünal Öztürk's 3.5m-strong Çağ party: 12.5%, up from 9,8.",
        "",
    ])
    func sameWordsAsContentWords(text: String) {
        let read = ClaimWords(text)
        #expect(read.words == ContentWords(text).words)
        #expect(Set(read.lowercaseWords).isSubset(of: Set(read.words)))
    }

    @Test("names and headline capitals are not lower-case words")
    func names() {
        let read = ClaimWords("Sir Alex Ferguson said the Six Nations draw was fair.")
        #expect(read.lowercaseWords == ["said", "draw", "fair"])
    }
}
