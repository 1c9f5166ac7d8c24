import AssayCore
import ReviewStore

/// Where an analyst is in one review session: the queue taken at the start, the position in
/// it, and what was done to each assertion. No input or output happens here.
///
/// Moving is always one step: a verdict or a skip moves forward, `b` moves back. So the queue
/// itself is the history `b` walks back through, and going forward again after `b` passes the
/// same assertions in the same order.
struct ReviewSession {
    enum Outcome {
        case reviewed
        case skipped
    }

    /// What the analyst prepared for an assertion's next verdict: a note (`n`) and a grade (`g`, `h`).
    struct Draft {
        var note: String?
        var grade = VerdictGrade()

        var isEmpty: Bool { note == nil && grade.isEmpty }
    }

    private(set) var queue: [ReviewedAssertion]
    /// `queue.count` once past the last assertion.
    private(set) var position = 0
    private var outcomes: [Int: Outcome] = [:]
    /// Drafts by position, waiting for the verdict they go with.
    private var drafts: [Int: Draft] = [:]
    /// What this session recorded and has not taken back, oldest first: what `u` offers.
    private(set) var decisions: [ReviewDecision] = []

    init(queue: [ReviewedAssertion]) {
        self.queue = queue
    }

    var current: ReviewedAssertion? { queue.indices.contains(position) ? queue[position] : nil }
    var isAtEnd: Bool { position >= queue.count }
    var canGoBack: Bool { position > 0 }

    var draft: Draft { drafts[position] ?? Draft() }
    var reviewed: Int { outcomes.values.filter { $0 == .reviewed }.count }
    var skipped: Int { outcomes.values.filter { $0 == .skipped }.count }
    /// Notes and grades prepared for assertions that were then left without a verdict.
    var unsavedDrafts: Int { drafts.count }

    /// Keeps `note` for the current assertion's next verdict; an empty note drops it.
    mutating func keep(note: String) {
        update { $0.note = note.isEmpty ? nil : note }
    }

    /// Keeps the parts `grade` sets for the current assertion's next verdict.
    mutating func keep(grade: VerdictGrade) {
        update { $0.grade = $0.grade.changed(by: grade) }
    }

    private mutating func update(_ change: (inout Draft) -> Void) {
        guard !isAtEnd else { return }
        var draft = self.draft
        change(&draft)
        drafts[position] = draft.isEmpty ? nil : draft
    }

    /// The current assertion got `verdict` (its draft went with it): on to the next.
    mutating func recorded(_ verdict: VerdictEntry) {
        guard !isAtEnd else { return }
        keep(verdict, regraded: false)
        position += 1
    }

    /// The analyst's verdict on the current assertion was recorded again with a new grade (and
    /// the draft's note, if any); the assertion stays on screen.
    mutating func regraded(_ verdict: VerdictEntry) {
        guard !isAtEnd else { return }
        keep(verdict, regraded: true)
    }

    private mutating func keep(_ verdict: VerdictEntry, regraded: Bool) {
        queue[position].verdict = verdict
        outcomes[position] = .reviewed
        drafts[position] = nil
        decisions.append(ReviewDecision(position: position, claim: queue[position], act: .verdict(verdict, regraded: regraded)))
    }

    mutating func dismissed(reason: String) {
        guard let claim = current else { return }
        decisions.append(ReviewDecision(position: position, claim: claim, act: .dismissal(reason: reason)))
        skip()
    }

    /// `tags` were added to the current assertion (none of them it had before).
    mutating func tagged(_ tags: [String]) {
        guard let claim = current, !tags.isEmpty else { return }
        decisions.append(ReviewDecision(position: position, claim: claim, act: .tags(tags)))
    }

    /// The decision at `index` of `decisions` was taken back (`standing` is the verdict that
    /// stands now, for a verdict): back to its assertion, which counts as reviewed only while a
    /// verdict of the session stands on it.
    mutating func tookBack(_ index: Int, standing: VerdictEntry? = nil) {
        guard decisions.indices.contains(index) else { return }
        let decision = decisions.remove(at: index)
        position = decision.position
        if case .tags = decision.act { return }
        if decision.isVerdict { queue[position].verdict = standing }
        outcomes[position] = decisions.contains { $0.position == position && $0.isVerdict } ? .reviewed : nil
    }

    /// Leaves the current assertion unreviewed (a verdict given earlier in the session stands).
    mutating func skip() {
        guard !isAtEnd else { return }
        if outcomes[position] != .reviewed { outcomes[position] = .skipped }
        position += 1
    }

    mutating func back() {
        if canGoBack { position -= 1 }
    }
}
