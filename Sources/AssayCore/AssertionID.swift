import Crypto

/// Derives an assertion's stable id from its text.
///
/// The text is normalised first (case, curly quotes, invisible characters, whitespace and the
/// closing full stop do not count), then hashed with SHA-256; the id is the first 16 hex digits.
/// The same wording therefore gets the same id in any run and any version of a document. When
/// one document states the same text more than once, the n-th repeat (n ≥ 2) hashes the text
/// with its occurrence number, so ids stay unique within a document and stable across versions.
public enum AssertionID {
    public static let length = 16

    public static func derive(from text: String, occurrence: Int = 1) -> String {
        derive(normalizedKey: normalizedKey(text), occurrence: occurrence)
    }

    /// The id of the `occurrence`-th assertion whose `normalizedKey` is `key`.
    public static func derive(normalizedKey key: String, occurrence: Int) -> String {
        var key = key
        if occurrence > 1 { key += "\u{0}\(occurrence)" }
        let digest = SHA256.hash(data: Array(key.utf8))
        return digest.prefix(length / 2).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The text as the id sees it.
    public static func normalizedKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
                continue
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}":
                appendPending(&scalars, &pendingSpace)
                scalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}":
                appendPending(&scalars, &pendingSpace)
                scalars.append("\"")
            default:
                if scalar.properties.isWhitespace {
                    pendingSpace = !scalars.isEmpty
                } else {
                    appendPending(&scalars, &pendingSpace)
                    scalars.append(scalar)
                }
            }
        }
        while let last = scalars.last, ".…".unicodeScalars.contains(last) || last == " " {
            scalars.removeLast()
        }
        return String(scalars)
    }

    private static func appendPending(_ scalars: inout String.UnicodeScalarView, _ pending: inout Bool) {
        if pending { scalars.append(" ") }
        pending = false
    }
}
