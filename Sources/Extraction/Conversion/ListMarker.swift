import AssayCore
import AssayText

/// The marker that opens a list item: a bullet (`-`, `*`, `•`, `–`, `▪`, `◦`, `‣`, `⁃`) or a
/// number of up to nine digits with `.` or `)`, followed by a space. Markers stay in the
/// document's text, where an analyst may cite them ("point 2"); the item's sentences start
/// after the marker, so "1." never becomes a sentence of its own.
enum ListMarker {
    /// The marker at the start of `bytes[start..<end]`: its length in bytes, with the space
    /// after it, and its number when it is numbered.
    static func marker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (length: Int, number: Int?)? {
        var index = start
        var number = 0
        while index < end, index - start < 9, UTF8Bytes.isDigit(bytes[index]) {
            number = number * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        if index > start {
            guard index + 1 < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"),
                  bytes[index + 1] == UTF8Bytes.space else { return nil }
            return (index + 2 - start, number)
        }
        for bullet in bullets where start + bullet.count < end && bytes[start + bullet.count] == UTF8Bytes.space {
            if bullet.indices.allSatisfy({ bytes[start + $0] == bullet[$0] }) { return (bullet.count + 1, nil) }
        }
        return nil
    }

    /// The part of a list item's paragraph that holds its sentences: after the marker.
    static func body(of paragraph: Range<Int>, role: ParagraphRole, in bytes: [UInt8]) -> Range<Int> {
        guard role == .listItem else { return paragraph }
        let length = bytes.withUnsafeBufferPointer { marker(in: $0, from: paragraph.lowerBound, to: paragraph.upperBound)?.length }
        return (paragraph.lowerBound + (length ?? 0))..<paragraph.upperBound
    }

    private static let bullets: [[UInt8]] = ["-", "*", "•", "–", "▪", "◦", "‣", "⁃"].map { Array($0.utf8) }
}
