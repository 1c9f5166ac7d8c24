import Testing
@testable import RulesEngine

@Suite struct MatchTextTests {
    @Test func zeroWidthLookAlikesAndCurlyQuotesAreNormalisedForMatching() {
        // "re<ZWSP>gime" with a Cyrillic "е", and a curly apostrophe.
        let text = MatchText("The re\u{200B}gim\u{0435}\u{2019}s men")
        #expect(text.string(0..<text.bytes.count) == "The regime's men")
        #expect(text.tokens.count == 3)
    }

    @Test func byteOffsetsMapBackToScalarOffsetsOfTheOriginal() {
        let original = "🙂 é re\u{200B}gime"
        let text = MatchText(original)
        let regime = text.tokens[2]
        #expect(text.string(regime.range) == "regime")
        let start = text.scalarOffset(ofByte: regime.range.lowerBound)
        let end = text.scalarOffset(ofByte: regime.range.upperBound)
        let scalars = Array(original.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "re\u{200B}gime")
        #expect(text.byteOffset(ofScalar: start) == regime.range.lowerBound)
    }

    @Test func tokenIndicesOfAByteRange() {
        let text = MatchText("One two. Three four.")
        let second = text.tokenIndices(in: 9..<20)
        #expect(second.map { text.string(text.tokens[$0].range) } == ["Three", "four", "."])
    }
}
