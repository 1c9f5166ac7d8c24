/// Words and multi-word phrases mapped to values, matched at a token position: the longest
/// phrase starting there wins. Lookup is a hash of the first word, then a comparison of the
/// few phrases that start with it, on the bytes (no allocation per token).
///
/// Inlinable, like `WordTable`, so other modules get it specialised for their value type
/// rather than paying for generic metadata on every lookup.
public struct PhraseTable<Value: Sendable>: Sendable {
    @usableFromInline
    struct Phrase: Sendable {
        /// The words after the first, folded (`FoldedWord`).
        @usableFromInline var rest: [[UInt8]]
        @usableFromInline var value: Value
    }

    @usableFromInline let byFirstWord: WordTable<[Phrase]>

    public init(_ pairs: [(String, Value)]) {
        var grouped: [String: [Phrase]] = [:]
        for (phrase, value) in pairs {
            let words = PhraseTable.words(of: phrase)
            guard let first = words.first else { continue }
            let rest = words.dropFirst().map { FoldedWord.fold(Array($0.utf8)[...]) }
            grouped[first, default: []].append(Phrase(rest: rest, value: value))
        }
        byFirstWord = WordTable(grouped.map { word, phrases in
            (word, phrases.sorted { $0.rest.count > $1.rest.count })
        })
    }

    /// The word a phrase is looked up by: `match` finds a phrase only at a token that is this word.
    public static func firstWord(of phrase: String) -> String? { words(of: phrase).first }

    private static func words(of phrase: String) -> [String] {
        phrase.lowercased().split(separator: " ").map(String.init)
    }

    /// The longest phrase starting at word token `index`: how many tokens it spans and its value.
    @inlinable
    public func match(_ bytes: [UInt8], _ tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard index >= 0, index < tokens.count, tokens[index].kind != .punctuation,
              let phrases = byFirstWord.value(for: tokens[index], in: bytes) else { return nil }
        for phrase in phrases where PhraseTable.matchesRest(phrase.rest, bytes, tokens, after: index) {
            return (phrase.rest.count + 1, phrase.value)
        }
        return nil
    }

    @inlinable
    static func matchesRest(_ rest: [[UInt8]], _ bytes: [UInt8], _ tokens: [Token], after index: Int) -> Bool {
        guard index + rest.count < tokens.count else { return rest.isEmpty }
        for (offset, word) in rest.enumerated()
        where !FoldedWord.equals(word, bytes, tokens[index + 1 + offset].range) {
            return false
        }
        return true
    }
}
