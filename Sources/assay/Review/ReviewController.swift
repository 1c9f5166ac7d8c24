import Foundation
import AssayCore
import Reporting
import ReviewStore

/// Runs a review session at the terminal: draws the current screen, reads one key, does what
/// it says, until the analyst quits or the terminal goes away.
struct ReviewController {
    /// What the session did, for the line printed after it.
    struct Summary {
        var reviewed: Int
        var skipped: Int
        var unsavedNotes: Int
    }

    let store: Workbench
    let analyst: String
    let screen: ReviewScreen
    let keys: KeyReader
    private var session: ReviewSession
    private var message: ReviewScreen.Message?

    init(store: Workbench, analyst: String, screen: ReviewScreen, keys: KeyReader, queue: [ReviewedAssertion]) {
        self.store = store
        self.analyst = analyst
        self.screen = screen
        self.keys = keys
        session = ReviewSession(queue: queue)
    }

    private var prompt: LinePrompt { LinePrompt(keys: keys, width: screen.width) }

    mutating func run() -> Summary {
        repeat { draw() } while handle(keys.next())
        return Summary(reviewed: session.reviewed, skipped: session.skipped, unsavedNotes: session.unsavedNotes)
    }

    /// Does what `key` says; false when the session ends.
    private mutating func handle(_ key: Key) -> Bool {
        message = nil
        guard case .character(let character) = key else {
            return key != .interrupt && key != .endOfInput
        }
        switch character {
        case "q": return false
        case "?": return help()
        case "b": back()
        case "u": undo()
        case _ where session.isAtEnd: message = .problem("this is the end of the queue: b goes back, q quits")
        case "s": session.skip()
        case "n": return note()
        case "c": return cite()
        case "t": return tag()
        case "d": return dismiss()
        default: verdict(character)
        }
        return true
    }

    private mutating func draw() {
        guard let claim = session.current else {
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
                                     note: session.pendingNote, message: message)
        StandardStream.standardOutput.write(screen.assertion(page))
    }

    /// `DOC:ID`: unambiguous even when two documents hold the same assertion.
    private func reference(_ claim: ReviewedAssertion) -> String { "\(claim.document):\(claim.id)" }

    private mutating func back() {
        guard session.canGoBack else { return message = .problem("this is the first assertion of the session") }
        session.back()
    }

    /// Takes back the last verdict given in this session (a retraction in its history) and
    /// returns to its assertion.
    private mutating func undo() {
        guard let claim = session.lastGiven else { return message = .problem("no verdict of this session to undo") }
        do throws(WorkbenchError) {
            let retracted = try store.retractVerdict(claim: reference(claim), analyst: analyst)
            session.undid(current: retracted.current)
            let now = retracted.current.map { "; ‘\($0.rating)’ stands" } ?? ""
            message = .done("took back ‘\(retracted.retracted.rating)’ on \(AssertionFormatting.shortID(claim.id))\(now)")
        } catch {
            message = .problem(error.description)
        }
    }

    private mutating func verdict(_ key: Character) {
        guard let claim = session.current else { return }
        guard let rating = screen.ratingKeys.first(where: { $0.key == key })?.rating else {
            return message = .problem("no command on ‘\(key)’; press ? for the keys")
        }
        let note = session.pendingNote
        do throws(WorkbenchError) {
            let recorded = try store.recordVerdict(VerdictRequest(claim: reference(claim), rating: rating, note: note,
                                                                  analyst: analyst))
            session.recorded(recorded.verdict)
            message = .done("recorded ‘\(rating)’ on \(AssertionFormatting.shortID(claim.id))\(note == nil ? "" : " with the note")")
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
        do throws(WorkbenchError) {
            let all = try store.tag(reference(claim), tags: tags, analyst: analyst)
            message = .done("tagged \(AssertionFormatting.shortID(claim.id)): \(all.joined(separator: ", "))")
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
            session.skip()
            message = .done("dismissed \(AssertionFormatting.shortID(claim.id)) as not a claim")
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
            message = .done(session.pendingNote == nil ? "no note" : "note unchanged")
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
            message = .done("cited [\(request.stance.rawValue)] \(request.url) on \(AssertionFormatting.shortID(claim.id))")
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

    private mutating func help() -> Bool {
        StandardStream.standardOutput.write(screen.help())
        let key = keys.next()
        return key != .interrupt && key != .endOfInput
    }
}
