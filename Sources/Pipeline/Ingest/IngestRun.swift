import AssayCore
import Comparison
import Extraction
import Foundation
import ReviewStore
import RulesEngine

/// `ingest` over many inputs: each document extracted and flagged a batch at a time, each batch
/// stored in one transaction (each document in it still whole or not at all) on a thread of its
/// own while the next batch is extracted. What the front end is told, and in what order, is as if
/// each batch were extracted after the one before was stored.
public struct IngestRun {
    public let analyzer: DocumentAnalyzer
    public let inputs: DocumentBatches
    public let store: Workbench
    /// What every request carries besides its document: `--doc`, `--url`, `--publisher`, analyst.
    public let name: String?
    public let url: String?
    public let publisher: String?
    public let analyst: String

    public init(analyzer: DocumentAnalyzer, inputs: DocumentBatches, store: Workbench, name: String? = nil,
                url: String? = nil, publisher: String? = nil, analyst: String) {
        self.analyzer = analyzer
        self.inputs = inputs
        self.store = store
        self.name = name
        self.url = url
        self.publisher = publisher
        self.analyst = analyst
    }

    /// What the run tells its front end as it goes.
    public enum Event {
        /// The batch starting at this input is being extracted (for a progress bar).
        case extracting(position: Int, source: String)
        /// An input could not be read, or the rules warn about it.
        case notice(RunNotice)
        /// A document could not be stored (the others of its batch were).
        case notStored(source: String, WorkbenchError)
        /// A batch was committed: its documents' outcomes, in input order.
        case stored([IngestOutcome])
    }

    /// Runs the ingest; true when every input was read and stored. Throws `IngestStopped` when a
    /// batch could not be stored at all (the batches committed before it stay).
    public func run(_ event: (Event) -> Void) throws(IngestStopped) -> Bool {
        let (analyzer, name, url, publisher, analyst) = (analyzer, name, url, publisher, analyst)
        let request: @Sendable (InputItem) throws(InputError) -> (IngestRequest, [RuleWarning]) = { item throws(InputError) in
            let analyzed = try analyzer.analyze(item)
            var path: String?, address = url
            switch item {
            case .file(let file): path = URL(fileURLWithPath: file).standardizedFileURL.path
            case .webPage(let given): address = address ?? given
            case .standardInput: break
            }
            return (IngestRequest(document: analyzed.document, name: name, url: address, publisher: publisher, path: path,
                                  analyst: analyst, evidence: analyzed.evidence),
                    analyzed.warnings)
        }
        var complete = true
        var storedCount = 0
        func finish(_ batch: StoringBatch) throws(IngestStopped) {
            let results: [Result<IngestOutcome, WorkbenchError>]
            do throws(WorkbenchError) {
                results = try batch.wait()
            } catch {
                throw IngestStopped(error: error, unstored: batch.sources.count, stored: storedCount)
            }
            var outcomes: [IngestOutcome] = []
            for (source, result) in zip(batch.sources, results) {
                switch result {
                case .success(let outcome):
                    outcomes.append(outcome)
                    storedCount += 1
                case .failure(let error):
                    event(.notStored(source: source, error))
                    complete = false
                }
            }
            event(.stored(outcomes))
        }
        var storing: StoringBatch?
        for batch in inputs.batches {
            event(.extracting(position: batch.lowerBound, source: inputs.source(at: batch.lowerBound)))
            let extracted = inputs.process(batch, request)
            if let storing { try finish(storing) }
            var sources: [String] = []
            var requests: [IngestRequest] = []
            for result in extracted {
                switch result {
                case .failure(let error):
                    event(.notice(.inputFailed(error)))
                    complete = false
                case .success(let (request, warnings)):
                    for warning in warnings { event(.notice(.ruleWarning(warning))) }
                    sources.append(request.document.source)
                    requests.append(request)
                }
            }
            storing = StoringBatch(requests, sources: sources, into: store)
        }
        if let storing { try finish(storing) }
        store.checkpoint()
        return complete
    }

    /// For a new version, what changed since the previous one.
    public func changes(_ outcome: IngestOutcome) throws(WorkbenchError) -> DiffSummary? {
        guard outcome.status == .newVersion else { return nil }
        let new = try store.reviewedDocument(outcome.document, version: outcome.version)
        let old = try store.reviewedDocument(outcome.document, version: outcome.version - 1)
        return DocumentDiff(old: old, new: new).summary
    }
}

/// An ingest stopped part way: a batch could not be stored. The batches committed before it
/// stay, and the same ingest run again recognises them and stores the rest.
public struct IngestStopped: Error, CustomStringConvertible {
    public let error: WorkbenchError
    /// Documents of the batch that failed, and documents stored before it.
    public let unstored: Int
    public let stored: Int

    public var description: String {
        guard stored > 0 else { return error.description }
        let reason = if case .storage(let message) = error { "the workbench could not be written: \(message)" } else { error.description }
        return "\(reason); the \(unstored) document\(unstored == 1 ? "" : "s") of the last batch \(unstored == 1 ? "was" : "were") not stored, "
            + "the \(stored) stored before are kept (run the same ingest again to add the rest)"
    }
}
