import AssayCore
import Foundation
import ReviewStore

/// A batch of documents being stored on a thread of its own, so that the command extracts the
/// next batch meanwhile: extraction runs on every core, a workbench has one writer, and without
/// the overlap every core but one would wait for each commit.
final class StoringBatch: @unchecked Sendable {
    /// The inputs the requests were read from, in order.
    let sources: [String]
    private let stored = DispatchSemaphore(value: 0)
    /// Set once, by the storing thread, before it signals `stored`; read only after waiting on it
    /// (the semaphore orders the two), which is why the class can be `Sendable`.
    private var results: Result<[Result<IngestOutcome, WorkbenchError>], WorkbenchError> = .success([])

    /// Starts storing `requests` in one transaction (`Workbench.ingest`).
    init(_ requests: [IngestRequest], sources: [String], into store: Workbench) {
        self.sources = sources
        Thread { [self] in
            results = Result { () throws(WorkbenchError) in try store.ingest(requests) }
            stored.signal()
        }.start()
    }

    /// Waits until the batch is stored; returns each document's outcome, or throws why the batch
    /// could not be stored at all.
    func wait() throws(WorkbenchError) -> [Result<IngestOutcome, WorkbenchError>] {
        stored.wait()
        return try results.get()
    }
}
