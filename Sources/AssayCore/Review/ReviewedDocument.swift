/// One version of a document with everything recorded about it: what a report is made of.
/// Built from the workbench (`Workbench.reviewedDocument`) or, without one, from a freshly
/// analyzed document (no verdicts).
public struct ReviewedDocument: Sendable, Codable, Equatable {
    public struct Header: Sendable, Codable, Equatable {
        /// The workbench name (the file's name for an unstored document).
        public var name: String
        public var title: String?
        public var url: String?
        public var publisher: String?
        public var author: String?
        /// The version reported and how many there are; nil for an unstored document.
        public var version: Int?
        public var versions: Int?
        /// SHA-256 of the normalised text.
        public var contentHash: String
        /// When the version was stored, or for a fetched page when it was fetched.
        public var ingestedAt: String?
        /// Where the text was read from.
        public var source: String
        /// For a fetched page, the address the fetch ended at (after redirects).
        public var fetchedFrom: String?
        /// The content hash of the page or PDF the text was read from (`assay evidence`).
        public var evidenceHash: String?
        /// Everyone who recorded a verdict or citation on the document, sorted.
        public var analysts: [String]

        public init(
            name: String,
            title: String? = nil,
            url: String? = nil,
            publisher: String? = nil,
            author: String? = nil,
            version: Int? = nil,
            versions: Int? = nil,
            contentHash: String,
            ingestedAt: String? = nil,
            source: String,
            fetchedFrom: String? = nil,
            evidenceHash: String? = nil,
            analysts: [String]
        ) {
            self.name = name
            self.title = title
            self.url = url
            self.publisher = publisher
            self.author = author
            self.version = version
            self.versions = versions
            self.contentHash = contentHash
            self.ingestedAt = ingestedAt
            self.source = source
            self.fetchedFrom = fetchedFrom
            self.evidenceHash = evidenceHash
            self.analysts = analysts
        }
    }

    public var header: Header
    public var text: String
    public var paragraphs: [Paragraph]
    public var boilerplate: [BoilerplateLine]
    /// The assertions, in document order, without those dismissed as not claims.
    public var claims: [ReviewedAssertion]
    /// The flags that stand (not dismissed by an analyst), in text order.
    public var findings: [FindingEntry]
    /// Every verdict by assertion id, oldest first.
    public var verdicts: [String: [VerdictEntry]]
    public var citations: [String: [CitationEntry]]
    /// The workbench's source registry (empty for an unstored document).
    public var registry: [SourceEntry]
    /// Verdicts whose claims this version no longer has (see `OrphanedVerdict`).
    public var orphaned: [OrphanedVerdict] = []

    /// A document analyzed but not stored: its assertions and findings, no verdicts.
    public init(unreviewed document: Document, publisher: String? = nil) {
        let name = DocumentName.suggest(source: document.source, title: document.title)
        header = Header(name: name, title: document.title, url: document.metadata.url,
                        publisher: publisher ?? document.metadata.siteName, author: document.metadata.author,
                        version: nil, versions: nil, contentHash: ContentHash.sha256(document.text.utf8),
                        ingestedAt: nil, source: document.source, analysts: [])
        text = document.text
        paragraphs = document.paragraphs
        boilerplate = document.boilerplate
        var flags: [String: [String: Int]] = [:]
        for finding in document.findings {
            if let assertion = finding.assertion { flags[assertion, default: [:]][finding.category, default: 0] += 1 }
        }
        claims = document.assertions.enumerated().map { position, assertion in
            ReviewedAssertion(id: assertion.id, document: name, version: 0, position: position, paragraph: assertion.paragraph,
                         sentence: assertion.sentence, start: assertion.start, end: assertion.end, text: assertion.text,
                         kind: assertion.kind, checkworthiness: assertion.checkworthiness, reasons: assertion.reasons,
                         origin: .extractor, flags: flags[assertion.id] ?? [:], verdict: nil, needsReview: false, tags: [],
                         dismissal: nil)
        }
        findings = zip(document.findings, FindingID.ids(document.findings)).map { finding, id in
            FindingEntry(id: id, document: name, version: 0, rule: finding.rule, category: finding.category,
                         severity: finding.severity, start: finding.start, end: finding.end, text: finding.text,
                         message: finding.message, assertion: finding.assertion, fields: finding.fields, dismissal: nil)
        }
        verdicts = [:]
        citations = [:]
        registry = []
    }

    public init(header: Header, text: String, paragraphs: [Paragraph], boilerplate: [BoilerplateLine], claims: [ReviewedAssertion],
         findings: [FindingEntry], verdicts: [String: [VerdictEntry]], citations: [String: [CitationEntry]],
         registry: [SourceEntry], orphaned: [OrphanedVerdict]) {
        self.header = header
        self.text = text
        self.paragraphs = paragraphs
        self.boilerplate = boilerplate
        self.claims = claims
        self.findings = findings
        self.verdicts = verdicts
        self.citations = citations
        self.registry = registry
        self.orphaned = orphaned
    }
}
