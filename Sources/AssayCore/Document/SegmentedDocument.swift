/// A document cut into sentences, and into assertions when asked, with nothing else worked out:
/// what `assay segment` prints. Spans are Unicode scalar offsets into `text`, as in `Document`.
public struct SegmentedDocument: Sendable, Hashable {
    /// The path the document was read from, or `-` for standard input.
    public var source: String
    public var format: DocumentFormat
    /// The normalised text, the same as `Document.text` for the same input.
    public var text: String
    public var sentences: [Span]
    /// nil when assertion splitting was not asked for.
    public var assertions: [Span]?

    public init(source: String, format: DocumentFormat, text: String, sentences: [Span], assertions: [Span]?) {
        self.source = source
        self.format = format
        self.text = text
        self.sentences = sentences
        self.assertions = assertions
    }
}
