/// The words of a text that carry its content, for comparing claims worded differently: lower
/// case, digits grouped as one number ("30,000" → "30000"), function words left out.
public struct ContentWords: Sendable, Hashable {
    public let words: [String]

    public init(_ text: String) {
        var words: [String] = []
        var current = ""
        var previousWasDigit = false
        var pendingSeparator = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                // "30,000" and "3.5" stay one number: a separator between digits is dropped.
                if pendingSeparator && !(previousWasDigit && character.isNumber) {
                    ContentWords.flush(&current, into: &words)
                }
                pendingSeparator = false
                current.append(character)
                previousWasDigit = character.isNumber
            } else if (character == "," || character == ".") && previousWasDigit && !pendingSeparator {
                pendingSeparator = true
            } else {
                ContentWords.flush(&current, into: &words)
                pendingSeparator = false
                previousWasDigit = false
            }
        }
        ContentWords.flush(&current, into: &words)
        self.words = words
    }

    private static func flush(_ word: inout String, into words: inout [String]) {
        defer { word = "" }
        guard !word.isEmpty, !stopWords.contains(word) else { return }
        words.append(word)
    }

    public var set: Set<String> { Set(words) }

    /// Dice's coefficient of the two word sets, in [0, 1]: 2|A∩B| / (|A| + |B|).
    public func similarity(to other: ContentWords) -> Double {
        let a = set, b = other.set
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// English function words: they make unrelated sentences look alike.
    public static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "into", "onto", "about", "over", "under", "than", "then", "that", "this", "these", "those", "it", "its", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "shall", "should", "may", "might", "must", "not", "no", "so", "such", "which", "who", "whom", "whose",
        "what", "when", "where", "while", "he", "she", "they", "them", "their", "his", "her", "we", "our", "you", "your",
        "i", "me", "my", "s", "also", "there", "here", "all", "any", "some", "more", "most", "other", "same", "only",
        "up", "out", "if", "because", "after", "before", "during", "since", "until", "between", "through", "against",
    ]
}
