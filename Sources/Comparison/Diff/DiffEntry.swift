import Alignment
import AssayCore


/// One aligned assertion of a diff: the old claim, the new claim or both, what changed in its
/// words, the changes called out, and what became of its verdict.
public struct DiffEntry: Sendable, Equatable {
    public var status: AlignmentStatus
    public var old: ReviewedAssertion?
    public var new: ReviewedAssertion?
    /// Dice similarity of the content words, for a modified pair.
    public var similarity: Double?
    /// Word-level deletions (spans in the old version's text) and insertions (spans in the new
    /// version's text), in scalar offsets; empty unless modified.
    public var changes: [WordDiff.Change]
    public var callouts: [ChangeCallout]
    /// The verdict the old claim had, and what becomes of it.
    public var verdict: VerdictEntry?
    public var carry: VerdictCarry?
    /// The verdict the new claim has on the new version (a stored version may have its own).
    public var newVerdict: VerdictEntry?

    public init(status: AlignmentStatus, old: ReviewedAssertion?, new: ReviewedAssertion?, similarity: Double? = nil,
                changes: [WordDiff.Change] = [], callouts: [ChangeCallout] = [], verdict: VerdictEntry? = nil,
                carry: VerdictCarry? = nil, newVerdict: VerdictEntry? = nil) {
        self.status = status
        self.old = old
        self.new = new
        self.similarity = similarity
        self.changes = changes
        self.callouts = callouts
        self.verdict = verdict
        self.carry = carry
        self.newVerdict = newVerdict
    }
}
