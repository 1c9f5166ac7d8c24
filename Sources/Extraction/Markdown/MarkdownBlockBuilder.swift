import AssayCore

/// The block structure of a Markdown document, built one line at a time.
struct MarkdownBlockBuilder {
    private(set) var blocks: [TextBlock] = []
    /// The text of the first level-1 heading, for the title when there is no front matter.
    private(set) var firstTopHeading: String?
    private var open: TextBlock?
    private var previousWasBlank = true

    /// Consumes the line at `index` (and any lines it owns, such as a code fence's) and returns
    /// the index of the next line to read.
    mutating func consume(_ lines: [String], at index: Int) -> Int {
        let line = lines[index]
        let number = index + 1
        let trimmed = line.trimmingSpaces
        defer { previousWasBlank = trimmed.isEmpty }
        if trimmed.isEmpty {
            flush()
            return index + 1
        }
        if let fence = Self.fence(trimmed) {
            flush()
            var end = index + 1
            while end < lines.count, !lines[end].trimmingSpaces.hasPrefix(fence) { end += 1 }
            emit(lines[min(index + 1, end)..<end].joined(separator: "\n"), role: .code, line: number + 1, inline: false)
            return min(end + 1, lines.count)
        }
        if trimmed.hasPrefix("<!--"), let end = Self.commentEnd(lines, from: index) {
            flush()
            return end
        }
        if previousWasBlank, open == nil, line.hasPrefix("    ") || line.hasPrefix("\t") {
            var end = index
            while end < lines.count, lines[end].hasPrefix("    ") || lines[end].hasPrefix("\t") || lines[end].trimmingSpaces.isEmpty {
                end += 1
            }
            emit(lines[index..<end].map { String($0.dropFirst($0.hasPrefix("\t") ? 1 : 4)) }.joined(separator: "\n"),
                 role: .code, line: number, inline: false)
            return end
        }
        if let (level, text) = Self.atxHeading(trimmed) {
            flush()
            if level == 1, firstTopHeading == nil { firstTopHeading = MarkdownInline.strip(text).trimmingSpaces }
            emit(text, role: .heading, line: number)
            return index + 1
        }
        if let underline = Self.setextLevel(trimmed), var paragraph = open, paragraph.role == .paragraph {
            if underline == 1, firstTopHeading == nil { firstTopHeading = MarkdownInline.strip(paragraph.text).trimmingSpaces }
            paragraph.role = .heading
            open = paragraph
            flush()
            return index + 1
        }
        if Self.isThematicBreak(trimmed) || Self.isReferenceDefinition(trimmed) || Self.isTableDelimiter(trimmed) {
            flush()
            return index + 1
        }
        if trimmed.hasPrefix(">") {
            let body = Self.quoteBody(trimmed)
            if body.isEmpty {
                flush()
            } else if open?.role == .quote {
                open?.text += "\n" + body
            } else {
                flush()
                open = TextBlock(body, role: .quote, line: number)
            }
            return index + 1
        }
        if let item = Self.listItemBody(trimmed) {
            flush()
            open = TextBlock(item, role: .listItem, line: number)
            return index + 1
        }
        if trimmed.hasPrefix("|") || trimmed.contains(" | ") {
            flush()
            let cells = trimmed.split(separator: "|").map(\.trimmingSpaces).filter { !$0.isEmpty }
            emit(cells.joined(separator: " · "), role: .paragraph, line: number)
            return index + 1
        }
        if open == nil {
            open = TextBlock(trimmed, role: .paragraph, line: number)
        } else {
            open?.text += "\n" + trimmed
        }
        return index + 1
    }

    mutating func flush() {
        guard let block = open else { return }
        open = nil
        emit(block.text, role: block.role, line: block.line)
    }

    private mutating func emit(_ text: String, role: ParagraphRole, line: Int?, inline: Bool = true) {
        let body = inline ? MarkdownInline.strip(text) : text
        guard !body.trimmingSpaces.isEmpty else { return }
        blocks.append(TextBlock(body, role: role, line: line))
    }

    // MARK: line kinds

    static func fence(_ line: String) -> String? {
        for marker in ["```", "~~~"] where line.hasPrefix(marker) { return marker }
        return nil
    }

    /// The line after an HTML comment that starts at `index` and ends a line, or nil when text
    /// follows the comment on its last line (that text is prose; inline stripping removes the
    /// comment then).
    static func commentEnd(_ lines: [String], from index: Int) -> Int? {
        var end = index
        while end < lines.count, !lines[end].contains("-->") { end += 1 }
        guard end < lines.count, let close = lines[end].firstRange(of: "-->") else { return lines.count }
        return lines[end][close.upperBound...].trimmingSpaces.isEmpty ? end + 1 : nil
    }

    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmingSpaces
        }
        return (hashes, text)
    }

    static func setextLevel(_ line: String) -> Int? {
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    static func isTableDelimiter(_ line: String) -> Bool {
        line.contains("-") && line.contains("|") && line.allSatisfy { "|-: ".contains($0) }
    }

    /// The text after all leading `>` markers.
    static func quoteBody(_ line: String) -> String {
        line.drop(while: { $0 == ">" || $0 == " " }).trimmingSpaces
    }

    /// The text of a list item line (`-`, `*`, `+`, `1.`, `1)`), without a task box. A bullet
    /// is markup and goes; an item number is written in the source, a figure the reader may
    /// cite ("point 2"), and stays.
    static func listItemBody(_ line: String) -> String? {
        var number: Substring = ""
        var rest: Substring
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            rest = line.dropFirst(2)
        } else {
            let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
            let after = line.dropFirst(digits.count)
            guard (1...9).contains(digits.count), let marker = after.first, marker == "." || marker == ")",
                  after.dropFirst().first == " " else { return nil }
            number = line.prefix(digits.count + 2)
            rest = after.dropFirst(2)
        }
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(box.count) }
        return number + rest.trimmingSpaces
    }
}
