import AssayCore
import AssayText

/// One line of a plain-text input and what `PlainTextConverter` needs to know of it to decide
/// whether it starts a block or continues the line above.
struct PlainTextLine {
    /// The line as written.
    let text: Substring
    /// 1-based line number in the input.
    let number: Int
    /// Length in Unicode scalars, without trailing spaces; lines longer than the wrap width
    /// are not measured exactly.
    let length: Int
    let isBlank: Bool
    /// Starts with a space or a tab.
    let isIndented: Bool
    /// An email-style quoted line: `>` first.
    let isQuote: Bool
    /// The list marker the line starts with (after any indentation), if any.
    let marker: (length: Int, number: Int?)?
    /// The line without its leading and trailing spaces and tabs.
    let content: Substring

    init(_ text: Substring, number: Int) {
        self.text = text
        self.number = number
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == UTF8Bytes.space || utf8[start] == 0x09 { utf8.formIndex(after: &start) }
        while end > start, utf8[utf8.index(before: end)] == UTF8Bytes.space || utf8[utf8.index(before: end)] == 0x09 {
            utf8.formIndex(before: &end)
        }
        content = Substring(utf8[start..<end])
        isBlank = content.isEmpty
        isIndented = start != utf8.startIndex
        isQuote = content.utf8.first == UInt8(ascii: ">")
        // Long lines are whole paragraphs: the scalar count only matters up to the wrap width.
        length = text.utf8.count > PlainTextConverter.wrapWidth * 4 ? Int.max : UTF8Bytes.scalarCount(content)
        marker = Self.marker(content)
    }

    /// "1998. The year…" starts with a year, not an item number.
    private static func marker(_ content: Substring) -> (length: Int, number: Int?)? {
        var content = content
        let found = content.withUTF8 { ListItemMarker.marker(in: $0, from: 0, to: min($0.count, 12)) }
        return (found?.number ?? 0) < 1000 ? found : nil
    }

    var isLong: Bool { length > PlainTextConverter.wrapWidth }

    var startsLowercase: Bool {
        content.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Length in scalars of the first word, up to the first space.
    var firstWordLength: Int {
        content.unicodeScalars.prefix(while: { $0 != " " && $0 != "\t" }).count
    }

    /// The text after the list marker.
    var bodyAfterMarker: Substring {
        guard let marker else { return content }
        return Substring(content.utf8.dropFirst(marker.length))
    }

    /// Ends with `.`, `!`, `?`, `:`, `;` or `…`, perhaps followed by closing quotes or brackets.
    var endsClause: Bool {
        let last = content.unicodeScalars.reversed().first(where: { !Self.closers.contains($0) })
        return last.map { ".!?:;…".unicodeScalars.contains($0) } ?? false
    }

    /// Its last word is one that does not end a heading or a sentence: "by", "of", "the"…
    var endsWithFunctionWord: Bool {
        let word = content.unicodeScalars.reversed().prefix(while: { $0.properties.isAlphabetic })
        guard (1...7).contains(word.count) else { return false }
        return Self.functionWords.contains(String(String.UnicodeScalarView(word.reversed())).lowercased())
    }

    /// Short, at most twenty words, and without closing punctuation: `PlainTextConverter.isHeadingLike`
    /// on a line.
    var isHeadingLike: Bool {
        guard length <= PlainTextConverter.headingMaxLength, let last = content.unicodeScalars.last else { return false }
        return content.utf8.count(where: { $0 == UTF8Bytes.space }) < 20 && !".!?:;,…\"”’".unicodeScalars.contains(last)
    }

    /// The line's text in a block of `role`: a quote loses its `>` marks; anything else keeps
    /// all its characters (whitespace is collapsed later).
    func body(as role: ParagraphRole) -> Substring {
        guard role == .quote, isQuote else { return text }
        return text.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]

    /// Words that leave a line unfinished: articles, prepositions, conjunctions, auxiliaries.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "as", "than", "that", "which", "who", "whose", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "about", "after",
        "before", "between", "over", "under", "per", "if", "not", "some", "every", "each",
    ]
}
