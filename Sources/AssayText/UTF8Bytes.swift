/// Byte-level helpers for scanning UTF-8 text. Hot paths (segmentation, splitting, cue lookup)
/// work on bytes; these say what a byte or a short sequence is without building `Character`s.
public enum UTF8Bytes {
    public static let space: UInt8 = 0x20
    public static let newline: UInt8 = 0x0A

    @inlinable public static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    @inlinable public static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inlinable public static func isASCIILower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inlinable public static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIIUpper(byte) || isASCIILower(byte) }
    @inlinable public static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inlinable public static func lowercased(_ byte: UInt8) -> UInt8 { isASCIIUpper(byte) ? byte | 0x20 : byte }

    /// The number of Unicode scalars in UTF-8 text: its bytes that do not continue a scalar.
    public static func scalarCount(_ text: Substring) -> Int {
        var text = text
        return text.withUTF8 { $0.count - continuationCount($0) }
    }

    /// Whether the scalar starting at `index` is an upper-case letter; ASCII without a table lookup.
    @inlinable
    public static func isUppercase(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] < 0x80 { return isASCIIUpper(bytes[index]) }
        return scalar(in: bytes, at: index)?.scalar.properties.isUppercase ?? false
    }

    /// Decodes the scalar starting at `index` and returns it with its width in bytes
    /// (`UTF8Scalar.decode`); nil past the end.
    public static func scalar(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, width: Int)? {
        UTF8Scalar.decode(bytes, at: index)
    }

    /// Width of the closing quote or bracket at `index` (`"`, `'`, `)`, `]`, `’`, `”`, `»`, `›`),
    /// or nil when there is none.
    public static func closerWidth(in bytes: [UInt8], at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            return [0x99, 0x9D, 0xBA].contains(bytes[index + 2]) ? 3 : nil
        default: return nil
        }
    }

    /// Width of the opening quote or bracket at `index` (`"`, `'`, `(`, `[`, `‘`, `“`, `«`, `‹`).
    public static func openerWidth(in bytes: [UInt8], at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xAB: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            return [0x98, 0x9C, 0xB9].contains(bytes[index + 2]) ? 3 : nil
        default: return nil
        }
    }

    /// Whether the three bytes at `index` are `…` (U+2026).
    public static func isEllipsis(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    }

    /// Counts the scalars in `bytes[range]`.
    public static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[range.clamped(to: 0..<buffer.count)])
            return bytes.count - continuationCount(bytes)
        }
    }

    /// The continuation bytes (10xxxxxx) in `bytes`, counted eight at a time: in each byte of a
    /// word, `word & ~(word << 1)` keeps the top bit only when the bit below it is clear; the
    /// multiplication sums the eight 0-or-1 bytes into the top one (no POPCNT in baseline x86-64).
    private static func continuationCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            count += Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
        while index < bytes.count {
            if isContinuation(bytes[index]) { count += 1 }
            index += 1
        }
        return count
    }
}
