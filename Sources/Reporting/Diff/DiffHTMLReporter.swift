import AssayCore
import Comparison

/// The diff as one self-contained HTML page, like the review report: inline CSS, no script, a
/// Content Security Policy that forbids loading anything, markup that is well-formed XML. Both
/// versions side by side, one row per aligned assertion (unchanged ones included), deletions in
/// `del` and insertions in `ins`, callouts and verdicts under the row (and all callouts listed
/// first, linking to their rows), then the orphaned
/// verdicts. Every piece of document and note text is escaped (`HTMLText`).
public struct DiffHTMLReporter: DiffReporter {
    public init() {}

    public func render(_ diff: DocumentDiff) -> String {
        let title = "Diff: \(DiffWording.label(diff.old)) → \(DiffWording.label(diff.new))"
        let head = [
            HTMLText.element("meta", ["charset": "utf-8"], nil),
            HTMLText.element("meta", ["http-equiv": "Content-Security-Policy", "content": HTMLReporter.contentSecurityPolicy], nil),
            HTMLText.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"], nil),
            HTMLText.element("meta", ["name": "generator", "content": "\(AssayVersion.name) \(AssayVersion.current)"], nil),
            HTMLText.text("title", [:], title),
            HTMLText.element("style", [:], "\n" + Self.css + "\n"),
        ]
        var body = [HTMLText.text("h1", [:], title)]
        if let documentTitle = diff.new.header.title ?? diff.old.header.title { body.append(HTMLText.text("p", ["class": "doc"], documentTitle)) }
        body.append(HTMLText.text("p", ["class": "summary"], DiffWording.summaryLine(diff.summary)))
        let calledOut = diff.entries.filter { !$0.callouts.isEmpty }
        if !calledOut.isEmpty { body.append(changesToCheck(calledOut)) }
        body.append(table(diff))
        if !diff.orphaned.isEmpty { body.append(orphaned(diff.orphaned)) }
        body.append(HTMLText.text("footer", [:], "Version comparison by \(AssayVersion.name) \(AssayVersion.current)."))
        return "<!DOCTYPE html>\n"
            + HTMLText.element("html", ["lang": "en"],
                               "\n" + HTMLText.element("head", [:], "\n" + head.joined(separator: "\n") + "\n")
                                   + "\n" + HTMLText.element("body", [:], "\n" + body.joined(separator: "\n") + "\n") + "\n")
            + "\n"
    }

    private func table(_ diff: DocumentDiff) -> String {
        let header = HTMLText.element("thead", [:], HTMLText.element("tr", [:], [
            HTMLText.text("th", ["scope": "col"], "Status"),
            HTMLText.text("th", ["scope": "col"], "Old: " + DiffWording.label(diff.old)),
            HTMLText.text("th", ["scope": "col"], "New: " + DiffWording.label(diff.new)),
        ].joined()))
        let rows = diff.entries.map(rows).joined(separator: "\n")
        return HTMLText.element("table", ["class": "diff"], header + "\n" + HTMLText.element("tbody", [:], "\n" + rows + "\n"))
    }

    /// The assertion's row, and a row of callouts and verdict when it has any.
    private func rows(_ entry: DiffEntry) -> String {
        let status = entry.status.rawValue
        var out = HTMLText.element("tr", ["class": "entry " + status, "id": anchor(entry)], [
            HTMLText.text("td", ["class": "status"], status),
            HTMLText.element("td", ["class": "old"], entry.old.map { cell($0, entry, .delete) } ?? ""),
            HTMLText.element("td", ["class": "new"], entry.new.map { cell($0, entry, .insert) } ?? ""),
        ].joined())
        var notes = entry.callouts.map { HTMLText.text("li", ["class": "callout " + $0.subject.rawValue], "⚑ " + DiffWording.callout($0)) }
        if let verdict = entry.verdict, let carry = entry.carry {
            notes.append(HTMLText.element("li", ["class": "verdict " + carry.rawValue],
                                          HTMLBadges.rating(verdict.rating) + " "
                                              + HTMLText.escape("\(DiffWording.verdict(verdict)) — \(DiffWording.carry(carry))")))
        }
        if !notes.isEmpty {
            out += "\n" + HTMLText.element("tr", ["class": "notes " + status], HTMLText.element("td", [:], "")
                + HTMLText.element("td", ["colspan": "2"], HTMLText.element("ul", [:], notes.joined())))
        }
        return out
    }

    /// A claim's text with the changes of one side in `del` or `ins`.
    private func cell(_ claim: ReviewedAssertion, _ entry: DiffEntry, _ kind: WordDiff.Change.Kind) -> String {
        let tag = kind == .delete ? "del" : "ins"
        let text = DiffSegments.pieces(claim, changes: entry.changes, kind: kind).map { piece in
            piece.changed ? HTMLText.text(tag, [:], piece.text) : HTMLText.escape(piece.text)
        }.joined()
        return HTMLText.text("span", ["class": "id"], AssertionID.shown(claim.id)) + " " + text
    }

    /// Every callout, linking to its assertion's row.
    private func changesToCheck(_ entries: [DiffEntry]) -> String {
        let items = entries.flatMap { entry in
            entry.callouts.map { callout in
                HTMLText.element("li", ["class": "callout " + callout.subject.rawValue],
                                 HTMLText.element("a", ["href": "#" + anchor(entry)], HTMLText.escape(DiffWording.callout(callout))))
            }
        }
        return HTMLText.element("section", ["class": "to-check"],
                                HTMLText.text("h2", [:], "Changes to check") + HTMLText.element("ul", [:], items.joined()))
    }

    /// The row's id: its assertion's (the new one's when it has both).
    private func anchor(_ entry: DiffEntry) -> String {
        "claim-" + (entry.new?.id ?? entry.old?.id ?? "")
    }

    private func orphaned(_ entries: [DiffEntry]) -> String {
        let items = entries.compactMap { entry -> String? in
            guard let claim = entry.old, let verdict = entry.verdict else { return nil }
            return HTMLText.element("li", [:], HTMLBadges.rating(verdict.rating) + " "
                + HTMLText.escape(DiffWording.verdict(verdict)) + " "
                + HTMLText.text("span", ["class": "id"], AssertionID.shown(claim.id)) + " "
                + HTMLText.text("q", [:], claim.text))
        }
        return HTMLText.element("section", ["class": "orphaned"],
                                HTMLText.text("h2", [:], "Orphaned verdicts")
                                    + HTMLText.text("p", [:], "Their claim is no longer in the text.")
                                    + HTMLText.element("ul", [:], items.joined()))
    }

    /// Status is told by the first column's word as well as by colour.
    static let css = """
        :root{color-scheme:light}
        body{font:15px/1.5 Georgia,"Times New Roman",serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
        h1,h2,th,footer,.summary,.status,.notes,.badge{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        h1{font-size:1.4rem;overflow-wrap:anywhere}
        table.diff{border-collapse:collapse;width:100%;table-layout:fixed}
        table.diff th{text-align:left;border-bottom:2px solid #999;overflow-wrap:anywhere}
        table.diff th:first-child,table.diff td:first-child{width:6.5rem}
        table.diff td{vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #eee;overflow-wrap:anywhere}
        .status{font-size:.8rem;color:#444}
        tr.unchanged td.old,tr.unchanged td.new{color:#555}
        tr.modified td{background:#fff8e1}
        tr.added td.new{background:#e6f4ea}
        tr.removed td.old{background:#fdecea}
        tr.moved td{background:#e8f0fe}
        del{background:#f8c9c4;text-decoration:line-through}
        ins{background:#b7e1c1;text-decoration:underline}
        .id{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.75em;color:#666}
        tr.notes ul{margin:0;padding-left:1rem;font-size:.85rem}
        li.verdict.needs-review,li.verdict.orphaned{font-weight:bold}
        .badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;background:#eee}
        footer{margin-top:2rem;font-size:.8rem;color:#666}
        """
}
