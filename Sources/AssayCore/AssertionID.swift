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
        return ContentHash.sha256(key.utf8, hexDigits: length)
    }

    /// The text as the id sees it.
    public static func normalizedKey(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        func append(_ bytes: some Sequence<UInt8>) {
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out += bytes
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII, nearly all of most texts, without decoding a scalar.
                index += 1
                if byte <= 0x20 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                continue
            }
            guard let (scalar, width) = UTF8Scalar.decode(bytes, at: index) else { break }
            index += width
            switch scalar {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
                continue
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}":
                append(CollectionOfOne(UInt8(ascii: "'")))
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}":
                append(CollectionOfOne(UInt8(ascii: "\"")))
            default:
                if scalar.properties.isWhitespace {
                    pendingSpace = !out.isEmpty
                } else {
                    append(scalar.properties.lowercaseMapping.utf8)
                }
            }
        }
        while out.last == UInt8(ascii: ".") { out.removeLast() }
        if out.count >= 3, out.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]) { out.removeLast(3) }  // …
        return String(decoding: out, as: UTF8.self)
    }
}
