/// The sizes of a match, whatever `--limit` shows.
public struct MatchTotals: Sendable, Equatable, Codable {
    public var groups: Int
    public var suggested: Int
    public var contradictions: Int
    /// Documents and claims compared: with `--doc` against a workbench, all of the workbench's,
    /// though only those sharing rare words with the documents searched are read.
    public var documents: Int
    public var claims: Int
    /// Candidate pairs the index found and that were scored (never every pair).
    public var scoredPairs: Int
}
