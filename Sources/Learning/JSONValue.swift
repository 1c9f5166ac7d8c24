#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed JSON document, for model files: read at the start of every `analyze`, where
/// Foundation's decoders cost several milliseconds for a model's few thousand weights. Objects
/// keep their members in file order.
public enum JSONValue: Equatable, Sendable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(a), .array(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// The document in `bytes`, an object whose member `streamed` (an object of numbers) is read
    /// into `weights` instead of values (it appears as an empty object); nil when the bytes are
    /// not one JSON object.
    static func parse(_ bytes: [UInt8], streaming streamed: String, into weights: inout WeightNames) -> JSONValue? {
        var parser = JSONParser(bytes: bytes)
        guard let value = parser.object(streaming: Array(streamed.utf8), into: &weights) else { return nil }
        parser.skipSpace()
        return parser.index == bytes.count ? value : nil
    }

    /// The document in `bytes`, or nil when they are not one JSON value (RFC 8259).
    public static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var parser = JSONParser(bytes: bytes)
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        return parser.index == bytes.count ? value : nil
    }
}

private struct JSONParser {
    let bytes: [UInt8]
    var index = 0
    var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    mutating func value() -> JSONValue? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return nested { $0.object() }
        case UInt8(ascii: "["): return nested { $0.array() }
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    /// Nesting is bounded, so a hostile file cannot exhaust the stack.
    private mutating func nested(_ parse: (inout JSONParser) -> JSONValue?) -> JSONValue? {
        guard depth < 64 else { return nil }
        depth += 1
        defer { depth -= 1 }
        return parse(&self)
    }

    private mutating func object() -> JSONValue? {
        object { parser, _ in parser.value() }
    }

    /// An object at `index` (on its `{`), each member's value read by `member`, given the key.
    private mutating func object(_ member: (inout JSONParser, String) -> JSONValue?) -> JSONValue? {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let value = member(&self, key) else { return nil }
            members.append((key, value))
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            index += 1
            return .object(members)
        }
    }

    /// A top-level object, with the member named `streamed` read by `numbers(into:)` (and kept
    /// as an empty object).
    mutating func object(streaming streamed: [UInt8], into weights: inout WeightNames) -> JSONValue? {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        return object { parser, key in
            guard key.utf8.elementsEqual(streamed) else { return parser.value() }
            return parser.numbers(into: &weights) ? .object([]) : nil
        }
    }

    /// An object of numbers into `weights`: names without escapes are copied as they stand.
    private mutating func numbers(into weights: inout WeightNames) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
            var escaped: String?
            let start = index + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                index = end + 1
            } else {
                guard let name = string() else { return false }
                escaped = name
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            skipSpace()
            guard case .number(let number)? = number() else { return false }
            if let escaped {
                weights.append(escaped.utf8, number)
            } else {
                let isASCII = bytes[start..<end].allSatisfy { $0 < 0x80 }
                guard isASCII || bytes.withUnsafeBufferPointer({
                    String(validating: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) != nil
                }) else { return false }
                weights.append(bytes[start..<end], number)
            }
            skipSpace()
            guard index < bytes.count else { return false }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { return false }
            index += 1
            return true
        }
    }

    private mutating func array() -> JSONValue? {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            guard let value = value() else { return nil }
            elements.append(value)
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { return nil }
            index += 1
            return .array(elements)
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return nil }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
        index += count
        return value
    }

    private mutating func number() -> JSONValue? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return nil }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() else { return nil }
        }
        if let exact = Self.exactDecimal(bytes, start..<index) { return .number(exact) }
        // strtod over a NUL-terminated copy: no String is built for each of a model's thousands of numbers.
        let count = index - start
        let number = withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { text in
            for offset in 0..<count { text[offset] = CChar(bitPattern: bytes[start + offset]) }
            text[count] = 0
            return strtod(text.baseAddress!, nil)
        }
        guard number.isFinite else { return nil }
        return .number(number)
    }

    /// A plain decimal (`-0.123456`, no exponent) of at most 15 significant digits, converted
    /// exactly: both its digits and the power of ten are exact doubles, so one division rounds
    /// correctly (Clinger's fast path). Model weights are written so; others go to strtod.
    private static func exactDecimal(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var decimals = 0
        var seenPoint = false
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            mantissa = mantissa * 10 + Int64(byte - 0x30)
            if mantissa > 0 { digits += 1 }
            if seenPoint { decimals += 1 }
            guard digits <= 15, decimals <= 22 else { return nil }
        }
        let value = Double(mantissa) / powersOfTen[decimals]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    private mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index > start
    }

    /// A string at `index` (on its opening quote), escapes decoded; nil if malformed.
    private mutating func string() -> String? {
        index += 1
        let start = index
        // The usual case: no escape, so the bytes are the string.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
            index += 1
        }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            // Over a contiguous buffer, validation takes the fast path a slice does not.
            return bytes.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[start..<(index - 1)]), as: UTF8.self) }
        }
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(validating: out, as: UTF8.self)
            }
            guard byte >= 0x20 else { return nil }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"), bytes[index + 2] == UInt8(ascii: "u") else { return nil }
                    index += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: return nil
            }
            index += 1
        }
        return nil
    }

    /// Four hex digits after `\u` (index on the `u`); leaves index on the last digit.
    private mutating func hex4() -> UInt32? {
        guard index + 4 < bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 1...4 {
            let byte = bytes[index + offset]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        index += 4
        return value
    }
}
