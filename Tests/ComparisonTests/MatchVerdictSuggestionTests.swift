import AssayCore
import Comparison
import Foundation
import ReviewStore
import Testing
import TestSupport

@Suite("Verdict suggestions in the workbench")
struct MatchVerdictSuggestionTests {
    @Test("a verdict on one 30,000 claim is offered to the other member, and nothing is recorded")
    func suggestion() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Workbench.open(path: folder.appendingPathComponent("match.sqlite").path, access: .create)
        for name in Repository.seedNames {
            let text = try String(contentsOf: Repository.seed(name), encoding: .utf8)
            try store.ingest(IngestRequest(document: try ShippedRules.document(text: text, source: "seeds/" + name),
                                           path: Repository.seed(name).path, analyst: "alice"))
        }
        let names = try store.documentNames()
        let reviewed = try #require(try store.reviewedDocument(names[0]).claims.first { $0.text.contains("over 30,000") })
        _ = try store.recordVerdict(VerdictRequest(claim: reviewed.id, rating: "misleading", analyst: "alice"))
        let before = try names.map { try store.reviewedDocument($0) }

        let match = ClaimMatcher().match(before)

        let group = try #require(match.group(with: "over 30,000", "an estimated 30,000"))
        let other = try #require(group.members.first { $0.text.contains("an estimated 30,000") })
        let suggestion = try #require(group.suggestions.first)
        #expect(group.suggestions.count == 1)
        #expect((suggestion.document, suggestion.claim) == (other.document, other.claim))
        #expect((suggestion.rating, suggestion.analyst) == ("misleading", "alice"))
        #expect((suggestion.fromDocument, suggestion.fromClaim) == (names[0], reviewed.id))
        #expect(other.verdict == nil)
        let after = try names.map { try store.reviewedDocument($0) }
        #expect(after.map { $0.verdicts.values.joined().count } == [1, 0])
        #expect(after == before)
        // The 100,000 group has no verdict to offer.
        #expect(match.group(with: "as many as 100,000", "upwards of 100,000")?.suggestions == [])
    }
}
