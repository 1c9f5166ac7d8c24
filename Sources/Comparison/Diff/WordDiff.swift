import AssayCore
import AssayText

/// The word-level changes between two texts: which words the new text deleted and which it
/// inserted, each with its span in scalar offsets of its own text.
///
/// Tokens are runs of letters and digits (with the `,` or `.` inside a number, so "30,000" is
/// one token) and single punctuation marks; white space only separates. The diff is the longest
/// common subsequence of the tokens after the common prefix and suffix are set aside. Claims are
/// short, but the table is bounded anyway: beyond `maximumCells` the whole differing middle is
/// reported as one deletion and one insertion.
public enum WordDiff {
    /// One deleted or inserted run of tokens: `[start, end)` in scalar offsets of the old text
    /// (a deletion) or of the new text (an insertion).
    public struct Change: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case delete
            case insert
        }

        public var kind: Kind
        public var start: Int
        public var end: Int
        public var text: String

        public init(kind: Kind, start: Int, end: Int, text: String) {
            self.kind = kind
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// Past this many cells of the LCS table (tokens × tokens) the middle is replaced whole.
    public static let maximumCells = 250_000

    /// The deletions (offsets into `old`) and insertions (offsets into `new`), in text order,
    /// deletions before insertions where they are at the same place.
    public static func changes(from old: String, to new: String) -> [Change] {
        let oldScalars = Array(old.unicodeScalars), newScalars = Array(new.unicodeScalars)
        let oldTokens = WordToken.tokens(oldScalars), newTokens = WordToken.tokens(newScalars)
        var prefix = 0
        while prefix < oldTokens.count, prefix < newTokens.count, oldTokens[prefix].text == newTokens[prefix].text { prefix += 1 }
        var suffix = 0
        while suffix < oldTokens.count - prefix, suffix < newTokens.count - prefix,
              oldTokens[oldTokens.count - 1 - suffix].text == newTokens[newTokens.count - 1 - suffix].text { suffix += 1 }
        let oldMiddle = Array(oldTokens[prefix..<(oldTokens.count - suffix)])
        let newMiddle = Array(newTokens[prefix..<(newTokens.count - suffix)])
        let operations = oldMiddle.count * newMiddle.count > maximumCells
            ? Array(repeating: Operation.delete, count: oldMiddle.count) + Array(repeating: .insert, count: newMiddle.count)
            : lcsOperations(oldMiddle.map(\.text), newMiddle.map(\.text))
        return runs(operations, old: oldMiddle, new: newMiddle, oldScalars: oldScalars, newScalars: newScalars)
    }

    enum Operation { case keep, delete, insert }

    /// The edit script of the longest common subsequence, deletions first within a change.
    static func lcsOperations(_ old: [String], _ new: [String]) -> [Operation] {
        let columns = new.count + 1
        // lengths[i * columns + j]: the LCS length of old[i...] and new[j...].
        var lengths = [Int](repeating: 0, count: (old.count + 1) * columns)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = old[i] == new[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var operations: [Operation] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                operations.append(.keep)
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
                operations.append(.delete)
                i += 1
            } else {
                operations.append(.insert)
                j += 1
            }
        }
        return operations
    }

    /// Adjacent deleted (or inserted) tokens joined into one change spanning them.
    private static func runs(_ operations: [Operation], old: [WordToken], new: [WordToken],
                             oldScalars: [Unicode.Scalar], newScalars: [Unicode.Scalar]) -> [Change] {
        var deletions: [Change] = [], insertions: [Change] = [], changes: [Change] = []
        var i = 0, j = 0
        func extend(_ run: inout [Change], kind: Change.Kind, token: WordToken, scalars: [Unicode.Scalar]) {
            if let last = run.last, last.kind == kind {
                run[run.count - 1].end = token.end
                run[run.count - 1].text = ScalarSlice.string(scalars, last.start, token.end)
            } else {
                run.append(Change(kind: kind, start: token.start, end: token.end, text: token.text))
            }
        }
        func flush() {
            changes += deletions + insertions
            deletions.removeAll()
            insertions.removeAll()
        }
        for operation in operations {
            switch operation {
            case .keep:
                flush()
                i += 1
                j += 1
            case .delete:
                if i < old.count { extend(&deletions, kind: .delete, token: old[i], scalars: oldScalars) }
                i += 1
            case .insert:
                if j < new.count { extend(&insertions, kind: .insert, token: new[j], scalars: newScalars) }
                j += 1
            }
        }
        flush()
        return changes
    }
}
