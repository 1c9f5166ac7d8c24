import AssayCore
import Dispatch
import Extraction
import Foundation
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
        let inputs = Array(inputs)
        let results = ResultSlots<Extracted>(count: inputs.count)
        let extractor = Extractor()
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let extracted: Extracted = Result { () throws(InputError) in
                let item = try inputs[index].get()
                let (document, warnings) = engine.apply(to: try extractor.extract(item, format: format))
                return (item, document, warnings)
            }
            results.set(index, extracted)
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
