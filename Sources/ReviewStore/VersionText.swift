import AssayCore

/// A version's text as the spans of its assertions and findings cut it, so that their texts are
/// stored once. A row's `text` column is NULL when the row's text is exactly `[start, end)` of
/// its version's text — as it is for everything the extractor and the rules produce — and holds
/// the text only when it differs.
///
/// Invariant: a span is sliced by Unicode scalars in Swift and by characters with SQLite's
/// `substr()`, which agree on valid UTF-8 — except that `substr()` stops at a NUL. So a text with
/// a NUL in it never leaves its rows' texts out.
struct VersionText {
    let scalars: [Unicode.Scalar]
    private let sliceable: Bool

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        sliceable = !scalars.contains("\u{0}")
    }

    /// What to store in a row's `text` column: nil when the span gives the text back.
    func stored(_ text: String, start: Int, end: Int) -> String? {
        guard sliceable, 0 <= start, start <= end, end <= scalars.count,
              text.unicodeScalars.elementsEqual(scalars[start..<end]) else { return text }
        return nil
    }

    /// A row's text: the stored one, else its span.
    func text(stored: String?, start: Int, end: Int) -> String {
        stored ?? ScalarSlice.string(scalars, start, end)
    }

    /// The SQL for the text of the row aliased `row`, joined to its version aliased `ver`.
    static func sql(_ row: String) -> String {
        "coalesce(\(row).text, substr(ver.text, \(row).start + 1, \(row).\"end\" - \(row).start))"
    }
}
