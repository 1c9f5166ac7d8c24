import AssayCore
import Dispatch
import Extraction
import Foundation
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
        let inputs = Array(inputs)
        let results = ResultSlots<Outcome<Output>>(count: inputs.count)
        let extractor = Extractor()
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let outcome: Outcome<Output> = Result { () throws(InputError) in
                let item = try inputs[index].get()
                let (document, warnings) = engine.apply(to: try extractor.extract(item, format: format))
                return (make(item, document), warnings)
            }
            results.set(index, outcome)
        }
        return results.values
    }
}

/// Slots that parallel workers fill, each its own index, read once all are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
