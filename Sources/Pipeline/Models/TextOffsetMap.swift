/// Where each character of a text lies in its normalised form (`Document.text`), for spans
/// annotated on the text as written: normalisation adds and drops only white space here (a
/// single line break becomes a paragraph break, say), so the other characters are matched in
/// order. A character normalisation changed maps to where its neighbours put it.
struct TextOffsetMap {
    private let offsets: [Int]

    init(original: String, normalized: String) {
        let original = Array(original.unicodeScalars)
        let normalized = Array(normalized.unicodeScalars)
        var offsets = [Int](repeating: 0, count: original.count + 1)
        var position = 0
        for (index, scalar) in original.enumerated() {
            if !scalar.properties.isWhitespace {
                var ahead = position
                while ahead < normalized.count, normalized[ahead].properties.isWhitespace, normalized[ahead] != scalar { ahead += 1 }
                if ahead < normalized.count, normalized[ahead] == scalar {
                    offsets[index] = ahead
                    position = ahead + 1
                    continue
                }
            }
            offsets[index] = min(position, normalized.count)
        }
        offsets[original.count] = normalized.count
        self.offsets = offsets
    }

    /// The normalised span of an original one: from its first character to just after its last.
    func map(_ span: Range<Int>) -> Range<Int> {
        let start = offsets[min(span.lowerBound, offsets.count - 1)]
        let last = offsets[min(max(span.upperBound - 1, span.lowerBound), offsets.count - 1)]
        return start..<max(start, last + 1)
    }
}
