/// How a figure relates to the true quantity, as the `bound` field of a numeric finding.
enum NumericBound: String, Sendable, CaseIterable {
    case exact, lower, upper, approximate, range, vague

    /// The bounds a hedge phrase may set in a pack's `numeric.hedges`.
    static let hedgeBounds: [NumericBound] = [.lower, .upper, .approximate]
}

/// What a figure measures, as the `type` field of a numeric finding.
enum NumericType: String, Sendable {
    case count, percentage, proportion, date
}
