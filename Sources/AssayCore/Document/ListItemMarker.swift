extension Document {
    /// The marker a list item starts with (`1.`, `2)`, `•`), as written in the input: the text
    /// between the item's start and its first sentence, which leaves the marker out. Nil for a
    /// paragraph that is not a list item or an item without a marker (an HTML `<li>`).
    public func listMarker(of paragraph: Paragraph) -> String? {
        guard paragraph.role == .listItem else { return nil }
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].paragraph < paragraph.index { low = middle + 1 } else { high = middle }
        }
        let bodyStart = low < sentences.count && sentences[low].paragraph == paragraph.index ? sentences[low].start : paragraph.end
        let scalars = text.unicodeScalars
        guard bodyStart > paragraph.start, bodyStart <= scalars.count else { return nil }
        let start = scalars.index(scalars.startIndex, offsetBy: paragraph.start)
        let marker = scalars[start..<scalars.index(start, offsetBy: bodyStart - paragraph.start)]
        let trimmed = marker.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()
        return trimmed.isEmpty ? nil : String(String.UnicodeScalarView(trimmed))
    }
}
