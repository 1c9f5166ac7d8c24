import AssayCore
import Foundation
import ReviewStore

/// A batch of documents being stored in the background, so that the run extracts the next batch
/// meanwhile: extraction runs on every core, a workbench has one writer, and without the overlap
/// every core but one would wait for each commit.
///
/// On a dispatch queue, not a Foundation `Thread`: with a `Thread` started and released per batch,
/// three ingest runs at once aborted the process on a corrupted heap within a few dozen runs
/// (`IngestRunTests`); on queues, none did in 160.
final class StoringBatch: @unchecked Sendable {
    /// The inputs the requests were read from, in order.
    let sources: [String]
    private let stored = DispatchSemaphore(value: 0)
    /// Set once, by the storing work, before it signals `stored`; read only after waiting on it
    /// (the semaphore orders the two), which is why the class can be `Sendable`.
    private var results: Result<[Result<IngestOutcome, WorkbenchError>], WorkbenchError> = .success([])

    /// Starts storing `requests` in one transaction (`Workbench.ingest`).
    init(_ requests: [IngestRequest], sources: [String], into store: Workbench) {
        self.sources = sources
        // A serial queue of its own gets a thread at once, while extraction keeps the global
        // queues' threads busy.
        DispatchQueue(label: "assay.storing-batch", qos: .userInitiated).async { [self] in
            results = Result { () throws(WorkbenchError) in try store.ingest(requests) }
            stored.signal()
        }
    }

    /// Waits until the batch is stored; returns each document's outcome, or throws why the batch
    /// could not be stored at all.
    func wait() throws(WorkbenchError) -> [Result<IngestOutcome, WorkbenchError>] {
        stored.wait()
        return try results.get()
    }
}
