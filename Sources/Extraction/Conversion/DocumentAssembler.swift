import AssayCore
import AssayText

/// Lays converted blocks out as the document's normalised text: whitespace collapsed inside
/// each block (code keeps its lines), blocks separated by a blank line, boilerplate and the
/// masthead set aside. Works on UTF-8 bytes; paragraph offsets are kept in bytes here and
/// converted to scalar offsets when the document is built.
struct DocumentAssembler {
    struct Layout {
        var bytes: [UInt8] = []
        var paragraphs: [(range: Range<Int>, role: ParagraphRole)] = []
        var boilerplate: [BoilerplateLine] = []
    }

    static func assemble(_ blocks: [TextBlock]) -> Layout {
        var layout = Layout()
        for block in blocks {
            let normalised = block.role == .code ? trimmedLines(block.text) : collapsedWhitespace(block.text)
            guard !normalised.isEmpty else { continue }
            if block.isMasthead || block.role != .code && BoilerplateDetector.isBoilerplate(normalised) {
                layout.boilerplate.append(BoilerplateLine(text: String(decoding: normalised, as: UTF8.self), line: block.line))
                continue
            }
            if !layout.bytes.isEmpty { layout.bytes += [UTF8Bytes.newline, UTF8Bytes.newline] }
            let start = layout.bytes.count
            layout.bytes += normalised
            layout.paragraphs.append((start..<layout.bytes.count, block.role))
        }
        return layout
    }

    /// Runs of whitespace (spaces, tabs, newlines, no-break and other Unicode spaces) and stray
    /// control characters become one space; the ends are trimmed.
    static func collapsedWhitespace(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                if let width = spaceWidth(bytes, index) {
                    pendingSpace = !out.isEmpty
                    index += width
                    continue
                }
                if pendingSpace {
                    out.append(UTF8Bytes.space)
                    pendingSpace = false
                }
                // Copied at once up to the next byte that may start a space, but for single
                // spaces between words: they stay as they are.
                var end = index + 1
                while end < bytes.count {
                    if !mayStartSpace(bytes[end]) {
                        end += 1
                    } else if bytes[end] == UTF8Bytes.space, end + 1 < bytes.count, !mayStartSpace(bytes[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
            return out
        }
    }

    /// Whether `spaceWidth` can find a space starting with this byte: continuation bytes and
    /// most others cannot.
    @inline(__always)
    private static func mayStartSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
    }

    /// Width of the whitespace or control character at `index`, or nil. Multi-byte spaces:
    /// U+0085, U+00A0, U+1680, U+2000–200A, U+2028/2029, U+202F, U+205F, U+3000.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return byte <= 0x20 || byte == 0x7F ? 1 : nil }
        guard index + 1 < bytes.count else { return nil }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : nil }
        guard index + 2 < bytes.count else { return nil }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : nil
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : nil
        case (0xE2, 0x81): return third == 0x9F ? 3 : nil
        case (0xE3, 0x80): return third == 0x80 ? 3 : nil
        default: return nil
        }
    }

    /// Code keeps its line structure; trailing spaces and blank edge lines go.
    private static func trimmedLines(_ text: String) -> [UInt8] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
        }
        let kept = lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed()
        return Array(kept.joined(separator: "\n").utf8)
    }
}
