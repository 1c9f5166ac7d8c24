import AssayCore
import Foundation

/// A version's text as the spans of its assertions and findings cut it, so that their texts are
/// stored once. A row's `text` column is NULL when the row's text is exactly `[start, end)` of
/// its version's text — as it is for everything the extractor and the rules produce — and holds
/// the text only when it differs.
///
/// Spans are in Unicode scalars; the text is kept as UTF-8 with the byte offset of each scalar
/// (none for an all-ASCII text, whose offsets are the same), so that a span is compared and cut
/// as bytes.
///
/// Invariant: a span is sliced by Unicode scalars in Swift and by characters with SQLite's
/// `substr()`, which agree on valid UTF-8 — except that `substr()` stops at a NUL. So a text with
/// a NUL in it never leaves its rows' texts out.
struct VersionText {
    private let utf8: [UInt8]
    /// The byte offset of each scalar, then the text's length; empty when the text is all ASCII.
    /// (Documents are at most 64 MB: 32 bits hold any offset.)
    private let scalarOffsets: [Int32]
    let scalarCount: Int
    private let sliceable: Bool

    init(_ text: String) {
        utf8 = Array(text.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) {
            scalarOffsets = []
            scalarCount = utf8.count
        } else {
            // A scalar starts at every byte that is not a continuation byte (10xxxxxx).
            var offsets: [Int32] = []
            for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(truncatingIfNeeded: offset)) }
            scalarCount = offsets.count
            offsets.append(Int32(truncatingIfNeeded: utf8.count))
            scalarOffsets = offsets
        }
        sliceable = !utf8.contains(0)
    }

    /// What to store in a row's `text` column: nil when the span gives the text back.
    func stored(_ text: String, start: Int, end: Int) -> String? {
        guard sliceable, 0 <= start, start <= end, end <= scalarCount else { return text }
        let bytes = byteRange(start, end)
        guard text.utf8.count == bytes.count else { return text }
        var text = text
        let isSpan = bytes.isEmpty || text.withUTF8 { given in
            utf8.withUnsafeBufferPointer { all in
                guard let givenStart = given.baseAddress, let allStart = all.baseAddress else { return false }
                return memcmp(givenStart, allStart + bytes.lowerBound, bytes.count) == 0
            }
        }
        return isSpan ? nil : text
    }

    /// A row's text: the stored one, else its span.
    func text(stored: String?, start: Int, end: Int) -> String {
        stored ?? slice(start, end)
    }

    /// The text of scalars `[start, end)`, clamped to the text (as `ScalarSlice` is).
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = min(max(0, start), scalarCount), upper = min(max(lower, end), scalarCount)
        return String(decoding: utf8[byteRange(lower, upper)], as: UTF8.self)
    }

    /// The bytes of scalars `[start, end)`, which lie within the text.
    private func byteRange(_ start: Int, _ end: Int) -> Range<Int> {
        scalarOffsets.isEmpty ? start..<end : Int(scalarOffsets[start])..<Int(scalarOffsets[end])
    }

    /// The SQL for the text of the row aliased `row`, joined to its version aliased `ver`.
    static func sql(_ row: String) -> String {
        "coalesce(\(row).text, substr(ver.text, \(row).start + 1, \(row).\"end\" - \(row).start))"
    }
}
