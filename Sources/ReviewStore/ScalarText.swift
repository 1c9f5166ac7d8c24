/// Slicing text by Unicode scalar offsets, the span convention of every stored offset.
enum ScalarText {
    /// `text[start:end]` as Python would give it; clamped, never trapping on a bad span.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: max(0, start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let upper = scalars.index(lower, offsetBy: max(0, end - max(0, start)), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[lower..<upper])
    }
}
