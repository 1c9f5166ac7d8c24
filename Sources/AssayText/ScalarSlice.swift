/// Text by Unicode scalar offsets, the span convention of every output: what `text[start:end]`
/// gives in Python. Clamped, so a bad span yields less text, never a trap.
public enum ScalarSlice {
    public static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lower = min(max(0, start), scalars.count), upper = min(max(lower, end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
