import AssayCore
import Comparison

/// The diff for people: the two sides, the summary line, the changes to check (every callout,
/// with its assertion's id), then every assertion that changed —
/// its status, paragraphs and id, the old and new text with deletions as `[-…-]` and
/// insertions as `{+…+}`, the callouts (`⚑`) and its verdict — and the orphaned verdicts.
/// Unchanged assertions are only counted unless `all`. Control characters in document text are
/// shown as code points, so a document cannot drive the terminal.
public struct DiffTextReporter: DiffReporter {
    public let all: Bool

    public init(all: Bool = false) { self.all = all }

    public func render(_ diff: DocumentDiff) -> String {
        var out = "diff \(DiffWording.label(diff.old)) → \(DiffWording.label(diff.new))\n"
        out += DiffWording.summaryLine(diff.summary) + "\n"
        let calledOut = diff.entries.filter { !$0.callouts.isEmpty }
        if !calledOut.isEmpty {
            out += "\nChanges to check:\n"
            for entry in calledOut {
                let id = AssertionID.shown(entry.new?.id ?? entry.old?.id ?? "")
                for callout in entry.callouts { out += "  ⚑ \(id)  \(InvisibleCharacters.forTerminal(DiffWording.callout(callout)))\n" }
            }
        }
        for entry in diff.entries where all || entry.status != .unchanged || !entry.callouts.isEmpty {
            out += "\n" + render(entry)
        }
        if !diff.orphaned.isEmpty {
            out += "\nOrphaned verdicts (their claim is no longer in the text):\n"
            for entry in diff.orphaned {
                guard let claim = entry.old, let verdict = entry.verdict else { continue }
                out += "  \(AssertionID.shown(claim.id))  \(DiffWording.verdict(verdict))  “\(InvisibleCharacters.forTerminal(claim.text))”\n"
            }
        }
        return out
    }

    private func render(_ entry: DiffEntry) -> String {
        var out = heading(entry) + "\n"
        switch entry.status {
        case .modified:
            if let old = entry.old { out += "    old: " + marked(old, entry.changes, .delete, open: "[-", close: "-]") + "\n" }
            if let new = entry.new { out += "    new: " + marked(new, entry.changes, .insert, open: "{+", close: "+}") + "\n" }
        default:
            if let claim = entry.new ?? entry.old { out += "    " + InvisibleCharacters.forTerminal(claim.text) + "\n" }
        }
        for callout in entry.callouts { out += "    ⚑ " + InvisibleCharacters.forTerminal(DiffWording.callout(callout)) + "\n" }
        if let verdict = entry.verdict, let carry = entry.carry {
            out += "    verdict: \(InvisibleCharacters.forTerminal(DiffWording.verdict(verdict))) — \(DiffWording.carry(carry))\n"
        }
        if let newVerdict = entry.newVerdict, entry.carry != .kept {
            out += "    verdict on the new text: \(InvisibleCharacters.forTerminal(DiffWording.verdict(newVerdict)))\n"
        }
        return out
    }

    /// "modified  ¶3 → ¶3  4ab29de1 → 7c2f01aa".
    private func heading(_ entry: DiffEntry) -> String {
        let status = entry.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        let paragraphs = [entry.old, entry.new].compactMap { $0.map { "¶\($0.paragraph + 1)" } }
        let ids = [entry.old, entry.new].compactMap { $0.map { AssertionID.shown($0.id) } }
        let uniqueIDs = ids.count == 2 && ids[0] == ids[1] ? [ids[0]] : ids
        let uniqueParagraphs = paragraphs.count == 2 && paragraphs[0] == paragraphs[1] ? [paragraphs[0]] : paragraphs
        return status + uniqueParagraphs.joined(separator: " → ") + "  " + uniqueIDs.joined(separator: " → ")
    }

    private func marked(_ claim: ReviewedAssertion, _ changes: [WordDiff.Change], _ kind: WordDiff.Change.Kind,
                        open: String, close: String) -> String {
        DiffSegments.pieces(claim, changes: changes, kind: kind).map { piece in
            let text = InvisibleCharacters.forTerminal(piece.text)
            return piece.changed ? open + text + close : text
        }.joined()
    }
}
