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
    /// Ends with `.`, `!`, `?`, `:`, `;` or `…`, perhaps followed by closing quotes or brackets.
    let endsClause: Bool
    /// Its last word is one that does not end a heading or a sentence: "by", "of", "the"…
    let endsWithFunctionWord: Bool

    init(_ text: Substring, number: Int) {
        self.text = text
        self.number = number
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == UTF8Bytes.space || utf8[start] == 0x09 { utf8.formIndex(after: &start) }
        while end > start, utf8[utf8.index(before: end)] == UTF8Bytes.space || utf8[utf8.index(before: end)] == 0x09 {
            utf8.formIndex(before: &end)
        }
        let content = Substring(utf8[start..<end])
        isBlank = content.isEmpty
        isIndented = start != utf8.startIndex
        isQuote = content.utf8.first == UInt8(ascii: ">")
        // Long lines are whole paragraphs: the scalar count only matters up to the wrap width.
        length = text.utf8.count > PlainTextConverter.wrapWidth * 4 ? Int.max : UTF8Bytes.scalarCount(content)
        let head = Array(content.utf8.prefix(12))
        let found = head.withUnsafeBufferPointer { ListMarker.marker(in: $0, from: 0, to: $0.count) }
        // "1998. The year…" starts with a year, not an item number.
        marker = (found?.number ?? 0) < 1000 ? found : nil
        endsClause = Self.endsClause(content)
        endsWithFunctionWord = Self.endsWithFunctionWord(content)
    }

    var isLong: Bool { length > PlainTextConverter.wrapWidth }

    var startsLowercase: Bool {
        text.unicodeScalars.first(where: { $0 != " " && $0 != "\t" })?.properties.isLowercase ?? false
    }

    /// Length in scalars of the first word, up to the first space.
    var firstWordLength: Int {
        text.drop(while: { $0 == " " || $0 == "\t" }).unicodeScalars.prefix(while: { $0 != " " && $0 != "\t" }).count
    }

    /// The text after the list marker.
    var bodyAfterMarker: Substring {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
        guard let marker else { return trimmed }
        return Substring(trimmed.utf8.dropFirst(marker.length))
    }

    /// The line's text in a block of `role`: a quote loses its `>` marks; anything else keeps
    /// all its characters (whitespace is collapsed later).
    func body(as role: ParagraphRole) -> Substring {
        guard role == .quote, isQuote else { return text }
        return text.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
    }

    private static func endsClause(_ content: Substring) -> Bool {
        let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]
        let last = content.unicodeScalars.reversed().first(where: { !closers.contains($0) })
        return last.map { ".!?:;…".unicodeScalars.contains($0) } ?? false
    }

    private static func endsWithFunctionWord(_ content: Substring) -> Bool {
        let word = content.unicodeScalars.reversed().prefix(while: { $0.properties.isAlphabetic })
        guard (1...7).contains(word.count) else { return false }
        return functionWords.contains(String(String.UnicodeScalarView(word.reversed())).lowercased())
    }

    /// Words that leave a line unfinished: articles, prepositions, conjunctions, auxiliaries.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "as", "than", "that", "which", "who", "whose", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "about", "after",
        "before", "between", "over", "under", "per", "if", "not", "some", "every", "each",
    ]
}
