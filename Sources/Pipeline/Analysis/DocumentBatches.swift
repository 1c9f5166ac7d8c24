import AssayCore
import Extraction

/// A run's inputs, worked a batch at a time: the inputs of a batch in parallel on every core
/// (documents are independent), their results in input order. Each input is read in its worker,
/// and what the front end makes of it (rendered output, a request to store) is made there too,
/// so only one batch is ever in memory.
public struct DocumentBatches: Sendable {
    /// Documents per batch: enough to keep the cores busy and to share one database commit,
    /// few enough that memory stays bounded by the batch, not the corpus.
    public static let size = 64

    /// The inputs in order; one that could not be found is an error in its place.
    public let inputs: [Result<InputItem, InputError>]

    public init(_ inputs: [Result<InputItem, InputError>]) {
        self.inputs = inputs
    }

    /// Files, folders (searched recursively) and `-` for standard input, as a user gives them.
    public init(locating arguments: [String]) {
        self.init(InputLocator.locate(arguments))
    }

    /// The positions of each batch's inputs, in order.
    public var batches: [Range<Int>] {
        stride(from: 0, to: inputs.count, by: Self.size).map { $0..<min(inputs.count, $0 + Self.size) }
    }

    /// The name of the input at `position`, or "" for one that could not be found.
    public func source(at position: Int) -> String {
        (try? inputs[position].get())?.source ?? ""
    }

    /// Runs `work` on each input of `batch` in parallel; the results in input order.
    public func process<Output: Sendable>(_ batch: Range<Int>,
                                          _ work: @Sendable (InputItem) throws(InputError) -> Output) -> [Result<Output, InputError>] {
        ParallelMap.map(Array(inputs[batch])) { input in
            Result { () throws(InputError) in try work(try input.get()) }
        }
    }
}
