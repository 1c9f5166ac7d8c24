import AssayCore

/// The prose of an input: the text whose every word and figure extraction must keep
/// (`FidelityCheck`), read independently of the block structure the converters build.
///
/// - Plain text: all of it.
/// - Markdown: all of it but the syntax — front matter (read as metadata), code fence lines,
///   HTML comments, link reference definitions, task boxes (`[x]`), and what the inline
///   stripper removes: emphasis marks, link and image destinations and titles, raw HTML tags
///   and the content of `<script>`/`<style>`; entities decoded. Code is prose, kept as written,
///   and so are ordered-list numbers.
/// - HTML: the text content (entities decoded, CDATA as written) outside the elements the
///   converter drops (`HTMLElements.dropped`: scripts, styles, navigation, forms' controls,
///   `head`…) and the raw text of `title` (metadata), `xmp`, `noembed` and `noframes`;
///   attributes and markup are not prose.
enum ProseReader {
    static func prose(of text: String, format: DocumentFormat) -> String {
        switch format {
        case .text: text
        case .markdown: markdownProse(text)
        case .html: htmlProse(text)
        }
    }

    private static func htmlProse(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var skipper = HTMLSubtreeSkipper()
        var prose = ""
        for token in HTMLTokenizer(bytes) {
            switch token {
            case let .text(range, _):
                guard !skipper.skipsText(isBlank: { HTMLBytes.isWhitespace(bytes, range) }) else { continue }
                prose += HTMLEntities.decode(bytes, range, inAttribute: false) + " "
            case let .cdata(range, _):
                guard !skipper.isSkipping else { continue }
                prose += String(decoding: bytes[range.clamped(to: bytes.indices)], as: UTF8.self) + " "
            case .rawText:
                continue
            case let .startTag(name, _, selfClosing):
                _ = skipper.skipsStartTag(name, selfClosing: selfClosing)
            case let .endTag(name):
                _ = skipper.skipsEndTag(name)
            }
        }
        return prose
    }

    /// Markdown read in chunks that start where the converter's blocks may start (a blank
    /// line, a heading, a list item, a quote, a table row), each stripped of inline markup the
    /// way the converter strips a block; code is copied as written.
    private static func markdownProse(_ markdown: String) -> String {
        let lines = markdown.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        var prose = ""
        var chunk: [String] = []
        var chunkIsQuote = false
        func flush() {
            if !chunk.isEmpty { prose += MarkdownInline.strip(chunk.joined(separator: "\n")) + "\n" }
            chunk.removeAll()
            chunkIsQuote = false
        }
        var index = MarkdownConverter.frontMatterClose(lines).map { $0 + 1 } ?? 0
        var previousBlank = true
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            defer { previousBlank = trimmed.isEmpty }
            index += 1
            // In the converter's order, so that each chunk is a block of the converter's.
            if trimmed.isEmpty {
                flush()
            } else if let fence = MarkdownBlockBuilder.fence(trimmed) {
                flush()
                var end = index
                while end < lines.count, !lines[end].trimmingSpaces.hasPrefix(fence) { end += 1 }
                prose += lines[index..<end].joined(separator: "\n") + "\n"
                index = end + 1
            } else if trimmed.hasPrefix("<!--"), let end = MarkdownBlockBuilder.commentEnd(lines, from: index - 1) {
                flush()
                index = end
            } else if previousBlank, chunk.isEmpty, line.hasPrefix("    ") || line.hasPrefix("\t") {
                var end = index
                while end < lines.count, lines[end].hasPrefix("    ") || lines[end].hasPrefix("\t") || lines[end].trimmingSpaces.isEmpty {
                    end += 1
                }
                prose += lines[(index - 1)..<end].joined(separator: "\n") + "\n"
                index = end
            } else if MarkdownBlockBuilder.atxHeading(trimmed) != nil || trimmed.hasPrefix("|") || trimmed.contains(" | ")
                        && !trimmed.hasPrefix(">") && MarkdownBlockBuilder.listItemBody(trimmed) == nil {
                // Headings and table rows are blocks of one line.
                flush()
                chunk = [trimmed]
                flush()
            } else if MarkdownBlockBuilder.setextLevel(trimmed) != nil || MarkdownBlockBuilder.isThematicBreak(trimmed)
                        || MarkdownBlockBuilder.isReferenceDefinition(trimmed) || MarkdownBlockBuilder.isTableDelimiter(trimmed) {
                flush()
            } else if trimmed.hasPrefix(">") {
                if !chunkIsQuote { flush() }
                if chunk.isEmpty { chunkIsQuote = true }
                chunk.append(MarkdownBlockBuilder.quoteBody(trimmed))
            } else if let item = MarkdownBlockBuilder.listItemBody(trimmed) {
                // The item's text as the converter keeps it: without its bullet or task box.
                flush()
                chunk = [item]
            } else {
                chunk.append(trimmed)
            }
        }
        flush()
        return prose
    }
}
