import AssayCore
import Foundation
import Reporting
import ReviewStore

/// What the review shows: an assertion in its paragraph with its flags, the help, the undo list
/// and the end of the queue. Each screen is one string that clears the terminal and draws from
/// the top, fitted to the terminal's size: at most `rows - 1` lines, none wider than `width`, so
/// the header never scrolls away. The cursor is left on the last row, where prompts are drawn.
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
        var draft: ReviewSession.Draft
        var message: Message?
    }

    let style: ScreenStyle
    let scale: [String]
    let analyst: String
    private(set) var width = 80
    private(set) var rows = 24

    init(style: ScreenStyle, scale: [String], analyst: String) {
        self.style = style
        self.scale = scale
        self.analyst = analyst
    }

    /// This screen at the terminal's size now (it may have been resized since the last screen).
    func measured() -> ReviewScreen {
        var screen = self
        (screen.width, screen.rows) = Terminal.size(of: .standardOutput)
        return screen
    }

    /// The ratings digit keys choose: 1 for the first of the scale, up to 9.
    var ratingKeys: [(key: Character, rating: String)] {
        zip("123456789", scale).map { ($0, $1) }
    }

    func assertion(_ page: Page) -> String {
        let claim = page.claim
        let header = ScreenStyle.bold("assay review") + " · " + ScreenStyle.bold("\(page.number) of \(page.total) unreviewed")
            + " · by \(analyst) · \(claim.document)@\(claim.version)"
        var bottom = messageLines(page.message, most: 2) + [""] + legend()
        // On a short terminal the keys shrink to one line before the assertion loses its place.
        if rows - 2 - bottom.count < 3 { bottom = messageLines(page.message, most: 1) + [compactLegend] }
        return frame([header] + body(page, room: rows - 2 - bottom.count) + bottom)
    }

    /// What is between the header and the message, in `room` lines: the paragraph takes the rows
    /// the rest leaves, and when it would get fewer than its claim needs, the rest gives way —
    /// the flags first, then the reasons, the blank lines, the verdict's record.
    private func body(_ page: Page, room: Int) -> [String] {
        let claim = page.claim
        let id = AssertionID.shown(claim.id)
        let about = ["\(claim.kind.rawValue)", "check-worthiness \(String(format: "%.2f", claim.checkworthiness))", id] + claim.reasons
        var reasons = ScreenText.truncate(ScreenText.wrap(about.joined(separator: " · "), width: width), to: 2, width: width)
        let paragraph = paragraphLines(page)
        var flagRoom = flags(page.detail, most: .max).count
        var record = self.record(claim, page.detail) + draftLines(page.draft)
        var gaps = 3
        let wanted = min(paragraph.lines.count, max(3, paragraph.claim.count + 2))
        func spare() -> Int { room - reasons.count - flagRoom - record.count - gaps - wanted }
        if spare() < 0 { flagRoom = max(2, flagRoom + spare()) }
        if spare() < 0 { reasons = ScreenText.truncate(reasons, to: 1, width: width) }
        if spare() < 0 { gaps = max(0, gaps + spare()) }
        if spare() < 0 { record = ScreenText.truncate(record, to: max(1, record.count + spare()), width: width) }
        if spare() < 0 { flagRoom = max(1, flagRoom + spare()) }
        let flags = self.flags(page.detail, most: flagRoom)
        let paragraphRoom = max(1, room - reasons.count - flags.count - record.count - gaps)

        var lines = reasons.map(ScreenStyle.dim)
        if gaps >= 2 { lines.append("") }
        lines += ScreenText.window(paragraph.lines, showing: paragraph.claim, room: paragraphRoom, indent: "  ")
        if gaps >= 1 { lines.append("") }
        lines += flags + record
        if gaps >= 3 { lines.append("") }
        return lines
    }

    private func paragraphLines(_ page: Page) -> (lines: [String], claim: Range<Int>) {
        if let detail = page.detail {
            return HighlightedParagraph(detail: detail, style: style).lines(width: width, indent: "  ")
        }
        let lines = ScreenText.wrap(page.claim.text, width: width - 2).map { "  " + ScreenStyle.bold($0) }
        return (lines, 0..<lines.count)
    }

    /// The help, in pages that fit the screen: Space turns a page, any other key goes back.
    func helpPages() -> [String] {
        var keys = ratingKeys.map { (String($0.key), "record the verdict ‘\($0.rating)’, then go to the next claim") }
        if scale.count > ratingKeys.count {
            keys.append(("", "ratings past the ninth: 'assay verdict CLAIM RATING'"))
        }
        let credibility = VerdictGrade.credibilityMeanings.enumerated().map { "\($0.offset + 1) \($0.element)" }
        keys += [
            ("g", "credibility of the information (Admiralty: \(credibility.joined(separator: ", "))): it is recorded on "
                + "your verdict on this claim, as a new entry in its history with the same rating; without one, it is kept "
                + "for the verdict you give next"),
            ("h", "how sure you are (confidence): l low, m medium, h high; recorded as g is"),
            ("n", "type a note; it is saved with the next verdict you give this claim (or the next g or h)"),
            ("c", "cite evidence: its URL, then s supports, r refutes or x context, then a quote (optional)"),
            ("s", "skip: it stays unreviewed and comes back in the next session"),
            ("d", "dismiss: not a claim (asks why); it leaves the queue, and 'assay dismiss CLAIM --undo' brings it back"),
            ("t", "tag it: one or more labels, separated by spaces"),
            ("b", "back to the previous claim, to change its verdict (the new one is added to its history)"),
            ("u", "undo: the last decisions of this session, most recent first; Enter or 1 takes back the latest, 2 to 9 "
                + "an earlier one, Esc cancels. A verdict (or a grade) is retracted, its history keeping it; a dismissal is "
                + "withdrawn; tags are removed. Citations stay"),
            ("?", "this help"),
            ("q", "quit (Ctrl-C too); the next session starts at the first claim still without a verdict"),
        ]
        var lines: [String] = []
        for (key, meaning) in keys {
            let wrapped = ScreenText.wrap(meaning, width: width - 5, indent: "")
            lines += wrapped.enumerated().map { index, line in
                (index == 0 ? "  \(ScreenStyle.bold(key.isEmpty ? " " : key))  " : "     ") + line
            }
        }
        lines += ["", "  Esc cancels a prompt; Backspace erases, Enter answers.", ""]
        lines.append("The claim is in bold in its paragraph; its findings are marked by category:")
        lines.append("  " + ["attribution", "numeric", "framing"].map(style.category).joined(separator: "  "))

        let title = [ScreenStyle.bold("assay review — keys"), ""]
        let room = max(1, rows - 1 - title.count - 2)
        let pages = stride(from: 0, to: lines.count, by: room).map { Array(lines[$0..<min($0 + room, lines.count)]) }
        return pages.enumerated().map { number, page in
            let footer = pages.count == 1 ? "Press any key to go back to the review."
                : number + 1 < pages.count ? "Page \(number + 1) of \(pages.count): Space for more, any other key goes back to the review."
                : "Page \(number + 1) of \(pages.count): any key goes back to the review."
            return frame(title + page + ["", ScreenStyle.dim(footer)])
        }
    }

    /// How many of the session's decisions the undo list shows: nine at most, as many as fit.
    var undoListLength: Int { max(1, min(9, rows - 5)) }

    /// `recent` decisions, the latest first, numbered for the key that takes one back.
    func undoList(_ recent: [ReviewDecision]) -> String {
        var lines = [ScreenStyle.bold("assay review") + " · undo: the last decisions of this session, the latest first", ""]
        for (index, decision) in recent.enumerated() {
            let text = InvisibleCharacters.forTerminal(decision.claim.text)
            lines.append("  \(ScreenStyle.bold(String(index + 1)))  \(decision.summary) · " + ScreenStyle.dim("“\(text)”"))
        }
        let others = recent.count > 1 ? ", \(recent.count == 2 ? "2" : "2 to \(recent.count)") an earlier one" : ""
        lines += ["", "\(ScreenStyle.bold("Enter")) or \(ScreenStyle.bold("1")) takes back the latest\(others) · "
                      + "\(ScreenStyle.bold("Esc")) cancels"]
        return frame(lines)
    }

    func end(total: Int, reviewed: Int, skipped: Int, message: Message?) -> String {
        let lines = [
            ScreenStyle.bold("assay review") + " · end of the queue",
            "",
            "All \(Noun.count(total, "claim")) of this session seen: reviewed \(reviewed), skipped \(skipped).",
            "",
        ] + messageLines(message, most: 2) + [
            "",
            "\(ScreenStyle.bold("u")) undo · \(ScreenStyle.bold("b")) back · \(ScreenStyle.bold("q")) quit",
        ]
        return frame(lines)
    }

    /// Clears the terminal and draws `lines`, each cut to the width; when there are more than
    /// `rows - 1`, the first (the header) and the last ones (the keys) are kept.
    private func frame(_ lines: [String]) -> String {
        let most = max(1, rows - 1)
        let fitted = lines.count > most ? [lines[0]] + lines.suffix(most - 1) : lines
        return ScreenStyle.clear + fitted.map { ScreenText.clip($0, width: width) }.joined(separator: "\n") + "\n"
    }

    /// The standing flags in `most` lines: whole flags, and a last line saying how many more there are.
    private func flags(_ detail: AssertionDetail?, most: Int) -> [String] {
        guard let detail else { return [] }
        let standing = detail.findings.filter { $0.dismissal == nil }
        guard !standing.isEmpty else { return [ScreenStyle.dim("No findings.")] }
        let entries = standing.map { finding in
            let text = "\(finding.severity.rawValue) \(finding.rule): \(finding.message)"
            let wrapped = ScreenText.wrap(text, width: width - finding.category.count - 5, indent: "    ")
            return wrapped.enumerated().map { index, line in
                index == 0 ? "  ⚑ \(style.category(finding.category)) \(line)" : line
            }
        }
        var lines = ["Findings (\(standing.count)):"]
        guard lines.count + entries.joined().count > most else { return lines + entries.joined() }
        var shown = 0
        while shown < entries.count, lines.count + entries[shown].count < most {
            lines += entries[shown]
            shown += 1
        }
        lines.append(ScreenStyle.dim("  … \(Noun.count(entries.count - shown, "more finding")): 'assay show \(detail.claim.document):"
                                     + "\(AssertionID.shown(detail.claim.id))'"))
        return Array(lines.prefix(max(1, most)))
    }

    private func record(_ claim: ReviewedAssertion, _ detail: AssertionDetail?) -> [String] {
        // The detail was read just now, so it shows a verdict another analyst gave meanwhile.
        guard let current = detail?.claim.verdict ?? claim.verdict else { return ["Verdict: unreviewed"] }
        var lines = ["Verdict: " + ScreenStyle.bold(current.rating) + " (\(current.analyst), \(current.createdAt))"]
        if let earlier = detail.map({ $0.verdicts.standing.count - 1 }), earlier > 0 { lines[0] += " · \(earlier) earlier" }
        let grade = VerdictGrade(of: current)
        if !grade.isEmpty { lines += ScreenText.wrap("  " + grade.description, width: width, indent: "  ") }
        if (detail?.claim ?? claim).needsReview { lines.append(ScreenStyle.bold("  carried from an earlier wording: needs re-review")) }
        if let note = current.note, !note.isEmpty { lines += ScreenText.wrap("  “\(note)”", width: width, indent: "   ") }
        if let citations = detail?.citations, !citations.isEmpty {
            lines.append("Citations: \(citations.count) (\(citations.map(\.stance).joined(separator: ", ")))")
        }
        return lines
    }

    /// What the analyst prepared for the next verdict.
    private func draftLines(_ draft: ReviewSession.Draft) -> [String] {
        var lines: [String] = []
        if let note = draft.note { lines += ScreenText.wrap("Note for the next verdict: “\(note)”", width: width, indent: "  ") }
        if !draft.grade.isEmpty {
            lines += ScreenText.wrap("Grade for the next verdict: \(draft.grade.description)", width: width, indent: "  ")
        }
        return lines
    }

    /// The keys, packed into as few lines as fit: the ratings first, then the commands.
    private func legend() -> [String] {
        let ratings = ratingKeys.map { (String($0.key), $0.rating) }
        let commands = [("c", "cite"), ("n", "note"), ("g", "credibility"), ("h", "confidence"), ("t", "tag"), ("d", "dismiss"),
                        ("s", "skip"), ("b", "back"), ("u", "undo"), ("?", "help"), ("q", "quit")]
        return packed(ratings, separator: "  ") + packed(commands, separator: " · ")
    }

    /// The keys in one line, for a terminal too short for the legend.
    private var compactLegend: String {
        let ratings = ratingKeys.count > 1 ? "1–\(ratingKeys.count)" : "1"
        return "\(ScreenStyle.bold(ratings)) verdict · \(ScreenStyle.bold("?")) keys · \(ScreenStyle.bold("q")) quit"
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

    /// The message wrapped to the width, in `most` lines at most; an empty line when there is none.
    private func messageLines(_ message: Message?, most: Int) -> [String] {
        guard let message else { return [""] }
        let (text, paint): (String, (String) -> String) = switch message {
        case .done(let text): (text, style.success)
        case .problem(let text): (text, style.failure)
        }
        return ScreenText.truncate(ScreenText.wrap(text, width: width), to: most, width: width).map(paint)
    }
}
