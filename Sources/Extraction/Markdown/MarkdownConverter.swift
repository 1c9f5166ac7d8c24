import AssayCore

/// Markdown → blocks, line by line: headings (ATX and setext), list items, block quotes, fenced
/// and indented code, pipe tables, YAML front matter (title, author, date, url) and paragraphs;
/// thematic breaks, link reference definitions and HTML comments are dropped. Inline markup is
/// stripped by `MarkdownInline`, so raw HTML never reaches the text.
enum MarkdownConverter {
    static func convert(_ markdown: String) -> ConvertedDocument {
        var lines = markdown.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        var metadata = DocumentMetadata()
        var builder = MarkdownBlockBuilder()
        var index = frontMatter(&lines, into: &metadata)
        while index < lines.count {
            index = builder.consume(lines, at: index)
        }
        builder.flush()
        if metadata.title == nil {
            metadata.title = builder.firstTopHeading
        }
        return ConvertedDocument(blocks: builder.blocks, metadata: metadata)
    }

    /// Reads `---` front matter at the very start; returns the index of the first line after it.
    private static func frontMatter(_ lines: inout [String], into metadata: inout DocumentMetadata) -> Int {
        guard let close = frontMatterClose(lines) else { return 0 }
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            var value = line[line.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "title": metadata.title = value
            case "author": metadata.author = value
            case "date": metadata.date = value
            case "url", "canonical_url", "canonical": metadata.url = value
            default: break
            }
        }
        return close + 1
    }
}

extension MarkdownConverter {
    /// The index of the line that closes `---` front matter at the very start, if there is some.
    static func frontMatterClose(_ lines: [String]) -> Int? {
        guard lines.first?.trimmingTrailingSpaces == "---" else { return nil }
        return lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." })
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }

    var trimmingTrailingSpaces: String {
        String(reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
