import AssayCore

/// Accumulates the text of the current block, decoding entities as it goes, and records the
/// input line of its first non-blank character. Blank blocks are never emitted.
struct HTMLBlockBuilder {
    private(set) var blocks: [TextBlock] = []
    private var text: [UInt8] = []
    /// Line of the block's first non-blank character; nil while the block is blank.
    private var firstLine: Int?

    /// Appends `bytes[range]`, which starts on input line `line`.
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>, line: Int, decodingEntities: Bool) {
        let range = range.clamped(to: bytes.indices)
        var line = line
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if decodingEntities, byte == HTMLBytes.ampersand,
               let (scalar, length) = HTMLEntities.reference(in: bytes, at: index, end: range.upperBound, inAttribute: false) {
                if firstLine == nil && !HTMLBytes.isBlank(scalar) { firstLine = line }
                UTF8.encode(scalar) { text.append($0) }
                index += length
                continue
            }
            if firstLine == nil {
                if byte == HTMLBytes.newline {
                    line += 1
                } else if byte < 0x80 || byte >= 0xC0, let scalar = HTMLBytes.scalar(in: bytes, at: index),
                          !HTMLBytes.isBlank(scalar) {
                    firstLine = line
                }
            }
            text.append(byte)
            index += 1
        }
    }

    /// A line break inside the block (`<br>` in `pre`).
    mutating func appendNewline() {
        text.append(HTMLBytes.newline)
    }

    /// Ends the current block, emitting it with `role` unless it is blank.
    mutating func endBlock(role: ParagraphRole) {
        if let firstLine {
            blocks.append(TextBlock(String(decoding: text, as: UTF8.self), role: role, line: firstLine))
        }
        text.removeAll(keepingCapacity: true)
        firstLine = nil
    }
}
