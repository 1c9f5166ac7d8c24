/// Words and multi-word phrases mapped to values, matched at a token position: the longest
/// phrase starting there wins. Lookup is a hash of the first word, then a comparison of the
/// few phrases that start with it.
public struct PhraseTable<Value: Sendable>: Sendable {
    private struct Phrase: Sendable {
        var rest: [String]
        var value: Value
    }

    private let byFirstWord: WordTable<[Phrase]>

    public init(_ pairs: [(String, Value)]) {
        var grouped: [String: [Phrase]] = [:]
        for (phrase, value) in pairs {
            let words = phrase.lowercased().split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            grouped[first, default: []].append(Phrase(rest: Array(words.dropFirst()), value: value))
        }
        byFirstWord = WordTable(grouped.map { word, phrases in
            (word, phrases.sorted { $0.rest.count > $1.rest.count })
        })
    }

    /// The longest phrase starting at word token `index`: how many tokens it spans and its value.
    public func match(_ bytes: [UInt8], _ tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard index < tokens.count, tokens[index].kind != .punctuation,
              let phrases = byFirstWord.value(for: bytes, in: tokens[index].range) else { return nil }
        for phrase in phrases where matchesRest(phrase.rest, bytes, tokens, after: index) {
            return (phrase.rest.count + 1, phrase.value)
        }
        return nil
    }

    private func matchesRest(_ rest: [String], _ bytes: [UInt8], _ tokens: [Token], after index: Int) -> Bool {
        guard index + rest.count < tokens.count else { return rest.isEmpty }
        for (offset, word) in rest.enumerated() {
            let token = tokens[index + 1 + offset]
            let folded = WordTable<Void>.fold(bytes[token.range])
            if folded != Array(word.utf8) { return false }
        }
        return true
    }
}
