import AssayText

/// The marker that opens a list item: a bullet (`-`, `*`, `•`, `–`, `▪`, `◦`, `‣`, `⁃`) or a
/// number of up to nine digits with `.` or `)`, followed by a space. Markers stay in the
/// document's text, where an analyst may cite them ("point 2"); the item's sentences start
/// after the marker, so "1." never becomes a sentence of its own.
public enum ListItemMarker {
    /// The marker at the start of `bytes[start..<end]`: its length in bytes, with the space
    /// after it, and its number when it is numbered.
    public static func marker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (length: Int, number: Int?)? {
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

    /// The marker a text (a list item's) starts with, without its space: `1.`, `2)`, `•`.
    public static func marker(of text: some StringProtocol) -> String? {
        let head = Array(text.utf8.prefix(12))
        guard let length = head.withUnsafeBufferPointer({ marker(in: $0, from: 0, to: $0.count)?.length }) else { return nil }
        return String(decoding: head[..<(length - 1)], as: UTF8.self)
    }

    private static let bullets: [[UInt8]] = ["-", "*", "•", "–", "▪", "◦", "‣", "⁃"].map { Array($0.utf8) }
}

extension Paragraph {
    /// The marker this paragraph starts with when it is a list item (`1.`, `2)`, `•`), as the
    /// input wrote it; nil for other paragraphs and for items without one (an HTML `<li>`).
    /// `text` is the document's text, indexed once for all its paragraphs.
    public func listMarker(in text: ScalarIndexedText) -> String? {
        guard role == .listItem, start >= 0, start < end, end <= text.scalarCount else { return nil }
        let bytes = text.byteRange(start, end)
        return ListItemMarker.marker(of: String(decoding: text.utf8[bytes.lowerBound..<min(bytes.upperBound, bytes.lowerBound + 12)], as: UTF8.self))
    }
}
