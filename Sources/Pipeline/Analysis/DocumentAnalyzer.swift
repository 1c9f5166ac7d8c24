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

    public init(engine: RuleEngine, scorer: CheckworthinessScorer, format: DocumentFormat? = nil,
                encoding: LegacyEncoding? = nil) {
        self.engine = engine
        self.scorer = scorer
        self.format = format
        self.encoding = encoding
    }

    /// The flagged document and the rules' warnings on it.
    public func analyze(_ item: InputItem) throws(InputError) -> (document: Document, warnings: [RuleWarning]) {
        engine.apply(to: try Extractor(scorer: scorer).extract(item, format: format, encoding: encoding))
    }
}
