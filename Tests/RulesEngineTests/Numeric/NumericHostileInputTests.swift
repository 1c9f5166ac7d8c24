@testable import RulesEngine
import Testing

/// Odd input must give an answer, never a trap or a runaway.
@Suite struct NumericHostileInputTests {
    @Test(arguments: [
        "", ".", "!?,;:.--–—%%%$$", "99999999999999999999999", "1,2,3", "It ended at 42",
        "«42»", "🙂42🙂 people", "٤٢ people", "1" + String(repeating: "0", count: 400) + " people",
        "between", "between 20", "between 20 and", "from 20 to", "well over half", "hundreds of",
        "July", "July 17,", "1,000,", "3.", "1.2.3 people", "$", "$ people", "20–", "–30",
        "twenty-", "-five", "a", "a dozen", "one hundred and", "Five-hundred-", "...1980s",
    ])
    func oddInputDoesNotTrap(_ text: String) {
        let found = NumericFixture.found(in: text)
        for quantity in found {
            for value in quantity.fields.values {
                if case .number(let number) = value { #expect(number.isFinite) }
            }
        }
    }

    @Test func aHugeNumberIsReadApproximately() {
        let found = NumericFixture.found(in: "99999999999999999999999")
        #expect(found.first?.fields["value"] == .number(1e23))
    }

    @Test func badlyGroupedDigitsAreNotAFigure() {
        #expect(NumericFixture.found(in: "Call 1,2,3 now.") == [])
    }

    @Test func aFigureAtTheEndOfTheText() {
        let found = NumericFixture.found(in: "The total was 42")
        #expect(found.map(\.text) == ["42"])
    }

    @Test func unicodeAroundANumberKeepsTheSpanExact() {
        let found = NumericFixture.found(in: "«Über 🙂 50 Menschen» and “about 40 people”")
        #expect(found.map(\.text) == ["50 Menschen", "about 40 people"])
    }

    @Test func aLongSentenceOfFiguresIsLinear() {
        let text = String(repeating: "over 1,000 people and ", count: 5_000)
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = NumericFixture.found(in: text).count }
        #expect(count == 5_000)
        #expect(elapsed < .seconds(5))
    }
}
