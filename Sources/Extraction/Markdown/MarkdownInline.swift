/// Strips Markdown inline markup from a block's text: emphasis, code spans, links, images,
/// autolinks, backslash escapes, entities and raw HTML (whose `<script>`/`<style>` content is
/// removed entirely). Look-ahead is bounded, so the cost stays linear on hostile input.
enum MarkdownInline {
    private static let lookahead = 300

    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\" where index + 1 < scalars.count && isASCIIPunctuation(scalars[index + 1]):
                out.append(scalars[index + 1])
                index += 2
            case "`":
                let run = runLength(scalars, index, "`")
                if let close = findRun(scalars, from: index + run, "`", length: run) {
                    out.append(contentsOf: scalars[(index + run)..<close])
                    index = close + run
                } else {
                    out.append(contentsOf: scalars[index..<(index + run)])
                    index += run
                }
            case "!" where index + 1 < scalars.count && scalars[index + 1] == "[":
                index = appendLink(scalars, bracket: index + 1, start: index, into: &out)
            case "[":
                index = appendLink(scalars, bracket: index, start: index, into: &out)
            case "<":
                index = html(scalars, at: index, into: &out)
            case "&":
                index = entity(scalars, at: index, into: &out)
            case "*", "_", "~":
                let run = runLength(scalars, index, scalar)
                if isEmphasis(scalars, index, run) {
                    index += run
                } else {
                    out.append(contentsOf: scalars[index..<(index + run)])
                    index += run
                }
            default:
                out.append(scalar)
                index += 1
            }
        }
        return String(out)
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    private static func runLength(_ scalars: [Unicode.Scalar], _ index: Int, _ mark: Unicode.Scalar) -> Int {
        var end = index
        while end < scalars.count, scalars[end] == mark { end += 1 }
        return end - index
    }

    private static func findRun(_ scalars: [Unicode.Scalar], from start: Int, _ mark: Unicode.Scalar, length: Int) -> Int? {
        var index = start
        let limit = min(scalars.count, start + lookahead)
        while index < limit {
            if scalars[index] == mark {
                let run = runLength(scalars, index, mark)
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Appends the label of the link or image whose `[` is at `bracket` and returns the index
    /// after it; when there is no link there, appends the character at `start` as text.
    private static func appendLink(_ scalars: [Unicode.Scalar], bracket: Int, start: Int,
                                   into out: inout String.UnicodeScalarView) -> Int {
        guard let (label, next) = link(scalars, at: bracket) else {
            out.append(scalars[start])
            return start + 1
        }
        out.append(contentsOf: strip(label).unicodeScalars)
        return next
    }

    /// `[label](url "title")`, `[label][id]` or `[label][]` starting at `[`: the label and the
    /// index after the link.
    private static func link(_ scalars: [Unicode.Scalar], at open: Int) -> (String, Int)? {
        var depth = 0
        var close: Int?
        var index = open
        let limit = min(scalars.count, open + lookahead)
        while index < limit {
            switch scalars[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { close = index }
            default: break
            }
            if close != nil { break }
            index += 1
        }
        guard let labelEnd = close, labelEnd + 1 < scalars.count else { return nil }
        let closer: Unicode.Scalar
        switch scalars[labelEnd + 1] {
        case "(": closer = ")"
        case "[": closer = "]"
        default: return nil
        }
        // The destination may hold balanced brackets of its own: `(javascript:alert(1))`.
        var nesting = 1
        var cursor = labelEnd + 2
        let searchLimit = min(scalars.count, labelEnd + 2 + lookahead)
        while cursor < searchLimit {
            if scalars[cursor] == scalars[labelEnd + 1] { nesting += 1 }
            if scalars[cursor] == closer { nesting -= 1 }
            if nesting == 0 { break }
            cursor += 1
        }
        guard cursor < searchLimit else { return nil }
        let end = cursor
        var label = String.UnicodeScalarView()
        label.append(contentsOf: scalars[(open + 1)..<labelEnd])
        return (String(label), end + 1)
    }

    /// Raw HTML at `<`: autolinks keep their URL, `<script>`/`<style>` lose their content, other
    /// tags and comments are removed. A `<` that starts none of these stays as text.
    private static func html(_ scalars: [Unicode.Scalar], at open: Int, into out: inout String.UnicodeScalarView) -> Int {
        let limit = min(scalars.count, open + lookahead)
        guard let close = (open + 1..<max(open + 1, limit)).first(where: { scalars[$0] == ">" }) else {
            out.append("<")
            return open + 1
        }
        var inside = String.UnicodeScalarView()
        inside.append(contentsOf: scalars[(open + 1)..<close])
        let tag = String(inside)
        let lower = tag.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
            out.append(contentsOf: tag.unicodeScalars)
            return close + 1
        }
        guard let first = tag.unicodeScalars.first, first == "/" || first == "!" || first.properties.isAlphabetic else {
            out.append("<")
            return open + 1
        }
        for element in ["script", "style"] where lower.hasPrefix(element) {
            return skipElement(scalars, after: close + 1, closing: "</" + element)
        }
        return close + 1
    }

    /// The index just after `</script…>` (or the end), skipping the element's content.
    private static func skipElement(_ scalars: [Unicode.Scalar], after start: Int, closing: String) -> Int {
        let pattern = Array(closing.unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            if (0..<pattern.count).allSatisfy({ String(scalars[index + $0]).lowercased() == String(pattern[$0]) }) {
                var end = index + pattern.count
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                return min(end + 1, scalars.count)
            }
            index += 1
        }
        return scalars.count
    }

    private static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "copy": "©",
    ]

    private static func entity(_ scalars: [Unicode.Scalar], at start: Int, into out: inout String.UnicodeScalarView) -> Int {
        let limit = min(scalars.count, start + 12)
        guard let semicolon = (start + 1..<max(start + 1, limit)).first(where: { scalars[$0] == ";" }) else {
            out.append("&")
            return start + 1
        }
        var nameView = String.UnicodeScalarView()
        nameView.append(contentsOf: scalars[(start + 1)..<semicolon])
        let name = String(nameView)
        var decoded: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
            decoded = entities[name]
        }
        guard let scalar = decoded, scalar.value != 0 else {
            out.append("&")
            return start + 1
        }
        out.append(scalar)
        return semicolon + 1
    }

    /// A run of `*`, `_` or `~` is markup when it opens (no space after, and for `_` no letter
    /// before) or closes (no space before, and for `_` no letter after) an emphasis; `2 * 3`
    /// and `snake_case` stay.
    private static func isEmphasis(_ scalars: [Unicode.Scalar], _ index: Int, _ run: Int) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + run < scalars.count ? scalars[index + run] : " "
        if scalars[index] == "~" && run < 2 { return false }
        let spaceBefore = before.properties.isWhitespace, spaceAfter = after.properties.isWhitespace
        if spaceBefore && spaceAfter { return false }
        if scalars[index] == "_" {
            let wordBefore = before.properties.isAlphabetic || before.properties.numericType != nil
            let wordAfter = after.properties.isAlphabetic || after.properties.numericType != nil
            if wordBefore && wordAfter { return false }
        }
        return true
    }
}
