/// What `assay match` found across a set of documents.
public struct ClaimMatch: Sendable, Equatable, Codable {
    public var thresholds: MatchThresholds
    /// The names of the documents compared, in the order given.
    public var documents: [String]
    /// The documents whose claims were searched against all the others (`--doc`, `--since`);
    /// nil when every document's were.
    public var queried: [String]?
    /// Best first; the first `limit` when there is a limit.
    public var groups: [ClaimGroup]
    /// Pairs at or above the suggestion threshold that are not inside one group, best first.
    public var suggested: [ClaimPair]
    /// Pairs below the suggestion threshold that state the same specific figure of different
    /// referents and share a rare content word: about one thing, one of them may have the figure
    /// wrong. Most words in common first.
    public var contradictions: [ClaimPair]
    /// How many there are of each, shown or not.
    public var totals: MatchTotals
    /// How many of each list are shown; 0 for all.
    public var limit: Int
}
