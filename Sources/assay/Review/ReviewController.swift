import AssayCore
import Foundation
import Reporting
import ReviewStore

/// Runs a review session at the terminal: draws the current screen, reads one key, does what
/// it says, until the analyst quits or the terminal goes away.
struct ReviewController {
    /// What the session did, for the line printed after it.
    struct Summary {
        var reviewed: Int
        var skipped: Int
        var unsavedDrafts: Int
    }

    let store: Workbench
    let analyst: String
    let keys: KeyReader
    private var screen: ReviewScreen
    private var session: ReviewSession
    private var message: ReviewScreen.Message?
    /// The page on screen, read when it was drawn: what a grade key amends, what a prompt redraws.
    private var page: ReviewScreen.Page?

    init(store: Workbench, analyst: String, screen: ReviewScreen, keys: KeyReader, queue: [ReviewedAssertion]) {
        self.store = store
        self.analyst = analyst
        self.screen = screen
        self.keys = keys
        session = ReviewSession(queue: queue)
    }

    private var prompt: LinePrompt {
        let screen = self.screen, page = self.page
        return LinePrompt(keys: keys, width: screen.width) {
            let resized = screen.measured()
            if let page { StandardStream.standardOutput.write(resized.assertion(page)) }
            return resized.width
        }
    }

    mutating func run() -> Summary {
        repeat { draw() } while handle(keys.next())
        return Summary(reviewed: session.reviewed, skipped: session.skipped, unsavedDrafts: session.unsavedDrafts)
    }

    /// Does what `key` says; false when the session ends.
    private mutating func handle(_ key: Key) -> Bool {
        // A resize keeps the message: the same screen is drawn again at the new size.
        if key == .resize { return true }
        message = nil
        guard case .character(let character) = key else {
            return key != .interrupt && key != .endOfInput
        }
        switch character {
        case "q": return false
        case "?": return help()
        case "b": back()
        case "u": return undo()
        case _ where session.isAtEnd: message = .problem("this is the end of the queue: b goes back, q quits")
        case "s": session.skip()
        case "n": return note()
        case "c": return cite()
        case "t": return tag()
        case "d": return dismiss()
        case "g": return credibility()
        case "h": return confidence()
        default: verdict(character)
        }
        return true
    }

    private mutating func draw() {
        screen = screen.measured()
        guard let claim = session.current else {
            page = nil
            return StandardStream.standardOutput.write(screen.end(total: session.queue.count, reviewed: session.reviewed,
                                                                 skipped: session.skipped, message: message))
        }
        var detail: AssertionDetail?
        do throws(WorkbenchError) {
            detail = try store.show(reference(claim))
        } catch {
            message = message ?? .problem(error.description)
        }
        let page = ReviewScreen.Page(claim: claim, detail: detail, number: session.position + 1, total: session.queue.count,
                                     draft: session.draft, message: message)
        self.page = page
        StandardStream.standardOutput.write(screen.assertion(page))
    }

    /// `DOC:ID`: unambiguous even when two documents hold the same assertion.
    private func reference(_ claim: ReviewedAssertion) -> String { "\(claim.document):\(claim.id)" }

    private func shortID(_ claim: ReviewedAssertion) -> String { AssertionID.shown(claim.id) }

    private mutating func back() {
        guard session.canGoBack else { return message = .problem("this is the first claim of the session") }
        session.back()
    }

    private mutating func verdict(_ key: Character) {
        guard let claim = session.current else { return }
        guard let rating = screen.ratingKeys.first(where: { $0.key == key })?.rating else {
            return message = .problem("no command on ‘\(key)’; press ? for the keys")
        }
        let draft = session.draft
        do throws(WorkbenchError) {
            let recorded = try store.recordVerdict(VerdictRequest(claim: reference(claim), rating: rating,
                                                                  credibility: draft.grade.credibility,
                                                                  confidence: draft.grade.confidence, note: draft.note,
                                                                  analyst: analyst))
            session.recorded(recorded.verdict)
            message = .done("recorded \(VerdictGrade.describe(recorded.verdict)) on \(shortID(claim))"
                            + (draft.note == nil ? "" : " with the note"))
        } catch {
            message = .problem(error.description)
        }
    }

    /// Asks for the credibility of the information, 1 to 6, its meanings shown in the message line.
    private mutating func credibility() -> Bool {
        let meanings = VerdictGrade.credibilityMeanings.enumerated().map { "\($0.offset + 1) \($0.element)" }
        message = .done("Credibility of the information: " + meanings.joined(separator: " · "))
        draw()
        do throws(LinePrompt.Stop) {
            let answer = try prompt.choose("Credibility 1–6 (Esc cancels):", Array("123456"))
            return grade(VerdictGrade(credibility: answer.wholeNumberValue))
        } catch {
            message = .done("credibility unchanged")
            return error != .quit
        }
    }

    /// Asks how sure the analyst is: low, medium or high.
    private mutating func confidence() -> Bool {
        let levels: [Character: String] = ["l": "low", "m": "medium", "h": "high"]
        do throws(LinePrompt.Stop) {
            let answer = try prompt.choose("Confidence: l low · m medium · h high (Esc cancels):", ["l", "m", "h"])
            return grade(VerdictGrade(confidence: levels[answer]))
        } catch {
            message = .done("confidence unchanged")
            return error != .quit
        }
    }

    /// Records `change` on the analyst's standing verdict on the assertion on screen — a new entry
    /// in its history with the same rating (and note, unless one is waiting) — or, when the
    /// analyst has none, keeps it for the next verdict.
    private mutating func grade(_ change: VerdictGrade) -> Bool {
        guard let claim = session.current else { return true }
        guard let own = page?.detail?.verdicts.standing.last(where: { $0.analyst == analyst }) else {
            session.keep(grade: change)
            message = .done("\(session.draft.grade.description): kept for the verdict you give next")
            return true
        }
        let grade = VerdictGrade(of: own).changed(by: change)
        let note = session.draft.note ?? own.note
        do throws(WorkbenchError) {
            let recorded = try store.recordVerdict(VerdictRequest(claim: reference(claim), rating: own.rating,
                                                                  credibility: grade.credibility, confidence: grade.confidence,
                                                                  note: note, analyst: analyst))
            session.regraded(recorded.verdict)
            message = .done("recorded \(VerdictGrade.describe(recorded.verdict)) on \(shortID(claim)), a new entry in its history")
        } catch {
            message = .problem(error.description)
        }
        return true
    }

    /// Shows the session's last decisions, the latest first, and takes back the one chosen.
    private mutating func undo() -> Bool {
        guard !session.decisions.isEmpty else {
            message = .problem("nothing of this session to undo")
            return true
        }
        while true {
            screen = screen.measured()
            let recent = Array(session.decisions.reversed().prefix(screen.undoListLength))
            StandardStream.standardOutput.write(screen.undoList(recent))
            let chosen: Int
            switch keys.next() {
            case .enter: chosen = 0
            case .character(let digit) where (1...recent.count).contains(digit.wholeNumberValue ?? 0):
                chosen = (digit.wholeNumberValue ?? 1) - 1
            case .escape:
                message = .done("nothing undone")
                return true
            case .interrupt, .endOfInput: return false
            default: continue
            }
            takeBack(session.decisions.count - 1 - chosen)
            return true
        }
    }

    /// Takes back the decision at `index` of the session's and goes back to its assertion.
    private mutating func takeBack(_ index: Int) {
        let decision = session.decisions[index]
        let claim = decision.claim
        do throws(WorkbenchError) {
            switch decision.act {
            case .verdict(let verdict, _):
                let retracted = try store.retractVerdict(claim: reference(claim), analyst: analyst, verdict: verdict.id)
                session.tookBack(index, standing: retracted.current)
                let now = retracted.current.map { "; \(VerdictGrade.describe($0)) stands" } ?? ""
                message = .done("took back \(VerdictGrade.describe(verdict)) on \(shortID(claim))\(now)")
            case .dismissal:
                _ = try store.dismissClaim(reference(claim), reason: nil, undo: true, analyst: analyst)
                session.tookBack(index)
                message = .done("\(shortID(claim)) is a claim again: its dismissal is withdrawn")
            case .tags(let tags):
                _ = try store.untag(reference(claim), tags: tags, analyst: analyst)
                session.tookBack(index)
                message = .done("removed \(tags.count == 1 ? "the tag" : "the tags") \(tags.joined(separator: ", ")) from \(shortID(claim))")
            }
        } catch {
            message = .problem(error.description)
        }
    }

    /// Asks for tags and adds them to the current assertion.
    private mutating func tag() -> Bool {
        guard let claim = session.current else { return true }
        let tags: [String]
        do throws(LinePrompt.Stop) {
            tags = try prompt.ask("Tags, separated by spaces (Esc cancels):").split(separator: " ").map(String.init)
        } catch {
            message = .done("no tag added")
            return error != .quit
        }
        guard !tags.isEmpty else {
            message = .done("no tag added")
            return true
        }
        let had = Set(page?.detail?.claim.tags ?? claim.tags)
        do throws(WorkbenchError) {
            let all = try store.tag(reference(claim), tags: tags, analyst: analyst)
            session.tagged(tags.filter { !had.contains($0) })
            message = .done("tagged \(shortID(claim)): \(all.joined(separator: ", "))")
        } catch {
            message = .problem(error.description)
        }
        return true
    }

    /// Asks why, then marks the current assertion as not a claim; it leaves the queue.
    private mutating func dismiss() -> Bool {
        guard let claim = session.current else { return true }
        let reason: String
        do throws(LinePrompt.Stop) {
            reason = try prompt.ask("Not a claim because (Esc cancels):")
        } catch {
            message = .done("not dismissed")
            return error != .quit
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            message = .problem("a dismissal needs a reason: press d again")
            return true
        }
        do throws(WorkbenchError) {
            _ = try store.dismissClaim(reference(claim), reason: reason, undo: false, analyst: analyst)
            session.dismissed(reason: reason)
            message = .done("dismissed \(shortID(claim)) as not a claim")
        } catch {
            message = .problem(error.description)
        }
        return true
    }

    private mutating func note() -> Bool {
        do throws(LinePrompt.Stop) {
            let note = try prompt.ask("Note (saved with the next verdict; Esc cancels):")
            session.keep(note: note)
            message = .done(note.isEmpty ? "no note" : "note kept: press a verdict key to save it with the verdict")
        } catch {
            message = .done(session.draft.note == nil ? "no note" : "note unchanged")
            return error != .quit
        }
        return true
    }

    /// Asks for the URL (checked at once), the stance and a quote, then records the citation.
    private mutating func cite() -> Bool {
        guard let claim = session.current else { return true }
        let stances: [Character: CitationRequest.Stance] = ["s": .supports, "r": .refutes, "x": .context]
        let request: CitationRequest
        do throws(LinePrompt.Stop) {
            let url = try prompt.ask("Evidence URL (Esc cancels):")
            if let problem = Self.problem(url: url) {
                message = .problem(problem)
                return true
            }
            let stance = stances[try prompt.choose("Stance: s supports · r refutes · x context:", ["s", "r", "x"])] ?? .context
            let quote = try prompt.ask("Quote from the evidence (optional, Enter for none):")
            request = CitationRequest(claim: reference(claim), url: url, quote: quote.isEmpty ? nil : quote, stance: stance,
                                      analyst: analyst)
        } catch {
            message = .done("citation cancelled")
            return error != .quit
        }
        do throws(WorkbenchError) {
            _ = try store.cite(request)
            message = .done("cited [\(request.stance.rawValue)] \(request.url) on \(shortID(claim))")
        } catch {
            message = .problem(error.description)
        }
        return true
    }

    private static func problem(url: String) -> String? {
        do throws(WorkbenchError) {
            try CitationRequest.validate(url: url)
            return nil
        } catch {
            return error.description
        }
    }

    /// The help, a page at a time; it is drawn again when the terminal is resized.
    private mutating func help() -> Bool {
        var number = 0
        while true {
            screen = screen.measured()
            let pages = screen.helpPages()
            number = min(number, pages.count - 1)
            StandardStream.standardOutput.write(pages[number])
            switch keys.next() {
            case .resize: continue
            case .interrupt, .endOfInput: return false
            case .character(" ") where number + 1 < pages.count: number += 1
            default: return true
            }
        }
    }
}
