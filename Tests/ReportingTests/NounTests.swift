import AssayCore
import Reporting
import Testing

@Suite("Counted nouns: 1 assertion, 2 assertions")
struct NounTests {
    @Test("a count takes the singular for one and the plural otherwise", arguments: [
        (0, "assertion", nil, "0 assertions"), (1, "assertion", nil, "1 assertion"), (2, "assertion", nil, "2 assertions"),
        (1, "match", "matches", "1 match"), (3, "match", "matches", "3 matches"),
    ] as [(Int, String, String?, String)])
    func counts(count: Int, singular: String, plural: String?, expected: String) {
        #expect(Noun.count(count, singular, plural: plural) == expected)
    }

    @Test("ingest's line says 1 claim and 1 finding, and that 1 claim keeps its verdict")
    func ingestLine() {
        let created = IngestOutcome(status: .created, document: "memo", version: 1, assertions: 1, findings: 1,
                                    carriedVerdicts: 0, reworded: 0, orphaned: 0, unplacedAnnotations: [])
        #expect(IngestOutcomeText.line(created) == "stored       memo@1: 1 claim, 1 finding\n")
        let second = IngestOutcome(status: .newVersion, document: "memo", version: 2, assertions: 2, findings: 0,
                                   carriedVerdicts: 1, reworded: 0, orphaned: 0, unplacedAnnotations: [])
        #expect(IngestOutcomeText.line(second) == "new version  memo@2: 2 claims, 0 findings; 1 claim keeps its verdict\n")
    }
}
