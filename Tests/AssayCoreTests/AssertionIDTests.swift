import AssayCore
import Testing

@Suite("Assertion ids")
struct AssertionIDTests {
    @Test("the same text always gets the same 16-hex-digit id")
    func stable() {
        let id = AssertionID.derive(from: "The diplomat was arrested.")
        #expect(id == AssertionID.derive(from: "The diplomat was arrested."))
        #expect(id.count == AssertionID.length)
        #expect(id.allSatisfy { $0.isHexDigit })
    }

    @Test("case, curly quotes, spacing, invisible characters and the closing stop do not change the id",
          arguments: [
              "the diplomat’s car was found.",
              "The  diplomat's car was found",
              "The diplomat\u{200B}’s car was found.",
              "  The diplomat's car\nwas found. ",
          ])
    func normalised(variant: String) {
        #expect(AssertionID.derive(from: variant) == AssertionID.derive(from: "The diplomat's car was found."))
    }

    @Test("different wording gets a different id")
    func distinct() {
        #expect(AssertionID.derive(from: "Over 30,000 were killed.") != AssertionID.derive(from: "Over 3,000 were killed."))
        #expect(AssertionID.derive(from: "Was he arrested?") != AssertionID.derive(from: "Was he arrested!"))
    }

    @Test("a repeated text gets a distinct id per occurrence, stable across runs")
    func occurrences() {
        let first = AssertionID.derive(from: "Free Iran", occurrence: 1)
        let second = AssertionID.derive(from: "Free Iran", occurrence: 2)
        #expect(first != second)
        #expect(second == AssertionID.derive(from: "free iran.", occurrence: 2))
    }
}

@Suite("Severity")
struct SeverityTests {
    @Test func ordered() {
        #expect(Severity.info < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity.allCases.sorted() == [.info, .warning, .error])
    }
}
