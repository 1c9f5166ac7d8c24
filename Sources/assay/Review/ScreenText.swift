/// Text laid out for the review screen: greedy word wrap on Unicode scalars (the unit of every
/// stored span), so a paragraph can be wrapped first and styled span by span after; and lines
/// cut to the screen's width and height. A scalar counts as one column.
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

    /// `line` cut to `width` columns, ending in "…", when it is wider. Escape sequences (styles)
    /// take no column and are kept; a cut line ends with a style reset.
    static func clip(_ line: String, width: Int) -> String {
        var columns = 0
        var cut: String.UnicodeScalarView.Index?
        var escape = Escape.none
        for index in line.unicodeScalars.indices {
            let scalar = line.unicodeScalars[index]
            switch escape {
            case .started: escape = scalar == "[" ? .parameters : .none
            case .parameters: if (0x40...0x7E).contains(scalar.value) { escape = .none }
            case .none:
                if scalar == "\u{1B}" {
                    escape = .started
                    continue
                }
                if columns == max(0, width - 1) { cut = cut ?? index }
                columns += 1
                if columns > width, let cut { return String(line.unicodeScalars[..<cut]) + "…\u{1B}[0m" }
            }
        }
        return line
    }

    private enum Escape {
        case none
        /// ESC seen; `[` makes it a CSI sequence.
        case started
        /// Inside `ESC [ … final byte`.
        case parameters
    }

    /// The first `count` of `lines`, the last of them ending in "…" when lines are left out.
    static func truncate(_ lines: [String], to count: Int, width: Int) -> [String] {
        guard lines.count > count else { return lines }
        guard count > 0 else { return [] }
        var kept = Array(lines.prefix(count))
        kept[count - 1] = clip(kept[count - 1] + " …", width: width)
        return kept
    }

    /// At most `room` of `lines`, showing `focus` (from its first line) with a line above it for
    /// context when there is room; a dimmed marker says how many lines are left out above and below.
    static func window(_ lines: [String], showing focus: Range<Int>, room: Int, indent: String) -> [String] {
        guard lines.count > room else { return lines }
        guard room > 0 else { return [] }
        let context = room >= 3 ? 1 : 0
        let start = min(max(0, focus.lowerBound - context), lines.count - room)
        var shown = Array(lines[start..<start + room])
        if start > 0 && room >= 3 { shown[0] = indent + ScreenStyle.dim("… \(start + 1) lines above") }
        let below = lines.count - start - room
        if below > 0 && room >= 2 { shown[room - 1] = indent + ScreenStyle.dim("… \(below + 1) more lines") }
        return shown
    }
}
