/// A half-open range `[start, end)` of Unicode scalar offsets into a document's normalised text.
///
/// Scalar (code point) offsets are the contract of every output format: in Python,
/// `text[start:end]` returns exactly the spanned text.
public struct Span: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
}
