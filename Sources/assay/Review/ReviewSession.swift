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

    private(set) var queue: [ReviewedAssertion]
    /// `queue.count` once past the last assertion.
    private(set) var position = 0
    private var outcomes: [Int: Outcome] = [:]
    /// Notes typed with `n`, by position, waiting for the verdict they go with.
    private var notes: [Int: String] = [:]
    /// The positions of the verdicts given in this session, in the order given: what `u` undoes.
    private var given: [Int] = []

    init(queue: [ReviewedAssertion]) {
        self.queue = queue
    }

    var current: ReviewedAssertion? { queue.indices.contains(position) ? queue[position] : nil }
    var isAtEnd: Bool { position >= queue.count }
    var canGoBack: Bool { position > 0 }

    var pendingNote: String? { notes[position] }
    var reviewed: Int { outcomes.values.filter { $0 == .reviewed }.count }
    var skipped: Int { outcomes.values.filter { $0 == .skipped }.count }
    /// Notes typed for assertions that were then left without a verdict.
    var unsavedNotes: Int { notes.count }

    /// Keeps `note` for the current assertion's next verdict; an empty note drops it.
    mutating func keep(note: String) {
        guard !isAtEnd else { return }
        notes[position] = note.isEmpty ? nil : note
    }

    /// The current assertion got `verdict` (its pending note went with it): on to the next.
    mutating func recorded(_ verdict: VerdictEntry) {
        guard queue.indices.contains(position) else { return }
        queue[position].verdict = verdict
        outcomes[position] = .reviewed
        notes[position] = nil
        given.append(position)
        position += 1
    }

    /// The assertion of the last verdict given in this session and not yet undone.
    var lastGiven: ReviewedAssertion? { given.last.map { queue[$0] } }

    /// The last verdict given was taken back (`current` is the verdict that stands now): back to
    /// its assertion, which counts as reviewed only if a verdict still stands.
    mutating func undid(current: VerdictEntry?) {
        guard let last = given.popLast() else { return }
        queue[last].verdict = current
        outcomes[last] = given.contains(last) ? .reviewed : nil
        position = last
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
