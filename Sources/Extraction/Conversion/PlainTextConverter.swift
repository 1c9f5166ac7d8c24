import AssayCore
import AssayText

/// Plain text → blocks. Each line is a paragraph unless the text is hard-wrapped (then wrapped
/// lines are joined); blank lines always separate paragraphs. Bulleted and numbered lines
/// are list items; short lines without closing punctuation are headings; the first heading is
/// the title, and a one-to-three-word line above it is taken as the masthead (site name).
enum PlainTextConverter {
    /// Lines no longer than this, in a block of three or more where every line is, may be
    /// hard-wrapped prose; a line that starts in lower case always continues the one above.
    private static let wrapWidth = 100
    private static let headingMaxLength = 150

    static func convert(_ text: String) -> ConvertedDocument {
        let lines = lines(of: text)
        var blocks: [TextBlock] = []
        var group: [(text: Substring, line: Int)] = []
        for (offset, line) in lines.enumerated() {
            if line.utf8.allSatisfy({ $0 == UTF8Bytes.space || $0 == 0x09 }) {
                blocks += paragraphs(of: group)
                group.removeAll()
            } else {
                group.append((line, offset + 1))
            }
        }
        blocks += paragraphs(of: group)
        let metadata = markTitle(in: &blocks)
        return ConvertedDocument(blocks: blocks, metadata: metadata)
    }

    /// The lines of the text, found on its UTF-8 bytes: splitting by `Character` is slow on
    /// long lines.
    private static func lines(of text: String) -> [Substring] {
        var text = text
        let ends = text.withUTF8 { buffer in buffer.indices.filter { buffer[$0] == UTF8Bytes.newline } }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = 0
        for end in ends + [utf8.count] {
            // Offsets into a native string's UTF-8: index(_:offsetBy:) is constant time.
            lines.append(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
            start = end + 1
        }
        return lines
    }

    private static func paragraphs(of group: [(text: Substring, line: Int)]) -> [TextBlock] {
        guard !group.isEmpty else { return [] }
        // A lone line neither wraps nor continues another: no need to measure it.
        let longest = group.count == 1 ? 0 : group.map { UTF8Bytes.scalarCount($0.text) }.max() ?? 0
        let hardWrapped = group.count > 2 && longest <= wrapWidth
        var blocks: [TextBlock] = []
        var current: TextBlock?
        var previousLine: Substring = ""
        for (text, line) in group {
            let (body, isListItem) = strippingListMarker(text)
            if current != nil, !isListItem, longest <= wrapWidth,
               startsLowercase(body) || hardWrapped && wrapsOnto(previousLine, longest: longest) {
                current?.text += " " + body
            } else {
                if let open = current { blocks.append(classified(open)) }
                current = TextBlock(String(body), role: isListItem ? .listItem : .paragraph, line: line)
            }
            previousLine = text
        }
        if let open = current { blocks.append(classified(open)) }
        return blocks
    }

    /// In hard-wrapped text a line runs on into the next unless it is short: the last line of
    /// its paragraph, or a heading.
    private static func wrapsOnto(_ line: Substring, longest: Int) -> Bool {
        UTF8Bytes.scalarCount(line) * 10 >= longest * 6
    }

    private static func startsLowercase(_ text: Substring) -> Bool {
        text.unicodeScalars.first?.properties.isLowercase ?? false
    }

    private static func classified(_ block: TextBlock) -> TextBlock {
        var block = block
        if block.role == .paragraph && isHeadingLike(block.text) { block.role = .heading }
        return block
    }

    static func isHeadingLike(_ text: String) -> Bool {
        // UTF-8 is at most 4 bytes a scalar: longer texts cannot be headings.
        guard text.utf8.count <= headingMaxLength * 4 else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.unicodeScalars.last, trimmed.unicodeScalars.count <= headingMaxLength else {
            return false
        }
        let words = trimmed.split(separator: " ").count
        return words <= 20 && !".!?:;,…\"”’".unicodeScalars.contains(last)
    }

    /// Removes a leading bullet (`-`, `*`, `•`, `–`) or number (`1.`, `2)`) and tells whether
    /// there was one.
    private static func strippingListMarker(_ line: Substring) -> (Substring, Bool) {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if let first = trimmed.first, "-*•–▪◦".contains(first), trimmed.dropFirst().first == " " {
            return (trimmed.dropFirst(2), true)
        }
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 3 {
            let rest = trimmed.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " {
                return (rest.dropFirst(2), true)
            }
        }
        return (line, false)
    }

    /// The first heading-like block is the title; a short line above it is the masthead.
    private static func markTitle(in blocks: inout [TextBlock]) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        guard let first = blocks.first, first.role == .heading else { return metadata }
        let firstWords = first.text.split(separator: " ").count
        if firstWords <= 3, blocks.count > 1, blocks[1].role == .heading {
            metadata.siteName = first.text.trimmingCharacters(in: .whitespaces)
            blocks[0].isMasthead = true
            blocks[1].role = .title
            metadata.title = blocks[1].text.trimmingCharacters(in: .whitespaces)
        } else {
            blocks[0].role = .title
            metadata.title = first.text.trimmingCharacters(in: .whitespaces)
        }
        return metadata
    }
}
