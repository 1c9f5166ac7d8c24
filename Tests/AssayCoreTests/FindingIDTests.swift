import AssayCore
import Testing

@Suite("Finding ids")
struct FindingIDTests {
    private func finding(_ text: String, rule: String = "framing.name-calling", assertion: String? = "a1") -> Finding {
        Finding(rule: rule, category: "framing", severity: .warning, start: 0, end: text.count, text: text,
                message: "", assertion: assertion, fields: [:])
    }

    @Test("texts that differ only in case, spacing or a final full stop still get distinct ids")
    func normalisedTwins() {
        let ids = FindingID.ids([finding("Clerical regime"), finding("clerical  regime"), finding("clerical regime."),
                                 finding("clerical regime")])
        #expect(Set(ids).count == 4)
    }

    @Test("ids are stable across runs and depend on rule, assertion and text")
    func stable() {
        let ids = FindingID.ids([finding("mullahs"), finding("mullahs", rule: "framing.other"), finding("mullahs", assertion: "b2")])
        #expect(ids == FindingID.ids([finding("mullahs"), finding("mullahs", rule: "framing.other"), finding("mullahs", assertion: "b2")]))
        #expect(Set(ids).count == 3)
        #expect(ids.allSatisfy { $0.count == AssertionID.length })
    }
}
