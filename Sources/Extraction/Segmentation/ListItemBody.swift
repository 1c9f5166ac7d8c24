import AssayCore

/// Where a paragraph's sentences lie: a list item's start after its marker (`ListItemMarker`),
/// which stays in the text but is no sentence; any other paragraph's are the whole of it.
enum ListItemBody {
    static func range(of paragraph: Range<Int>, role: ParagraphRole, in bytes: [UInt8]) -> Range<Int> {
        guard role == .listItem else { return paragraph }
        let length = bytes.withUnsafeBufferPointer { ListItemMarker.marker(in: $0, from: paragraph.lowerBound, to: paragraph.upperBound)?.length }
        return (paragraph.lowerBound + (length ?? 0))..<paragraph.upperBound
    }
}
