/// Compact JSON (RFC 8259) written straight into UTF-8 bytes, for outputs too hot for
/// `JSONEncoder`. Keys come out in the order they are written.
///
/// Its text matches `JSONEncoder` with `.withoutEscapingSlashes`: in strings, `"` and `\` are
/// escaped, control characters as `\b \t \n \f \r` or `\u00XX`, everything else (`/`, U+2028,
/// emoji…) is raw UTF-8; a number is Swift's shortest round-trip form without a trailing `.0`.
/// Commas are placed by the writer: call `key` before each member of an object.
///
/// A writer owns its buffer and cannot be copied: every write is a bounds check against the
/// buffer's capacity and a store, with no copy-on-write check (which an `Array` makes at every
/// append, and which cost more than the bytes themselves).
public struct JSONWriter: ~Copyable {
    /// The JSON so far: `count` bytes at `base`, in a buffer of `capacity` bytes.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// A value was written in the current container, so the next one needs a comma first.
    private var needsComma = false

    public init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The JSON so far.
    public var bytes: [UInt8] { Array(written) }

    /// The JSON so far as a string.
    public var string: String { String(decoding: written, as: UTF8.self) }

    /// How many bytes the JSON so far is: where the next value begins (after its comma, if one is due).
    public var byteCount: Int { count }

    /// Calls `body` with the JSON so far, without copying it.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(written)
    }

    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The name of the next member of the current object, a literal written as it is: it must
    /// need no escaping (no quote, backslash or control character).
    public mutating func key(_ name: StaticString) {
        reserve(Self.room(name) + 4)
        separateReserved()
        put(UInt8(ascii: "\""))
        put(literal: name)
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        needsComma = false
    }

    /// The name of the next member of the current object, escaped as a string is.
    public mutating func key(escaping name: String) {
        string(name)
        append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // The usual case, a text with nothing to escape, needs no more room than this.
            reserve(utf8.count + 3)
            separateReserved()
            put(UInt8(ascii: "\""))
            appendEscaped(utf8)
        }
        append(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func number(_ value: Int) {
        reserve(21)  // a comma, a minus and the 19 digits of `Int.min.magnitude`
        separateReserved()
        if value < 0 { put(UInt8(ascii: "-")) }
        putDigits(value.magnitude)
        needsComma = true
    }

    /// A finite number as `JSONEncoder` writes it (`0.57`, `3`, `1e-05`, `1e+16`); NaN and the
    /// infinities, which JSON cannot hold, as `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        if let thousandths = Self.thousandths(value.magnitude) {
            return number(thousandths: thousandths, negative: value.sign == .minus)
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { text in
            reserve(text.count + 1)
            separateReserved()
            put(text)
        }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    public mutating func null() { literal("null") }

    /// `text`, or `null` when there is none.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    // MARK: numbers

    /// `magnitude` in thousandths when it has at most three decimals and is below 10⁹ (every score
    /// and almost every figure): it is then the double nearest to that decimal, and that decimal,
    /// its trailing zeros dropped, is its shortest round-trip form — which `description`, a
    /// hundred times slower, would write. Larger numbers (written `1e+16` from 2⁵³) and smaller
    /// ones (`1e-05`) go through `description`.
    private static func thousandths(_ magnitude: Double) -> UInt64? {
        guard magnitude < 1e9 else { return nil }
        // Exact below 2⁵³, and the division is correctly rounded: equal only when `magnitude` is
        // the double nearest to `scaled` / 1000.
        let scaled = (magnitude * 1000).rounded()
        guard scaled / 1000 == magnitude else { return nil }
        return UInt64(scaled)
    }

    private mutating func number(thousandths: UInt64, negative: Bool) {
        reserve(16)  // a comma, a minus, ten digits, a point and three decimals
        separateReserved()
        if negative { put(UInt8(ascii: "-")) }
        putDigits(thousandths / 1000)
        var decimals = thousandths % 1000
        if decimals != 0 {
            put(UInt8(ascii: "."))
            var divisor: UInt64 = 100
            while decimals != 0 {
                put(UInt8(ascii: "0") + UInt8(decimals / divisor))
                decimals %= divisor
                divisor /= 10
            }
        }
        needsComma = true
    }

    /// The decimal digits of `value`; room for 20 must be reserved.
    private mutating func putDigits<Magnitude: BinaryInteger>(_ value: Magnitude) {
        var length = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            length += 1
        }
        var magnitude = value
        var index = count + length
        repeat {
            index -= 1
            base[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += length
    }

    // MARK: structure

    private mutating func open(_ bracket: UInt8) {
        reserve(2)
        separateReserved()
        put(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        append(bracket)
        needsComma = true
    }

    private mutating func literal(_ text: StaticString) {
        reserve(Self.room(text) + 1)
        separateReserved()
        put(literal: text)
        needsComma = true
    }

    /// A comma if one is due; room for it must be reserved.
    @inline(__always)
    private mutating func separateReserved() {
        if needsComma { put(UInt8(ascii: ",")) }
    }

    // MARK: strings

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
                    append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendEscape(byte)
                    runStart = index + 1
                }
                index += 1
            }
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        reserve(6)
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case 0x08: put(UInt8(ascii: "b"))
        case 0x09: put(UInt8(ascii: "t"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0C: put(UInt8(ascii: "f"))
        case 0x0D: put(UInt8(ascii: "r"))
        default:
            put(UInt8(ascii: "u"))
            put(UInt8(ascii: "0"))
            put(UInt8(ascii: "0"))
            put(Self.hexDigit(byte >> 4))
            put(Self.hexDigit(byte & 0xF))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
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

    // MARK: the buffer

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if capacity - count < extra { grow(toHold: count + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        put(bytes)
    }

    /// Stores a byte; `reserve` must have made room for it.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Room for the bytes of a literal: a one-character literal may be held as a scalar (of at
    /// most four bytes) rather than as bytes.
    private static func room(_ literal: StaticString) -> Int {
        literal.hasPointerRepresentation ? literal.utf8CodeUnitCount : 4
    }

    /// Stores the bytes of a literal; `reserve` must have made `room` for them.
    @inline(__always)
    private mutating func put(literal: StaticString) {
        guard literal.hasPointerRepresentation else { return literal.withUTF8Buffer { put($0) } }
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Stores bytes; `reserve` must have made room for them.
    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        (base + count).initialize(from: start, count: bytes.count)
        count += bytes.count
    }
}
