import Alignment

/// The counts of a diff: assertions by status, callouts by subject and change, verdicts by what
/// became of them.
public struct DiffSummary: Sendable, Equatable, Codable {
    public var unchanged = 0
    public var modified = 0
    public var added = 0
    public var removed = 0
    public var moved = 0
    /// Callouts by "subject change" ("number changed", "framing added"…).
    public var callouts: [String: Int] = [:]
    public var verdictsKept = 0
    public var verdictsNeedingReview = 0
    public var verdictsOrphaned = 0

    init(_ entries: [DiffEntry]) {
        for entry in entries {
            switch entry.status {
            case .unchanged: unchanged += 1
            case .modified: modified += 1
            case .added: added += 1
            case .removed: removed += 1
            case .moved: moved += 1
            }
            for callout in entry.callouts { callouts["\(callout.subject.rawValue) \(callout.change.rawValue)", default: 0] += 1 }
            switch entry.carry {
            case .kept?: verdictsKept += 1
            case .needsReview?: verdictsNeedingReview += 1
            case .orphaned?: verdictsOrphaned += 1
            case nil: break
            }
        }
    }

    /// Whether the new version states anything differently.
    public var hasChanges: Bool { modified + added + removed + moved > 0 || !callouts.isEmpty }

    public func count(_ status: AlignmentStatus) -> Int {
        switch status {
        case .unchanged: unchanged
        case .modified: modified
        case .added: added
        case .removed: removed
        case .moved: moved
        }
    }
}
