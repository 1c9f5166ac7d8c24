import Testing
@testable import RulesEngine

@Suite struct MatchTextTests {
    @Test func zeroWidthLookAlikesAndCurlyQuotesAreNormalisedForMatching() {
        // "re<ZWSP>gime" with a Cyrillic "е", and a curly apostrophe.
        let text = MatchText("The re\u{200B}gim\u{0435}\u{2019}s men")
        #expect(text.normalized(0..<text.bytes.count) == "The regime's men")
        #expect(text.tokens.count == 3)
    }

    @Test func aByteRangeQuotesTheDocumentsOwnCharacters() {
        let original = "Mr O\u{2019}Brien\u{00A0}said \u{201C}r\u{0435}gime\u{201D} \u{2014} the ﬁnal word"
        let text = MatchText(original)
        #expect(text.normalized(0..<text.bytes.count) != original)
        #expect(text.string(0..<text.bytes.count) == original)
        let quoted = text.tokens.firstIndex { text.normalized($0.range) == "\"" }!
        let range = text.tokens[quoted].range.lowerBound..<text.tokens[quoted + 3].range.upperBound
        #expect(text.string(range) == "\u{201C}r\u{0435}gime\u{201D} \u{2014}")
    }

    @Test func invisibleCharactersAroundARangeStayOutOfItAndThoseInsideStayIn() {
        let original = "\u{200B}re\u{200B}gime\u{FEFF} men"
        let text = MatchText(original)
        let regime = text.tokens[0].range
        #expect(text.string(regime) == "re\u{200B}gime")
        let scalars = text.scalarRange(ofBytes: regime)
        #expect(scalars == 1..<8)
        let all = Array(original.unicodeScalars)
        #expect(String(String.UnicodeScalarView(all[scalars])) == text.string(regime))
    }

    @Test func byteOffsetsMapBackToScalarOffsetsOfTheOriginal() {
        let original = "🙂 é re\u{200B}gime"
        let text = MatchText(original)
        let regime = text.tokens[2]
        #expect(text.normalized(regime.range) == "regime")
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
