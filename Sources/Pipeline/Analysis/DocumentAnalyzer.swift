import AssayCore
import Extraction
import RulesEngine

/// Reads an input, extracts its assertions and flags them: the one way every front end turns
/// an article into a `Document`.
public struct DocumentAnalyzer: Sendable {
    public let engine: RuleEngine
    /// The format every input is read as; nil to decide per input.
    public let format: DocumentFormat?

    public init(engine: RuleEngine, format: DocumentFormat? = nil) {
        self.engine = engine
        self.format = format
    }

    /// The flagged document and the rules' warnings on it.
    public func analyze(_ item: InputItem) throws(InputError) -> (document: Document, warnings: [RuleWarning]) {
        engine.apply(to: try Extractor().extract(item, format: format))
    }
}
