/// One match of `assay search`.
public struct SearchHit: Sendable, Codable, Equatable {
    /// What matched: `assertion` text, a verdict `note` or a `citation` excerpt.
    public var kind: String
    public var document: String
    public var assertion: String
    /// The matching passage; matched terms are wrapped in ⟦ ⟧.
    public var snippet: String
    /// For an assertion no longer in its document's latest version (`search --all-versions`):
    /// the last version that had it.
    public var version: Int?

    public init(kind: String, document: String, assertion: String, snippet: String, version: Int? = nil) {
        self.kind = kind
        self.document = document
        self.assertion = assertion
        self.snippet = snippet
        self.version = version
    }
}
