import Testing
@testable import AssayText

@Suite struct TokenizerTests {
    private let text = "The Year’s “Five-hundred” MOJAHEDIN-e rose 3.5% to 100,000 — Zoë's café, naïve ĲSSEL!"

    @Test func splitsWordsNumbersAndPunctuation() {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(in: bytes, range: 0..<bytes.count)
        let strings = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(strings == ["The", "Year’s", "“", "Five-hundred", "”", "MOJAHEDIN-e", "rose", "3.5", "%", "to", "100,000",
                            "—", "Zoë's", "café", ",", "naïve", "ĲSSEL", "!"])
        #expect(tokens[7].kind == .number && tokens[0].kind == .word && tokens[2].kind == .punctuation)
    }

    /// The hash built while reading a token is the one word tables compute for its bytes, so a
    /// lookup by token finds exactly what a lookup by range finds.
    @Test func tokenHashesEqualTheFoldedHashOfTheirBytes() {
        let bytes = Array(text.utf8)
        for token in Tokenizer.tokens(in: bytes, range: 0..<bytes.count) {
            #expect(token.foldedHash == FoldedWord.hash(bytes, token.range),
                    "\(String(decoding: bytes[token.range], as: UTF8.self))")
        }
        let table = WordTable(words: ["year's", "five-hundred", "zoë's"])
        let found = Tokenizer.tokens(in: bytes, range: 0..<bytes.count).filter { table.contains($0, in: bytes) }
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Year’s", "Five-hundred", "Zoë's"])
    }
}
