import AssayCore
import Comparison

/// The diff as Markdown for a code-hosting site: the two sides, the summary, the changes to
/// check (every callout, with its assertion's id), each changed
/// assertion with deletions struck through and insertions in bold, its callouts and verdict,
/// then the orphaned verdicts. Unchanged assertions are only counted unless `all`. All document
/// and note text is escaped.
public struct DiffMarkdownReporter: DiffReporter {
    public let all: Bool

    public init(all: Bool = false) { self.all = all }

    public func render(_ diff: DocumentDiff) -> String {
        var out = "# Diff: \(MarkdownText.escape(DiffWording.label(diff.old))) → \(MarkdownText.escape(DiffWording.label(diff.new)))\n\n"
        if let title = diff.new.header.title ?? diff.old.header.title { out += "**Document:** \(MarkdownText.escape(title))  \n" }
        out += "**Summary:** \(MarkdownText.escape(DiffWording.summaryLine(diff.summary)))\n\n"
        let calledOut = diff.entries.filter { !$0.callouts.isEmpty }
        if !calledOut.isEmpty {
            out += "## Changes to check\n\n| Claim | Change |\n|---|---|\n"
            for entry in calledOut {
                let id = AssertionID.shown(entry.new?.id ?? entry.old?.id ?? "")
                for callout in entry.callouts { out += "| `\(id)` | \(MarkdownText.escape(DiffWording.callout(callout))) |\n" }
            }
            out += "\n"
        }
        let shown = diff.entries.filter { all || $0.status != .unchanged || !$0.callouts.isEmpty }
        out += "## Claims\n\n"
        if shown.isEmpty { out += "No claim changed.\n\n" }
        for entry in shown { out += render(entry) }
        if !diff.orphaned.isEmpty {
            out += "## Orphaned verdicts\n\nTheir claim is no longer in the text.\n\n| Claim | Verdict | Text |\n|---|---|---|\n"
            for entry in diff.orphaned {
                guard let claim = entry.old, let verdict = entry.verdict else { continue }
                out += "| `\(AssertionID.shown(claim.id))` | \(MarkdownText.escape(DiffWording.verdict(verdict))) | \(MarkdownText.escape(claim.text)) |\n"
            }
            out += "\n"
        }
        return out
    }

    private func render(_ entry: DiffEntry) -> String {
        var ids = [entry.old?.id, entry.new?.id].compactMap { $0.map(AssertionID.shown) }
        if ids.count == 2 && ids[0] == ids[1] { ids.removeLast() }
        var out = "### \(entry.status.rawValue.capitalized) — `\(ids.joined(separator: "` → `"))`\n\n"
        if entry.status == .modified, let old = entry.old, let new = entry.new {
            out += "- **Old:** " + marked(old, entry.changes, .delete, "~~") + "\n"
            out += "- **New:** " + marked(new, entry.changes, .insert, "**") + "\n"
        } else if let claim = entry.new ?? entry.old {
            out += "- " + MarkdownText.escape(claim.text) + "\n"
        }
        for callout in entry.callouts { out += "- ⚑ **\(MarkdownText.escape(DiffWording.callout(callout)))**\n" }
        if let verdict = entry.verdict, let carry = entry.carry {
            out += "- Verdict: \(MarkdownText.escape(DiffWording.verdict(verdict))) — **\(DiffWording.carry(carry))**\n"
        }
        return out + "\n"
    }

    /// The claim's text with the changed pieces wrapped in `mark` (`~~` or `**`). A change
    /// starts and ends on a token, never on white space, as Markdown emphasis requires.
    private func marked(_ claim: ReviewedAssertion, _ changes: [WordDiff.Change], _ kind: WordDiff.Change.Kind, _ mark: String) -> String {
        DiffSegments.pieces(claim, changes: changes, kind: kind).map { piece in
            piece.changed ? mark + MarkdownText.escape(piece.text) + mark : MarkdownText.escape(piece.text)
        }.joined()
    }
}
