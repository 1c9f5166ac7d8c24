/// Claims from different documents that make the same assertion, in whatever words.
public struct ClaimGroup: Sendable, Equatable, Codable {
    /// In the order of the documents compared, then of each document's claims.
    public var members: [MatchMember]
    /// The scored pairs of members from different documents, best first.
    public var pairs: [ClaimPair]
    /// The figure the best-scoring pair shares, if any (as the first of its two claims words it).
    public var figure: ClaimFigure?
    /// For each member without a verdict, the verdicts of the members that have one, best match first.
    public var suggestions: [VerdictSuggestion]

    /// The documents the members come from, each once, in member order.
    public var documents: [String] {
        var seen = Set<String>()
        return members.map(\.document).filter { seen.insert($0).inserted }
    }

    /// The best pair's score.
    public var score: Double { pairs.first?.score.value ?? 0 }
}
