import AssayText

/// Derives an assertion's stable id from its text.
///
/// The text is normalised first (case, curly quotes, invisible characters, whitespace and the
/// closing full stop do not count), then hashed with SHA-256; the id is the first 16 hex digits.
/// The same wording therefore gets the same id in any run and any version of a document. When
/// one document states the same text more than once, the n-th repeat (n ≥ 2) hashes the text
/// with its occurrence number, so ids stay unique within a document and stable across versions.
public enum AssertionID {
    public static let length = 16
    /// How many hex digits of an id (a claim's, a finding's, an evidence file's) every listing
    /// and message shows; any unique prefix still opens it. Twelve keep ids apart in an archive
    /// of millions of claims, where eight would collide.
    public static let shownLength = 12

    public static func shown(_ id: String) -> String { String(id.prefix(shownLength)) }

    public static func derive(from text: String, occurrence: Int = 1) -> String {
        derive(normalizedKey: normalizedKey(text), occurrence: occurrence)
    }

    /// The id of the `occurrence`-th assertion whose `normalizedKey` is `key`.
    public static func derive(normalizedKey key: String, occurrence: Int) -> String {
        derive(normalizedKeyBytes: Array(key.utf8), occurrence: occurrence)
    }

    /// `derive(normalizedKey:occurrence:)` of a key given as its UTF-8 bytes.
    public static func derive(normalizedKeyBytes key: [UInt8], occurrence: Int) -> String {
        guard occurrence > 1 else { return ContentHash.sha256(key, hexDigits: length) }
        return ContentHash.sha256(key + [0] + Array(String(occurrence).utf8), hexDigits: length)
    }

    /// The text as the id sees it.
    public static func normalizedKey(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var key: [UInt8] = []
        normalizedKey(of: bytes, 0..<bytes.count, into: &key)
        return String(decoding: key, as: UTF8.self)
    }

    /// Writes the normalised key of the valid UTF-8 text `bytes[range]` into `key`, replacing its
    /// contents: a caller that keys many texts reuses one buffer.
    public static func normalizedKey(of bytes: [UInt8], _ range: Range<Int>, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        key.reserveCapacity(range.count)
        // Read through a buffer pointer: every read is at an index under `end`, itself no further
        // than the text's end.
        bytes.withUnsafeBufferPointer { bytes in
            normalizedKey(of: bytes, from: max(0, range.lowerBound), to: min(range.upperBound, bytes.count), into: &key)
        }
        // Lower-casing ASCII last is the same as lower-casing each run: the lower-case mappings
        // of other scalars hold no upper-case ASCII.
        key.withUnsafeMutableBufferPointer { key in
            for offset in key.indices where key[offset] &- 0x41 < 26 { key[offset] |= 0x20 }
        }
        while key.last == UInt8(ascii: ".") { key.removeLast() }
        if key.count >= 3, key.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]) { key.removeLast(3) }  // …
    }

    /// Appends `bytes[start..<end]` with spaces collapsed, invisible characters dropped, curly
    /// quotes straightened and non-ASCII letters lower-cased: all of the key but ASCII case and
    /// the closing stop.
    private static func normalizedKey(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                      into key: inout [UInt8]) {
        var pendingSpace = false
        var index = start
        while index < end {
            let byte = bytes[index]
            if isPrintableASCII(byte) {
                // A run of printable ASCII and single spaces, nearly all of most texts, copies at
                // once: inside it nothing but letter case changes.
                var runEnd = index + 1
                while runEnd < end {
                    if isPrintableASCII(bytes[runEnd]) {
                        runEnd += 1
                    } else if bytes[runEnd] == 0x20, runEnd + 1 < end, isPrintableASCII(bytes[runEnd + 1]) {
                        runEnd += 2
                    } else {
                        break
                    }
                }
                if pendingSpace { key.append(0x20) }
                pendingSpace = false
                key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
                continue
            }
            if byte < 0x80 {
                // ASCII space or control character.
                index += 1
                pendingSpace = !key.isEmpty
                continue
            }
            guard let (scalar, width) = UTF8Scalar.decode(bytes, at: index) else { break }
            index += width
            switch scalar {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
                continue
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}":
                append(UInt8(ascii: "'"), to: &key, pendingSpace: &pendingSpace)
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}":
                append(UInt8(ascii: "\""), to: &key, pendingSpace: &pendingSpace)
            default:
                if scalar.properties.isWhitespace {
                    pendingSpace = !key.isEmpty
                } else {
                    for byte in scalar.properties.lowercaseMapping.utf8 { append(byte, to: &key, pendingSpace: &pendingSpace) }
                }
            }
        }
    }

    @inline(__always)
    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }

    private static func append(_ byte: UInt8, to key: inout [UInt8], pendingSpace: inout Bool) {
        if pendingSpace { key.append(0x20) }
        pendingSpace = false
        key.append(byte)
    }
}
