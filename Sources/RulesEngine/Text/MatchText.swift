import AssayText
import Extraction

/// A document's text as the rules see it: normalised for matching (see `MatchNormalizer`),
/// as UTF-8 bytes with case preserved, tokenised once, and mapped back to the original text so
/// every finding's span, and every field that quotes the text, is exact in `Document.text`. A
/// class: every sentence view and source finder holds it, and copying one reference is cheaper
/// than the arrays.
public final class MatchText: Sendable {
    /// The normalised text.
    public let bytes: [UInt8]
    /// Words, numbers and punctuation of the whole text, in order.
    public let tokens: [Token]
    /// For each byte of `bytes` (and one past the end), the scalar offset in the original text.
    private let scalarOffsets: [Int32]
    /// The original text's UTF-8; the same storage as `bytes` when the text is all ASCII.
    private let original: [UInt8]
    /// For each byte of `bytes`, the byte offset in `original` where the scalar it comes from
    /// starts; empty when the text is all ASCII (normalising changes nothing there).
    private let originalOffsets: [Int32]

    public init(_ text: String) {
        original = Array(text.utf8)
        (bytes, scalarOffsets, originalOffsets) = MatchText.normalize(original)
        tokens = Tokenizer.tokens(in: bytes, range: 0..<bytes.count)
    }

    /// The normalised bytes, for each (and one past the end) its scalar offset in `utf8`, and
    /// for each the byte offset in `utf8` of the scalar it comes from.
    private static func normalize(_ utf8: [UInt8]) -> ([UInt8], [Int32], [Int32]) {
        // All ASCII, as most texts are: kept as it is, one scalar a byte.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let offsets = [Int32](unsafeUninitializedCapacity: utf8.count + 1) { buffer, count in
                for index in 0...utf8.count { buffer[index] = Int32(truncatingIfNeeded: index) }
                count = utf8.count + 1
            }
            return (utf8, offsets, [])
        }
        // Normalising never lengthens the text: the arrays are made at the input's length,
        // filled in place, and cut to what was written.
        var bytes = [UInt8](repeating: 0, count: utf8.count)
        var offsets = [Int32](repeating: 0, count: utf8.count + 1)
        var originalOffsets = [Int32](repeating: 0, count: utf8.count)
        var written = 0
        bytes.withUnsafeMutableBufferPointer { bytes in
            offsets.withUnsafeMutableBufferPointer { offsets in
                originalOffsets.withUnsafeMutableBufferPointer { originalOffsets in
                    func write(_ byte: UInt8, scalar: Int32, from index: Int) {
                        bytes[written] = byte
                        offsets[written] = scalar
                        originalOffsets[written] = Int32(truncatingIfNeeded: index)
                        written += 1
                    }
                    var scalarIndex: Int32 = 0
                    var index = 0
                    while index < utf8.count {
                        let byte = utf8[index]
                        if byte < 0x80 {
                            write(byte, scalar: scalarIndex, from: index)
                            index += 1
                            scalarIndex += 1
                            continue
                        }
                        guard let (scalar, width) = UTF8Bytes.scalar(in: utf8, at: index) else { break }
                        switch MatchNormalizer.replacement(for: scalar) {
                        case .keep:
                            for byte in utf8[index..<index + width] { write(byte, scalar: scalarIndex, from: index) }
                        case .drop:
                            break
                        case .ascii(let byte):
                            write(byte, scalar: scalarIndex, from: index)
                        }
                        index += width
                        scalarIndex += 1
                    }
                    offsets[written] = scalarIndex
                }
            }
        }
        bytes.removeLast(utf8.count - written)
        offsets.removeLast(utf8.count - written)
        originalOffsets.removeLast(utf8.count - written)
        return (bytes, offsets, originalOffsets)
    }

    /// The scalar offset in the original text of byte offset `byte` (a boundary).
    public func scalarOffset(ofByte byte: Int) -> Int {
        Int(scalarOffsets[min(max(byte, 0), scalarOffsets.count - 1)])
    }

    /// The scalars of the original text that a byte range of the normalised text comes from:
    /// from the first byte's scalar to the last byte's, so invisible characters dropped just
    /// before or after the range stay out of it (those inside stay in).
    public func scalarRange(ofBytes range: Range<Int>) -> Range<Int> {
        let start = scalarOffset(ofByte: range.lowerBound)
        guard range.upperBound > range.lowerBound, range.upperBound <= bytes.count else { return start..<start }
        return start..<max(start, Int(scalarOffsets[range.upperBound - 1]) + 1)
    }

    /// The first byte whose scalar offset is at least `scalar`.
    public func byteOffset(ofScalar scalar: Int) -> Int {
        var low = 0
        var high = scalarOffsets.count - 1
        while low < high {
            let middle = (low + high) / 2
            if Int(scalarOffsets[middle]) < scalar { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The indices of the tokens that lie within the byte range.
    public func tokenIndices(in range: Range<Int>) -> Range<Int> {
        let first = firstToken { $0.range.lowerBound >= range.lowerBound }
        let end = firstToken { $0.range.upperBound > range.upperBound }
        return first..<max(first, end)
    }

    /// The document's own text for a byte range of the normalised text: exactly the characters
    /// of `Document.text` over `scalarRange(ofBytes:)`, curly quotes, dashes and look-alike
    /// letters as written. What every finding and field quotes.
    public func string(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<bytes.count)
        guard !originalOffsets.isEmpty else { return String(decoding: bytes[range], as: UTF8.self) }
        guard !range.isEmpty else { return "" }
        let start = Int(originalOffsets[range.lowerBound])
        let last = Int(originalOffsets[range.upperBound - 1])
        let end = last + (UTF8Bytes.scalar(in: original, at: last)?.width ?? 1)
        return String(decoding: original[start..<end], as: UTF8.self)
    }

    /// The text of a byte range as normalised for matching: what patterns run on.
    public func normalized(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    private func firstToken(where isAtOrAfter: (Token) -> Bool) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(tokens[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
