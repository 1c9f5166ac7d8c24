import AssayCore
import Extraction
import RulesEngine

/// Extracts and flags inputs a batch at a time, the documents of a batch in parallel on every
/// core (documents are independent); results come back in input order. Each input is read in
/// its worker, and what the command makes of a document (a stored request, rendered output) is
/// made there too, so only the batch is ever in memory.
struct DocumentBatcher {
    /// One input's outcome: what the command made of the flagged document, with the rules'
    /// warnings, or why the input could not be read.
    typealias Outcome<Output> = Result<(output: Output, warnings: [RuleWarning]), InputError>

    let engine: RuleEngine
    let format: DocumentFormat?
    /// Documents per batch: enough to keep the cores busy and to share one database commit,
    /// few enough that memory stays bounded by the batch, not the corpus.
    static let size = 64

    /// Extracts and flags one batch; `make`, run in the workers, turns each document into what
    /// the command keeps of it.
    func extract<Output: Sendable>(_ inputs: ArraySlice<Result<InputItem, InputError>>,
                                   making make: @Sendable (InputItem, Document) -> Output) -> [Outcome<Output>] {
        let extractor = Extractor()
        return ParallelMap.map(Array(inputs)) { input in
            Result { () throws(InputError) in
                let item = try input.get()
                let (document, warnings) = engine.apply(to: try extractor.extract(item, format: format))
                return (make(item, document), warnings)
            }
        }
    }
}
