/// What an analyst typed into `search`, read as words and figures or as FTS5 syntax.
///
/// Plain text is what most queries are: `30,000`, `$300`, `O'Brien said`. Each word is searched
/// as a phrase of its own (all must match), so punctuation inside it never reaches FTS5 as
/// syntax: `30,000` finds "30,000" (the index holds it as the words 30 and 000, side by side).
/// A word with a symbol the index does not keep (`$`, `£`, `€`, `%`, `#`) must also occur as
/// written, so `$300` does not find "300 people". A query that uses FTS5's own syntax — a
/// double quote, `AND`/`OR`/`NOT`/`NEAR(` in capitals, a `prefix*`, brackets — is passed on as
/// it is, and so is any query when the analyst asks for FTS5.
public struct SearchQuery: Sendable, Equatable {
    public enum Syntax: String, Sendable, CaseIterable {
        /// Plain words and figures, unless the query uses FTS5 syntax.
        case automatic
        /// SQLite FTS5 syntax, whatever the query looks like.
        case fts
    }

    /// The FTS5 expression to match.
    public let expression: String
    /// Words that must also occur in the text as written, ignoring case.
    public let literals: [String]
    /// Whether the query was read as FTS5 syntax.
    public let isFTS: Bool

    private static let unindexedSymbols: Set<Character> = ["$", "£", "€", "¥", "%", "#", "@", "&", "+"]
    private static let operators: Set<Substring> = ["AND", "OR", "NOT"]

    public init(_ text: String, syntax: Syntax = .automatic) {
        let words = text.split(whereSeparator: \.isWhitespace)
        if syntax == .fts || Self.usesFTSSyntax(text, words: words) {
            expression = text
            literals = []
            isFTS = true
            return
        }
        expression = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        literals = words.filter { $0.contains(where: Self.unindexedSymbols.contains) }.map { String($0).lowercased() }
        isFTS = false
    }

    private static func usesFTSSyntax(_ text: String, words: [Substring]) -> Bool {
        text.contains("\"") || text.contains("(") || text.contains(")")
            || words.contains { operators.contains($0) || $0.hasPrefix("NEAR(") || $0.count > 1 && $0.hasSuffix("*") }
    }
}
