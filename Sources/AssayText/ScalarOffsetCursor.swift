/// Converts ascending UTF-8 byte offsets into Unicode scalar offsets in one forward pass.
///
/// Spans are produced in text order, so a cursor that only moves forward converts all of them
/// in time linear in the text, with no per-byte table.
public struct ScalarOffsetCursor {
    private let bytes: [UInt8]
    private var byteOffset = 0
    private var scalarOffset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The scalar offset of byte offset `target`; `target` must not be below the previous call's.
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byteOffset {
            // Out of order: recount from the start rather than return a wrong offset.
            byteOffset = 0
            scalarOffset = 0
        }
        scalarOffset += UTF8Bytes.scalarCount(bytes, byteOffset..<min(target, bytes.count))
        byteOffset = target
        return scalarOffset
    }

    /// The scalar offsets of the byte range `range`, which must not start below the previous call's.
    public mutating func scalarOffsets(ofBytes range: Range<Int>) -> (start: Int, end: Int) {
        let start = scalarOffset(ofByte: range.lowerBound)
        return (start, scalarOffset(ofByte: range.upperBound))
    }
}
