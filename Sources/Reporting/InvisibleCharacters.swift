/// Characters that change how text is laid out without being seen: bidirectional controls
/// (which can reorder a report's text) and zero-width characters. Reports show them as visible
/// code points, so they can neither hide nor reorder anything.
public enum InvisibleCharacters {
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x00AD: true
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: true
        default: false
        }
    }

    /// `⟨U+202E⟩`.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }

    /// User text for a terminal: tabs (and, unless kept, line breaks) become spaces; invisible,
    /// bidi and C0/C1 control characters (a terminal acts on ESC and CSI) become `⟨U+…⟩`.
    public static func forTerminal(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let isC1Control = { (scalar: Unicode.Scalar) in (0x80...0x9F).contains(scalar.value) }
        let isSpacing = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar == "\r" || (scalar == "\n" && !keepingLineBreaks) }
        guard text.unicodeScalars.contains(where: { isSpacing($0) || isInvisible($0) || isC1Control($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isSpacing(scalar) {
                out += " "
            } else if isInvisible(scalar) || isC1Control(scalar) {
                out += visible(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
