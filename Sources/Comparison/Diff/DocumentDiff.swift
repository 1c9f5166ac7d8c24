import Alignment
import AssayCore


/// The comparison of two versions of a document (`assay diff`): every assertion aligned and
/// labelled, the changes a fact-checker must see called out, and the old verdicts carried,
/// marked for re-review, or orphaned.
public struct DocumentDiff: Sendable {
    public var old: ReviewedDocument
    public var new: ReviewedDocument
    /// In reading order of the new version; each removed assertion after the one that preceded it.
    public var entries: [DiffEntry]
    /// Verdicts on old assertions that can no longer be found (the removed entries that had one).
    public var orphaned: [DiffEntry]
    public var summary: DiffSummary

    public init(old: ReviewedDocument, new: ReviewedDocument) {
        self.old = old
        self.new = new
        let callouts = CalloutFinder(old: ClaimFacts(old), new: ClaimFacts(new))
        entries = AssertionAligner.align(old: old.claims, new: new.claims).map { pair in
            DocumentDiff.entry(pair, old: old, new: new, callouts: callouts)
        }
        orphaned = entries.filter { $0.carry == .orphaned }
        summary = DiffSummary(entries)
    }

    private static func entry(_ pair: AlignedPair, old: ReviewedDocument, new: ReviewedDocument,
                              callouts: CalloutFinder) -> DiffEntry {
        let oldClaim = pair.old.flatMap { old.claims.indices.contains($0) ? old.claims[$0] : nil }
        let newClaim = pair.new.flatMap { new.claims.indices.contains($0) ? new.claims[$0] : nil }
        var entry = DiffEntry(status: pair.status, old: oldClaim, new: newClaim, similarity: pair.similarity)
        if let oldClaim, let newClaim {
            entry.callouts = callouts.callouts(old: oldClaim, new: newClaim)
            if pair.status == .modified { entry.changes = changes(old: oldClaim, new: newClaim) }
        }
        entry.verdict = oldClaim.flatMap { VerdictCarry.verdict(of: $0, in: old) }
        entry.newVerdict = newClaim.flatMap { VerdictCarry.verdict(of: $0, in: new) }
        if entry.verdict != nil {
            entry.carry = switch pair.status {
            case .unchanged, .moved: .kept
            case .modified: .needsReview
            case .removed, .added: .orphaned
            }
        }
        return entry
    }

    /// The word changes of a reworded claim, as spans of each version's whole text.
    private static func changes(old: ReviewedAssertion, new: ReviewedAssertion) -> [WordDiff.Change] {
        WordDiff.changes(from: old.text, to: new.text).map { change in
            var change = change
            let offset = change.kind == .delete ? old.start : new.start
            change.start += offset
            change.end += offset
            return change
        }
    }
}
