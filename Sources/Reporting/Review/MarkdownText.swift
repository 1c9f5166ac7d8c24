/// Makes untrusted text safe inside Markdown: nothing in a document, note or citation can
/// become markup, a link, raw HTML or a table cell boundary.
enum MarkdownText {
    /// Inline text: Markdown punctuation is backslash-escaped, `<` and `&` become entities
    /// (code-hosting sites render raw HTML), line breaks become spaces, and invisible
    /// formatting characters are shown as their code points.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            // `[` and `]` escaped, so `(…)` and `!` can no longer form a link or an image.
            case "\\", "`", "*", "_", "[", "]", "#", "|", ">", "~":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if InvisibleCharacters.isInvisible(scalar) {
                    out += InvisibleCharacters.visible(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A link when the URL is http(s), else the URL as escaped text.
    static func link(_ title: String, url: String) -> String {
        guard SafeURL.isHTTP(url) else { return escape(title == url ? url : "\(title) (\(url))") }
        let target = url.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
            .replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return "[\(escape(title))](\(target))"
    }
}
