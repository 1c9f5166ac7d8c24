import AssayCore
import AssayText
import Comparison

/// A claim's text cut into the pieces a diff highlights: plain runs and the runs one side
/// deleted or inserted, from the changes' spans (scalar offsets of the whole document text).
enum DiffSegments {
    struct Piece: Equatable {
        var text: String
        var changed: Bool
    }

    /// The pieces of `claim`'s text, marking the changes of `kind` that fall inside it.
    static func pieces(_ claim: ReviewedAssertion, changes: [WordDiff.Change], kind: WordDiff.Change.Kind) -> [Piece] {
        let text = ScalarIndexedText(claim.text)
        var pieces: [Piece] = []
        var cursor = 0
        for change in changes where change.kind == kind {
            let start = max(cursor, min(text.scalarCount, change.start - claim.start))
            let end = max(start, min(text.scalarCount, change.end - claim.start))
            if start > cursor { pieces.append(Piece(text: text.slice(cursor, start), changed: false)) }
            if end > start { pieces.append(Piece(text: text.slice(start, end), changed: true)) }
            cursor = end
        }
        if cursor < text.scalarCount { pieces.append(Piece(text: text.slice(cursor, text.scalarCount), changed: false)) }
        return pieces
    }
}
