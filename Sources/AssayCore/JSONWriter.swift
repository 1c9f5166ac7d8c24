/// Compact JSON (RFC 8259) written straight into UTF-8 bytes, for outputs too hot for
/// `JSONEncoder`. Keys come out in the order they are written.
///
/// Its text matches `JSONEncoder` with `.withoutEscapingSlashes`: in strings, `"` and `\` are
/// escaped, control characters as `\b \t \n \f \r` or `\u00XX`, everything else (`/`, U+2028,
/// emoji…) is raw UTF-8; a number is Swift's shortest round-trip form without a trailing `.0`.
/// Commas are placed by the writer: call `key` before each member of an object.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// A value was written in the current container, so the next one needs a comma first.
    private var needsComma = false

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON so far as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The name of the next member of the current object, a literal written as it is: it must
    /// need no escaping (no quote, backslash or control character).
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// The name of the next member of the current object, escaped as a string is.
    public mutating func key(escaping name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func number(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits from the last; 20 is enough for the 19 of `Int.min.magnitude`.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
        needsComma = true
    }

    /// A finite number as `JSONEncoder` writes it (`0.57`, `3`, `1e-05`, `1e+16`); NaN and the
    /// infinities, which JSON cannot hold, as `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    public mutating func null() { literal("null") }

    /// `text`, or `null` when there is none.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A rule's captured value as the matching JSON scalar.
    public mutating func value(_ field: FieldValue) {
        switch field {
        case .string(let text): string(text)
        case .number(let value): number(value)
        case .bool(let flag): bool(flag)
        case .null: null()
        }
    }

    /// Captured fields as one object, keys sorted: the same fields give the same text in every run.
    public mutating func fields(_ fields: [String: FieldValue]) {
        beginObject()
        for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
            key(escaping: name)
            value(field)
        }
        endObject()
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func literal(_ text: StaticString) {
        separate()
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Copies `utf8` with the characters JSON requires escaped, runs that need none whole.
    /// Bytes of multi-byte UTF-8 sequences are all ≥ 0x80, so a byte below 0x20, a quote or a
    /// backslash is always a character of its own.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(utf8)
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none of them needs escaping (the usual case).
            while index + 8 <= utf8.count, !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            for byte in utf8[index..<min(index + 8, utf8.count)] {
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendEscape(byte)
                    runStart = index + 1
                }
                index += 1
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0xF)])
        }
    }

    /// Whether any of the eight bytes in `word` may be below 0x20, a quote or a backslash (SWAR:
    /// a lane's high bit is set where its byte matches; a borrow can only add false alarms in
    /// lanes above a true match, never hide one).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let matches = control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return matches & highBits != 0
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
