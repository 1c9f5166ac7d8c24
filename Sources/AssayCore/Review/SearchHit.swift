/// One match of `assay search`.
public struct SearchHit: Sendable, Codable, Equatable {
    /// What matched: `assertion` text, a verdict `note` or a `citation` excerpt.
    public var kind: String
    public var document: String
    public var assertion: String
    /// The matching passage; matched terms are wrapped in ⟦ ⟧.
    public var snippet: String

    public init(kind: String, document: String, assertion: String, snippet: String) {
        self.kind = kind
        self.document = document
        self.assertion = assertion
        self.snippet = snippet
    }
}
