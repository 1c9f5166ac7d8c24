/// Text laid out for the review screen: greedy word wrap on Unicode scalars (the unit of every
/// stored span), so a paragraph can be wrapped first and styled span by span after.
enum ScreenText {
    /// The scalar ranges of `scalars` that make lines at most `width` long. Lines break at
    /// spaces (dropped) and newlines; a word longer than a line is cut.
    static func lines(_ scalars: [Unicode.Scalar], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var lineStart = 0
        var lastSpace: Int?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                lines.append(lineStart..<index)
                lineStart = index + 1
                lastSpace = nil
                continue
            }
            if scalar == " " { lastSpace = index }
            guard index - lineStart >= width else { continue }
            if let space = lastSpace, space > lineStart {
                lines.append(lineStart..<space)
                lineStart = space + 1
            } else {
                lines.append(lineStart..<index)
                lineStart = index
            }
            lastSpace = nil
        }
        lines.append(lineStart..<scalars.count)
        return lines
    }

    /// `text` wrapped to `width`, each line after the first indented by `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let scalars = Array(text.unicodeScalars)
        return lines(scalars, width: width - indent.count).enumerated().map { number, range in
            (number == 0 ? "" : indent) + string(scalars[range])
        }
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
