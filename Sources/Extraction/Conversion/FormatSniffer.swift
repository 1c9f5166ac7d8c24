import AssayCore

/// Guesses the format of input without a telling file extension (stdin, `.log`…): HTML if it
/// opens like an HTML page, Markdown if it has Markdown headings, fences or links, else text.
enum FormatSniffer {
    private static let sniffLength = 2048

    static func format(of text: String) -> DocumentFormat {
        let head = String(text.unicodeScalars.prefix(sniffLength)).lowercased()
        let opening = head.drop(while: { $0.isWhitespace })
        if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") || opening.hasPrefix("<?xml")
            || ["<body", "<p>", "<div", "<article", "<head"].contains(where: head.contains) {
            return .html
        }
        let lines = head.split(separator: "\n")
        let markdownLines = lines.filter { line in
            line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("```") || line.hasPrefix("> ")
                || line.contains("](") || line.hasPrefix("---")
        }
        return markdownLines.isEmpty ? .text : .markdown
    }
}
