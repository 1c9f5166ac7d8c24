import AssayCore
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
        let scalars = Array(claim.text.unicodeScalars)
        var pieces: [Piece] = []
        var cursor = 0
        for change in changes where change.kind == kind {
            let start = max(cursor, min(scalars.count, change.start - claim.start))
            let end = max(start, min(scalars.count, change.end - claim.start))
            if start > cursor { pieces.append(Piece(text: ScalarSlice.string(scalars, cursor, start), changed: false)) }
            if end > start { pieces.append(Piece(text: ScalarSlice.string(scalars, start, end), changed: true)) }
            cursor = end
        }
        if cursor < scalars.count { pieces.append(Piece(text: ScalarSlice.string(scalars, cursor, scalars.count), changed: false)) }
        return pieces
    }
}
