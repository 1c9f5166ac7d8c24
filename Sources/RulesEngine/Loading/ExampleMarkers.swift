/// The `⟦…⟧` markers of a flag example: the text without them, and the span they enclosed.
enum ExampleMarkers {
    static let open: Unicode.Scalar = "⟦"
    static let close: Unicode.Scalar = "⟧"

    enum Problem: Error, Equatable {
        case unbalanced
        case more
        case empty
    }

    static func parse(_ marked: String) throws(Problem) -> (text: String, span: Range<Int>?) {
        var text = String.UnicodeScalarView()
        var start: Int?
        var span: Range<Int>?
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case open:
                guard start == nil else { throw .unbalanced }
                guard span == nil else { throw .more }
                start = offset
            case close:
                guard let opened = start else { throw .unbalanced }
                guard opened < offset else { throw .empty }
                span = opened..<offset
                start = nil
            default:
                text.append(scalar)
                offset += 1
            }
        }
        guard start == nil else { throw .unbalanced }
        return (String(text), span)
    }
}
