/// A verdict whose claim is no longer in the document's latest version, not even reworded: kept
/// and listed (`assay claims --orphaned`, reports) so no analyst's work silently disappears.
public struct OrphanedVerdict: Sendable, Codable, Equatable {
    public var document: String
    /// The id the claim had.
    public var assertion: String
    /// Its wording in the last version that had it.
    public var text: String
    public var lastVersion: Int
    /// Its latest verdict.
    public var verdict: VerdictEntry

    public init(document: String, assertion: String, text: String, lastVersion: Int, verdict: VerdictEntry) {
        self.document = document
        self.assertion = assertion
        self.text = text
        self.lastVersion = lastVersion
        self.verdict = verdict
    }
}
