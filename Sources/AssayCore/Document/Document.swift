/// A document after extraction: its normalised text and everything found in it.
///
/// Every offset (paragraph, sentence, assertion, finding) is a Unicode scalar offset into `text`.
public struct Document: Sendable, Hashable, Codable {
    /// The path the document was read from, or `-` for standard input.
    public var source: String
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    public var text: String
    public var boilerplate: [BoilerplateLine]
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var assertions: [Assertion]
    public var findings: [Finding]

    public init(source: String, format: DocumentFormat, metadata: DocumentMetadata, text: String,
                boilerplate: [BoilerplateLine], paragraphs: [Paragraph], sentences: [Sentence],
                assertions: [Assertion], findings: [Finding] = []) {
        self.source = source
        self.format = format
        self.metadata = metadata
        self.text = text
        self.boilerplate = boilerplate
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.assertions = assertions
        self.findings = findings
    }

    public var title: String? { metadata.title }
}
