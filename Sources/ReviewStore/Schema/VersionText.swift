import AssayCore
import AssayText
import Foundation

/// A version's text as the spans of its assertions and findings cut it, so that their texts are
/// stored once. A row's `text` column is NULL when the row's text is exactly `[start, end)` of
/// its version's text — as it is for everything the extractor and the rules produce — and holds
/// the text only when it differs.
///
/// Spans are in Unicode scalars; the text is kept as a `ScalarIndexedText`, so that a span is
/// compared and cut as bytes.
///
/// Invariant: a span is sliced by Unicode scalars in Swift and by characters with SQLite's
/// `substr()`, which agree on valid UTF-8 — except that `substr()` stops at a NUL. So a text with
/// a NUL in it never leaves its rows' texts out.
struct VersionText {
    private let text: ScalarIndexedText
    private let sliceable: Bool

    init(_ text: String) {
        self.text = ScalarIndexedText(text)
        sliceable = !self.text.utf8.contains(0)
    }

    var scalarCount: Int { text.scalarCount }

    /// What to store in a row's `text` column: nil when the span gives the text back.
    func stored(_ text: String, start: Int, end: Int) -> String? {
        guard sliceable, 0 <= start, start <= end, end <= scalarCount else { return text }
        let bytes = self.text.byteRange(start, end)
        guard text.utf8.count == bytes.count else { return text }
        var text = text
        let isSpan = bytes.isEmpty || text.withUTF8 { given in
            self.text.utf8.withUnsafeBufferPointer { all in
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
        text.slice(start, end)
    }

    /// The SQL for the text of the row aliased `row`, joined to its version aliased `ver`.
    static func sql(_ row: String) -> String {
        "coalesce(\(row).text, substr(ver.text, \(row).start + 1, \(row).\"end\" - \(row).start))"
    }
}
