import AssayCore
import Foundation
import Reporting
import ReviewStore

/// What the review shows: an assertion in its paragraph with its flags, the help, and the end of
/// the queue. Each screen is one string that clears the terminal and draws from the top; the
/// cursor is left below it, where prompts are drawn.
struct ReviewScreen {
    /// A line under the assertion saying what the last key did.
    enum Message {
        case done(String)
        case problem(String)
    }

    /// The assertion to draw and where it stands in the session.
    struct Page {
        var claim: ReviewedAssertion
        /// Nil when it could not be read (the message says why); the claim's own text is shown.
        var detail: AssertionDetail?
        var number: Int
        var total: Int
        var note: String?
        var message: Message?
    }

    let style: ScreenStyle
    let width: Int
    let scale: [String]
    let analyst: String

    /// The ratings digit keys choose: 1 for the first of the scale, up to 9.
    var ratingKeys: [(key: Character, rating: String)] {
        zip("123456789", scale).map { ($0, $1) }
    }

    func assertion(_ page: Page) -> String {
        let claim = page.claim
        var lines = [ScreenStyle.bold("assay review") + " · \(claim.document)@\(claim.version) · "
                     + ScreenStyle.bold("\(page.number) of \(page.total) unreviewed") + " · by \(analyst)"]
        let about = ["\(claim.kind.rawValue)", "check-worthiness \(String(format: "%.2f", claim.checkworthiness))",
                     AssertionFormatting.shortID(claim.id)] + claim.reasons
        lines += ScreenText.wrap(about.joined(separator: " · "), width: width).map(ScreenStyle.dim)
        lines.append("")
        if let detail = page.detail {
            lines += HighlightedParagraph(detail: detail, style: style).lines(width: width, indent: "  ")
        } else {
            lines += ScreenText.wrap(claim.text, width: width - 2).map { "  " + ScreenStyle.bold($0) }
        }
        lines.append("")
        lines += flags(page.detail)
        lines += record(claim, page.detail)
        if let note = page.note { lines += ScreenText.wrap("Note for the next verdict: “\(note)”", width: width, indent: "  ") }
        lines.append("")
        lines.append(page.message.map(render) ?? "")
        lines.append("")
        lines += legend()
        return ScreenStyle.clear + lines.joined(separator: "\n") + "\n"
    }

    func help() -> String {
        var lines = [ScreenStyle.bold("assay review — keys"), ""]
        var keys = ratingKeys.map { (String($0.key), "record the verdict ‘\($0.rating)’, then go to the next assertion") }
        if scale.count > ratingKeys.count {
            keys.append(("", "ratings past the ninth: 'assay verdict CLAIM RATING'"))
        }
        keys += [
            ("n", "type a note; it is saved with the next verdict you give this assertion"),
            ("c", "cite evidence: its URL, then s supports, r refutes or x context, then a quote (optional)"),
            ("s", "skip: it stays unreviewed and comes back in the next session"),
            ("d", "dismiss: not a claim (asks why); it leaves the queue, and 'assay dismiss CLAIM --undo' brings it back"),
            ("t", "tag it: one or more labels, separated by spaces"),
            ("b", "back to the previous assertion, to change its verdict (the new one is added to its history)"),
            ("u", "undo the last verdict of this session: it is taken back (a retraction in its history) and its assertion shown again; again for the one before"),
            ("?", "this help"),
            ("q", "quit (Ctrl-C too); the next session starts at the first assertion still without a verdict"),
        ]
        for (key, meaning) in keys {
            let wrapped = ScreenText.wrap(meaning, width: width - 5, indent: "")
            lines += wrapped.enumerated().map { index, line in
                (index == 0 ? "  \(ScreenStyle.bold(key.isEmpty ? " " : key))  " : "     ") + line
            }
        }
        lines += ["", "  Esc cancels a prompt; Backspace erases, Enter answers.", ""]
        lines.append("The assertion is in bold in its paragraph; its flags are marked by category:")
        lines.append("  " + ["attribution", "numeric", "framing"].map(style.category).joined(separator: "  "))
        lines += ["", ScreenStyle.dim("Press any key to go back to the review.")]
        return ScreenStyle.clear + lines.joined(separator: "\n") + "\n"
    }

    func end(total: Int, reviewed: Int, skipped: Int, message: Message?) -> String {
        let lines = [
            ScreenStyle.bold("assay review") + " · end of the queue",
            "",
            "All \(Noun.count(total, "assertion")) of this session seen: reviewed \(reviewed), skipped \(skipped).",
            "",
            message.map(render) ?? "",
            "",
            "\(ScreenStyle.bold("u")) undo · \(ScreenStyle.bold("b")) back · \(ScreenStyle.bold("q")) quit",
        ]
        return ScreenStyle.clear + lines.joined(separator: "\n") + "\n"
    }

    private func flags(_ detail: AssertionDetail?) -> [String] {
        guard let detail else { return [] }
        let standing = detail.findings.filter { $0.dismissal == nil }
        guard !standing.isEmpty else { return [ScreenStyle.dim("No flags.")] }
        var lines = ["Flags (\(standing.count)):"]
        for finding in standing {
            let text = "\(finding.severity.rawValue) \(finding.rule): \(finding.message)"
            let wrapped = ScreenText.wrap(text, width: width - finding.category.count - 5, indent: "    ")
            lines += wrapped.enumerated().map { index, line in
                index == 0 ? "  ⚑ \(style.category(finding.category)) \(line)" : line
            }
        }
        return lines
    }

    private func record(_ claim: ReviewedAssertion, _ detail: AssertionDetail?) -> [String] {
        // The detail was read just now, so it shows a verdict another analyst gave meanwhile.
        let current = detail?.claim.verdict ?? claim.verdict
        let rating = current.map { ScreenStyle.bold($0.rating) + " (\($0.analyst), \($0.createdAt))" } ?? "unreviewed"
        var lines = ["Verdict: " + rating]
        if let earlier = detail.map({ $0.verdicts.standing.count - 1 }), earlier > 0 { lines[0] += " · \(earlier) earlier" }
        if (detail?.claim ?? claim).needsReview, current != nil { lines[0] += " · carried from an earlier wording: needs re-review" }
        if let note = current?.note, !note.isEmpty { lines += ScreenText.wrap("  “\(note)”", width: width, indent: "   ") }
        if let citations = detail?.citations, !citations.isEmpty {
            lines.append("Citations: \(citations.count) (\(citations.map(\.stance).joined(separator: ", ")))")
        }
        return lines
    }

    /// The keys, packed into as few lines as fit: the ratings first, then the commands.
    private func legend() -> [String] {
        let ratings = ratingKeys.map { (String($0.key), $0.rating) }
        let commands = [("c", "cite"), ("n", "note"), ("t", "tag"), ("d", "dismiss"), ("s", "skip"), ("b", "back"), ("u", "undo"),
                        ("?", "help"), ("q", "quit")]
        return packed(ratings, separator: "  ") + packed(commands, separator: " · ")
    }

    private func packed(_ items: [(key: String, label: String)], separator: String) -> [String] {
        var lines: [String] = []
        var line = "", length = 0
        for item in items {
            let itemLength = item.key.count + 1 + item.label.count
            if length > 0 && length + separator.count + itemLength > width {
                lines.append(line)
                line = ""
                length = 0
            }
            if length > 0 {
                line += separator
                length += separator.count
            }
            line += ScreenStyle.bold(item.key) + " " + item.label
            length += itemLength
        }
        return line.isEmpty ? lines : lines + [line]
    }

    private func render(_ message: Message) -> String {
        switch message {
        case .done(let text): style.success(text)
        case .problem(let text): style.failure(text)
        }
    }
}
