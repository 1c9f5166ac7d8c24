/// One match of `assay search`.
public struct SearchHit: Sendable, Codable, Equatable {
    /// What matched: `assertion` text, a verdict `note` or a `citation` excerpt.
    public var kind: String
    public var document: String
    public var assertion: String
    /// The matching passage; matched terms are wrapped in ⟦ ⟧.
    public var snippet: String
}
