import ArgumentParser
import AssayCore
import Comparison
import Extraction
import Foundation
import Reporting
import ReviewStore
import RulesEngine

/// `assay ingest`: extraction and the rules over documents, stored in the workbench.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store documents, their assertions and flags in the workbench.",
        discussion: """
        Each input is extracted and flagged as 'assay analyze' does, then stored in the \
        workbench, each document whole or not at all (documents are extracted on every core \
        and stored 64 to a transaction). A document is matched to one \
        already stored by --doc, else by its URL, else by its path: an identical text is left \
        as it is, a changed text becomes a new version: verdicts on assertions whose text did \
        not change carry over, a reworded assertion keeps its verdicts for re-review, and \
        verdicts whose assertion is gone are listed by 'assay claims --orphaned'. The line of \
        a new version is followed by the \
        summary of 'assay diff NAME' (what changed since the previous version). A new \
        document is named after its file.

        Exit codes:
          0   every input was stored (or was already there)
          2   an input could not be read (the others were stored), or the workbench,
              a rule pack or the source registry could not be used
          64  the command line is malformed

        Examples:
          assay ingest seeds/
          assay ingest --doc mek-article --url https://example.org/a article.html
          assay --db review.sqlite ingest --publisher NCRI seeds/004_7c6fb8ad358d5ed6.txt
        """
    )

    @Argument(help: ArgumentHelp("Files, folders or '-' for standard input.", valueName: "inputs"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Store the input under this document name (one input only).", valueName: "name"))
    var doc: String?

    @Option(help: ArgumentHelp("The document's publisher, for self-sourcing and reports.", valueName: "name"))
    var publisher: String?

    @Option(help: ArgumentHelp("The document's web address (one input only).", valueName: "url"))
    var url: String?

    @Option(help: "Read every input as this format: auto, text, markdown or html.")
    var inputFormat: InputFormatChoice = .auto

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    func validate() throws {
        try InputArguments.validate(inputs)
        let single = inputs.count == 1 && (inputs[0] == "-" || !isFolder(inputs[0]))
        if doc != nil && !single { throw ValidationError("--doc names one document: give a single file.") }
        if url != nil && !single { throw ValidationError("--url belongs to one document: give a single file.") }
    }

    func run() throws {
        let engine = try rules.makeEngine(publisher: publisher)
        let store = try workbench.open(.write)
        let batcher = DocumentBatcher(engine: engine, format: inputFormat.format)
        let (doc, url, publisher, analyst) = (doc, url, publisher, workbench.analystName)
        let request: @Sendable (InputItem, Document) -> IngestRequest = { item, document in
            let path = item == .standardInput ? nil : URL(fileURLWithPath: item.source).standardizedFileURL.path
            return IngestRequest(document: document, name: doc, url: url, publisher: publisher, path: path, analyst: analyst)
        }
        let located = InputLocator.locate(inputs)
        let progress = ProgressBar(total: located.count, label: "ingest")
        var outcomes: [IngestOutcome] = []
        var stored = 0
        var failed = false
        func report(_ source: String, _ message: String) {
            progress.clear()
            StandardStream.standardError.error("\(source): \(message)")
            failed = true
        }
        /// Waits for a batch to be stored and reports its documents; stops the command when the
        /// batch could not be stored.
        func finish(_ batch: StoringBatch) throws {
            let results: [Result<IngestOutcome, WorkbenchError>]
            do throws(WorkbenchError) {
                results = try batch.wait()
            } catch {
                progress.clear()
                emit(outcomes, store: store)
                StandardStream.standardError.error(Self.stoppedReason(error, unstored: batch.sources.count, stored: stored))
                throw ExitCode(2)
            }
            for (source, result) in zip(batch.sources, results) {
                switch result {
                case .success(let outcome):
                    outcomes.append(outcome)
                    stored += 1
                case .failure(let error): report(source, error.description)
                }
            }
            // Text output goes out as each batch commits, so a long ingest shows what is stored.
            if format == .text {
                progress.clear()
                emit(outcomes, store: store)
                outcomes = []
            }
        }
        // Each batch is stored while the next is extracted; what is printed, and in what order,
        // is as if each were extracted after the one before was stored.
        var storing: StoringBatch?
        for start in stride(from: 0, to: located.count, by: DocumentBatcher.size) {
            progress.update(start, item: (try? located[start].get())?.source ?? "")
            let extracted = batcher.extract(located[start..<min(located.count, start + DocumentBatcher.size)], making: request)
            if let storing { try finish(storing) }
            var sources: [String] = []
            var requests: [IngestRequest] = []
            for outcome in extracted {
                switch outcome {
                case .failure(let error):
                    progress.clear()
                    StandardStream.standardError.error(error.description)
                    failed = true
                case .success(let (request, warnings)):
                    for warning in warnings { StandardStream.standardError.warning("\(warning)") }
                    sources.append(request.document.source)
                    requests.append(request)
                }
            }
            // One transaction for the batch; each document is still stored whole or not at all.
            storing = StoringBatch(requests, sources: sources, into: store)
        }
        if let storing { try finish(storing) }
        progress.clear()
        emit(outcomes, store: store)
        if failed { throw ExitCode(2) }
    }

    /// Prints outcomes in the chosen format (JSON: all of them at once, at the end).
    private func emit(_ outcomes: [IngestOutcome], store: Workbench) {
        if format == .json {
            printJSON(outcomes)
        } else {
            for outcome in outcomes {
                StandardStream.standardOutput.write(outcome.line + "\n")
                if let summary = diffSummary(outcome, store: store) { StandardStream.standardOutput.write(summary + "\n") }
            }
        }
    }

    /// Why an ingest stopped part way: the failed batch was not stored, and what earlier batches
    /// stored stays (the same ingest run again recognises it and stores the rest).
    static func stoppedReason(_ error: WorkbenchError, unstored: Int, stored: Int) -> String {
        guard stored > 0 else { return error.description }
        let reason = if case .storage(let message) = error { "the workbench could not be written: \(message)" } else { error.description }
        return "\(reason); the \(unstored) document\(unstored == 1 ? "" : "s") of the last batch \(unstored == 1 ? "was" : "were") not stored, "
            + "the \(stored) stored before are kept (run the same ingest again to add the rest)"
    }

    /// For a new version, what changed since the previous one: one line under the outcome's.
    private func diffSummary(_ outcome: IngestOutcome, store: Workbench) -> String? {
        guard outcome.status == .newVersion else { return nil }
        do throws(WorkbenchError) {
            let new = try store.reviewedDocument(outcome.document, version: outcome.version)
            let old = try store.reviewedDocument(outcome.document, version: outcome.version - 1)
            return "             diff @\(outcome.version - 1): " + DiffWording.summaryLine(DocumentDiff(old: old, new: new).summary)
        } catch {
            StandardStream.standardError.warning("\(outcome.document): the versions could not be compared: \(error.description)")
            return nil
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

extension IngestOutcome {
    /// The outcome as one line of text output.
    var line: String {
        let name = "\(document)@\(version)"
        var line = switch status {
        case .unchanged: "unchanged    \(name): identical text already stored"
        case .created: "stored       \(name): \(assertions) assertions, \(findings) findings"
        case .newVersion: "new version  \(name): \(assertions) assertions, \(findings) findings; \(carriedVerdicts) assertions keep their verdicts"
        }
        if reworded > 0 { line += "; \(reworded) reworded, their verdicts need re-review" }
        if orphaned > 0 { line += "; \(orphaned) with verdicts no longer found (see 'assay claims --orphaned')" }
        if !unplacedAnnotations.isEmpty {
            line += "; \(unplacedAnnotations.count) added assertion(s) no longer found in the text"
        }
        return line
    }
}
