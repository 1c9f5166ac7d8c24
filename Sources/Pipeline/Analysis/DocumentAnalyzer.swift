import AssayCore
import Extraction
import RulesEngine

/// Reads an input, extracts its assertions and flags them: the one way every front end turns
/// an article into a `Document`.
public struct DocumentAnalyzer: Sendable {
    public let engine: RuleEngine
    /// The format every input is read as; nil to decide per input.
    public let format: DocumentFormat?
    /// The legacy encoding every input is in; nil for UTF-8 or UTF-16.
    public let encoding: LegacyEncoding?

    /// How assertions get their check-worthiness.
    public let scorer: CheckworthinessScorer
    /// How web addresses are fetched.
    public let fetcher: PageFetcher

    public init(engine: RuleEngine, scorer: CheckworthinessScorer, format: DocumentFormat? = nil,
                encoding: LegacyEncoding? = nil, fetcher: PageFetcher = PageFetcher()) {
        self.engine = engine
        self.scorer = scorer
        self.format = format
        self.encoding = encoding
        self.fetcher = fetcher
    }

    /// An input made into a flagged document.
    public struct Analyzed: Sendable {
        public var document: Document
        /// What the rules warn about on it.
        public var warnings: [RuleWarning]
        /// The page or PDF its text was got out of, to keep with it.
        public var evidence: InputEvidence?
    }

    /// Reads (or fetches) the input, extracts and flags it.
    public func analyze(_ item: InputItem) throws(InputError) -> Analyzed {
        let extractor = Extractor(scorer: scorer)
        var document: Document
        let evidence: InputEvidence?
        if case .webPage(let address) = item {
            let page = try fetcher.fetch(address)
            guard page.isReadable else {
                throw InputError(source: address, problem: .notADocument(mediaType: page.mediaType ?? "unknown"))
            }
            // A charset is believed only where the bytes are not UTF-8: servers often name
            // ISO-8859-1 for pages that are UTF-8.
            let declared = String(validating: page.bytes, as: UTF8.self) == nil ? page.legacyEncoding : nil
            document = try extractor.extract(bytes: page.bytes, source: address, format: format ?? page.declaredFormat,
                                             encoding: encoding ?? declared)
            document.metadata.url = document.metadata.url ?? page.finalAddress
            evidence = page.evidence
        } else {
            let bytes = try InputReader.read(item)
            document = try extractor.extract(bytes: bytes, source: item.source, format: format ?? item.declaredFormat,
                                             encoding: encoding)
            evidence = PDFText.isPDF(bytes) ? InputEvidence(bytes: bytes, mediaType: "application/pdf") : nil
        }
        let (flagged, warnings) = engine.apply(to: document)
        return Analyzed(document: flagged, warnings: warnings, evidence: evidence)
    }
}
