/// A text's UTF-8 bytes with the byte offset where each Unicode scalar starts, so that a span
/// given in scalars — the convention of every output — is found and cut as bytes in constant
/// time. The other direction, byte offsets produced in text order, is `ScalarOffsetCursor`.
///
/// Slicing by scalars agrees with Python's `text[start:end]` and with SQLite's `substr()` on
/// valid UTF-8 (except that `substr()` stops at a NUL).
public struct ScalarIndexedText: Sendable {
    public let utf8: [UInt8]
    /// The byte offset of each scalar, then the text's length; empty when the text is all ASCII
    /// (whose offsets are the same). Documents are at most 64 MB: 32 bits hold any offset.
    private let scalarOffsets: [Int32]
    public let scalarCount: Int

    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            scalarOffsets = []
            scalarCount = utf8.count
        } else {
            var offsets: [Int32] = []
            for (offset, byte) in utf8.enumerated() where !UTF8Bytes.isContinuation(byte) {
                offsets.append(Int32(truncatingIfNeeded: offset))
            }
            scalarCount = offsets.count
            offsets.append(Int32(truncatingIfNeeded: utf8.count))
            scalarOffsets = offsets
        }
    }

    /// One scalar a byte.
    public var isASCII: Bool { scalarOffsets.isEmpty }

    /// The text of scalars `[start, end)`, clamped to the text (as `ScalarSlice` is).
    public func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: utf8[byteRange(start, end)], as: UTF8.self)
    }

    /// The bytes of scalars `[start, end)`, clamped to the text.
    public func byteRange(_ start: Int, _ end: Int) -> Range<Int> {
        let lower = min(max(0, start), scalarCount), upper = min(max(lower, end), scalarCount)
        return isASCII ? lower..<upper : Int(scalarOffsets[lower])..<Int(scalarOffsets[upper])
    }
}
