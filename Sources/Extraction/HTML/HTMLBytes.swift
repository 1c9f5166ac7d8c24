/// Byte-level helpers for scanning HTML as UTF-8: ASCII character classes, case folding and
/// the "blank" test that decides whether text is only whitespace.
enum HTMLBytes {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let ampersand = UInt8(ascii: "&")
    static let equals = UInt8(ascii: "=")
    static let newline = UInt8(ascii: "\n")

    /// HTML's ASCII whitespace: tab, line feed, form feed, carriage return, space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    static func lowercasedString(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(lowercased), as: UTF8.self)
    }

    static func decimalValue(_ byte: UInt8) -> UInt32? { isDigit(byte) ? UInt32(byte - 0x30) : nil }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        if isDigit(byte) { return UInt32(byte - 0x30) }
        let folded = byte | 0x20
        return folded >= 0x61 && folded <= 0x66 ? UInt32(folded - 0x61 + 10) : nil
    }

    /// Whether `bytes[range]` holds nothing but ASCII whitespace.
    static func isWhitespace(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes[range.clamped(to: bytes.indices)].allSatisfy(isWhitespace)
    }

    /// Whitespace, including no-break and other Unicode spaces, or a control character: what
    /// the assembler collapses, so a block made only of these is empty.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace
    }

    /// Decodes the scalar whose lead byte is at `index`, or nil for a malformed or cut sequence.
    static func scalar(in bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        guard index >= 0, index < bytes.count else { return nil }
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= bytes.count else { return nil }
        var value = UInt32(width == 1 ? lead : lead & (0xFF >> (width + 1)))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
