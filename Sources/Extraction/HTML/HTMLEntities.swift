/// Decodes HTML character references (`&amp;`, `&#233;`, `&#xE9;`) the way browsers do:
/// invalid code points become U+FFFD, `&#128;`–`&#159;` are read as Windows-1252, the legacy
/// names also work without their semicolon, and anything unrecognised stays as literal text.
enum HTMLEntities {
    private static let replacement: Unicode.Scalar = "\u{FFFD}"
    /// Longer runs of letters and digits cannot be an entity name.
    private static let longestName = 32
    /// Windows-1252 meaning of the code points 0x80–0x9F; 0 where it has none (kept as is).
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// `bytes[range]` with its references decoded. In attribute values a legacy reference
    /// without `;` followed by a letter, digit or `=` stays literal (`?a=1&copy=2`).
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, inAttribute: Bool) -> String {
        let range = range.clamped(to: bytes.indices)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == HTMLBytes.ampersand,
               let (scalar, length) = reference(in: bytes, at: index, end: range.upperBound, inAttribute: inAttribute) {
                UTF8.encode(scalar) { decoded.append($0) }
                index += length
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The reference starting with the `&` at `index` and not reaching `end`: its scalar and its
    /// length in bytes, or nil when the `&` is literal text.
    static func reference(in bytes: [UInt8], at index: Int, end: Int,
                          inAttribute: Bool) -> (scalar: Unicode.Scalar, length: Int)? {
        let end = min(end, bytes.count)
        guard index >= 0, index + 1 < end else { return nil }
        return bytes[index + 1] == UInt8(ascii: "#")
            ? numeric(in: bytes, at: index, end: end)
            : named(in: bytes, at: index, end: end, inAttribute: inAttribute)
    }

    private static func numeric(in bytes: [UInt8], at index: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var cursor = index + 2
        let isHex = cursor < end && bytes[cursor] | 0x20 == UInt8(ascii: "x")
        if isHex { cursor += 1 }
        let digitsStart = cursor
        var value: UInt32 = 0
        while cursor < end, let digit = isHex ? HTMLBytes.hexValue(bytes[cursor]) : HTMLBytes.decimalValue(bytes[cursor]) {
            // Saturate just past the Unicode range so long digit runs cannot overflow.
            value = min(value * (isHex ? 16 : 10) + digit, 0x110000)
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < end, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
        return (scalar(forCodePoint: value), cursor - index)
    }

    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...:
            return replacement
        case 0x80...0x9F:
            let mapped = windows1252[Int(value - 0x80)]
            return Unicode.Scalar(mapped == 0 ? value : mapped) ?? replacement
        default:
            return Unicode.Scalar(value) ?? replacement
        }
    }

    private static func named(in bytes: [UInt8], at index: Int, end: Int,
                              inAttribute: Bool) -> (scalar: Unicode.Scalar, length: Int)? {
        let nameStart = index + 1
        var nameEnd = nameStart
        while nameEnd < end, nameEnd - nameStart <= longestName, HTMLBytes.isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd > nameStart else { return nil }
        if nameEnd < end, bytes[nameEnd] == UInt8(ascii: ";"),
           let value = HTMLEntityTable.all[name(bytes, nameStart..<nameEnd)] {
            return (Unicode.Scalar(value) ?? replacement, nameEnd + 1 - index)
        }
        // Without a semicolon the longest legacy name that prefixes the run counts: `&copy2024`.
        let longest = min(nameEnd - nameStart, HTMLEntityTable.longestLegacyName)
        for length in stride(from: longest, through: 2, by: -1) {
            let prefixEnd = nameStart + length
            guard let value = HTMLEntityTable.legacy[name(bytes, nameStart..<prefixEnd)] else { continue }
            if inAttribute, prefixEnd < end,
               HTMLBytes.isAlphanumeric(bytes[prefixEnd]) || bytes[prefixEnd] == HTMLBytes.equals {
                return nil
            }
            return (Unicode.Scalar(value) ?? replacement, length + 1)
        }
        return nil
    }

    private static func name(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
