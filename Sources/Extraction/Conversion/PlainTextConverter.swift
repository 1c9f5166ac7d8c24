import AssayCore
import AssayText

/// Plain text → blocks, keeping every character but line breaks and `>` quote marks. Blank
/// lines separate paragraphs; a single line break is a space (hard-wrapped text is re-joined)
/// unless the next line starts a list item, a quote or a heading, or the lines are long (one
/// paragraph per line, as text copied from the web is). Short lines without closing
/// punctuation are headings; the first heading is the title, and a one-to-three-word line
/// above it is taken as the masthead (site name).
enum PlainTextConverter {
    /// Lines longer than this are whole paragraphs, never hard-wrapped ones.
    static let wrapWidth = 100
    /// Fewer short lines than this say nothing of the width the text is wrapped at.
    private static let minimumWrappedLines = 4
    static let headingMaxLength = 150

    static func convert(_ text: String) -> ConvertedDocument {
        let lines = lines(of: text)
        let width = wrappingWidth(lines)
        var blocks: [TextBlock] = []
        var groupStart = 0
        for (index, line) in lines.enumerated() where line.isBlank {
            blocks += paragraphs(of: lines[groupStart..<index], width: width)
            groupStart = index + 1
        }
        blocks += paragraphs(of: lines[groupStart...], width: width)
        let metadata = markTitle(in: &blocks)
        return ConvertedDocument(blocks: blocks, metadata: metadata)
    }

    /// The lines of the text, found on its UTF-8 bytes: splitting by `Character` is slow on
    /// long lines.
    private static func lines(of text: String) -> [PlainTextLine] {
        var text = text
        let ends = text.withUTF8 { buffer in buffer.indices.filter { buffer[$0] == UTF8Bytes.newline } }
        let utf8 = text.utf8
        var lines: [PlainTextLine] = []
        lines.reserveCapacity(ends.count + 1)
        var start = 0
        for end in ends + [utf8.count] {
            // Offsets into a native string's UTF-8: index(_:offsetBy:) is constant time.
            let line = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            lines.append(PlainTextLine(line, number: lines.count + 1))
            start = end + 1
        }
        return lines
    }

    /// The blocks of a run of lines between blank lines.
    private static func paragraphs(of group: ArraySlice<PlainTextLine>, width: Int?) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: TextBlock?
        var previous: PlainTextLine?
        var linesInBlock = 0
        for index in group.indices {
            let line = group[index]
            let next = index + 1 < group.endIndex ? group[index + 1] : nil
            if let open = current, let previous,
               !startsBlock(line, after: previous, in: open.role, continuing: linesInBlock > 1, next: next, width: width) {
                current?.text += " "
                current?.text += line.body(as: open.role)
                linesInBlock += 1
            } else {
                linesInBlock = 1
                if let open = current { blocks.append(classified(open)) }
                let role: ParagraphRole
                if line.isQuote {
                    role = .quote
                } else {
                    role = isListItem(line, after: previous, in: current?.role) ? .listItem : .paragraph
                }
                current = TextBlock(String(line.body(as: role)), role: role, line: line.number)
            }
            previous = line
        }
        if let open = current { blocks.append(classified(open)) }
        return blocks
    }

    /// Whether `line` starts a new block rather than continuing the block (of `role`) that
    /// `previous` belongs to; `continuing` when `previous` is not the block's first line.
    private static func startsBlock(_ line: PlainTextLine, after previous: PlainTextLine, in role: ParagraphRole,
                                    continuing: Bool, next: PlainTextLine?, width: Int?) -> Bool {
        if line.isQuote || role == .quote { return !(line.isQuote && role == .quote) }
        if line.marker != nil { return isListItem(line, after: previous, in: role) }
        if previous.isLong || line.isLong { return true }
        if line.startsLowercase || role == .listItem && line.isIndented { return false }
        // An unfinished sentence carries on; a heading is one line, so a block of several lines
        // that stops mid-sentence is prose.
        if !previous.endsClause && (continuing || previous.endsWithFunctionWord) { return false }
        if isHeading(line, next: next, width: width) { return true }
        return !runsOn(previous, into: line, width: width)
    }

    /// A line with a list marker starts an item, unless it carries on an unfinished line: after
    /// "The economy grew by", "30. Percent of that…" is not a list. After a line that is not
    /// finished only a list's first item opens a list ("Demands" / "1. Free the prisoners").
    private static func isListItem(_ line: PlainTextLine, after previous: PlainTextLine?, in role: ParagraphRole?) -> Bool {
        guard let marker = line.marker else { return false }
        guard let previous, role != .listItem, !previous.endsClause else { return true }
        if let number = marker.number { return number == 1 && !previous.endsWithFunctionWord }
        return line.bodyAfterMarker.unicodeScalars.first?.properties.isLowercase != true
    }

    /// A short line without closing punctuation that ends its own paragraph: the next line's
    /// first word would have fitted on it, or there is no next line.
    private static func isHeading(_ line: PlainTextLine, next: PlainTextLine?, width: Int?) -> Bool {
        guard line.isHeadingLike else { return false }
        guard let next else { return true }
        return next.marker != nil || next.isQuote || !next.startsLowercase && !runsOn(line, into: next, width: width)
    }

    /// The width the text seems wrapped at: its longest line that may be wrapped. Nil when too
    /// few lines are short enough to tell.
    private static func wrappingWidth(_ lines: [PlainTextLine]) -> Int? {
        let measured = lines.lazy.filter { !$0.isBlank && !$0.isLong }.map(\.length)
        return measured.count >= minimumWrappedLines ? measured.max() : nil
    }

    /// In hard-wrapped text a line runs on into the next when the next line's first word would
    /// not have fitted on it.
    private static func runsOn(_ line: PlainTextLine, into next: PlainTextLine, width: Int?) -> Bool {
        guard let width else { return false }
        return line.length + 1 + next.firstWordLength > width
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
