import AssayCore
import Extraction
import RulesEngine

/// Extracts and flags inputs a batch at a time, the documents of a batch in parallel on every
/// core (documents are independent); results come back in input order.
struct DocumentBatcher {
    /// One input's outcome: the flagged document and the rules' warnings, or why it could not be read.
    typealias Extracted = Result<(item: InputItem, document: Document, warnings: [RuleWarning]), InputError>

    let engine: RuleEngine
    let format: DocumentFormat?
    /// Documents per batch: enough to keep the cores busy and to share one database commit,
    /// few enough that memory stays bounded by the batch, not the corpus.
    static let size = 64

    func extract(_ inputs: ArraySlice<Result<InputItem, InputError>>) -> [Extracted] {
        let extractor = Extractor()
        return ParallelMap.map(Array(inputs)) { input in
            Result { () throws(InputError) in
                let item = try input.get()
                let (document, warnings) = engine.apply(to: try extractor.extract(item, format: format))
                return (item, document, warnings)
            }
        }
    }
}
