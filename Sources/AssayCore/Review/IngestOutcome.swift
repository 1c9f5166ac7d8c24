/// What `ingest` did with one document.
public struct IngestOutcome: Sendable, Equatable, Encodable {
    public enum Status: String, Sendable, Encodable {
        /// The text is identical to the latest stored version: nothing was written.
        case unchanged
        /// A document new to the workbench.
        case created
        /// A changed text of a document already stored.
        case newVersion = "new-version"
    }

    public var status: Status
    public var document: String
    public var version: Int
    public var assertions: Int
    public var findings: Int
    /// Assertions of this version that already had a verdict: their verdicts carry over.
    public var carriedVerdicts: Int
    /// Earlier assertions with verdicts found again, reworded: their verdicts follow, for re-review.
    public var reworded: Int
    /// Earlier assertions with verdicts no longer found: their verdicts are orphaned (`assay claims --orphaned`).
    public var orphaned: Int
    /// Analyst-added assertions whose quote is no longer in the text.
    public var unplacedAnnotations: [String]

    public init(status: Status, document: String, version: Int, assertions: Int, findings: Int, carriedVerdicts: Int,
                reworded: Int, orphaned: Int, unplacedAnnotations: [String]) {
        self.status = status
        self.document = document
        self.version = version
        self.assertions = assertions
        self.findings = findings
        self.carriedVerdicts = carriedVerdicts
        self.reworded = reworded
        self.orphaned = orphaned
        self.unplacedAnnotations = unplacedAnnotations
    }
}
