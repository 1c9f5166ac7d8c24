import AssayText

extension ScalarOffsetCursor {
    /// The span of the byte range `range`, which must not start below the previous call's.
    public mutating func span(ofBytes range: Range<Int>) -> Span {
        let (start, end) = scalarOffsets(ofBytes: range)
        return Span(start: start, end: end)
    }
}
