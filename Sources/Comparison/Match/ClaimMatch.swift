/// What `assay match` found across a set of documents.
public struct ClaimMatch: Sendable, Equatable, Codable {
    public var thresholds: MatchThresholds
    /// The names of the documents compared, in the order given.
    public var documents: [String]
    /// Best first.
    public var groups: [ClaimGroup]
    /// Pairs at or above the suggestion threshold that are not inside one group, best first.
    public var suggested: [ClaimPair]
}
