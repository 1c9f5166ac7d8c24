import ArgumentParser
import AssayCore
import Comparison
import Extraction
import Foundation
import Pipeline
import Reporting
import ReviewStore
import RulesEngine

/// `assay ingest`: extraction and the rules over documents, stored in the workbench.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store documents, their claims and findings in the workbench.",
        discussion: """
        Each input is extracted and flagged as 'assay analyze' does, then stored in the \
        workbench, each document whole or not at all (documents are extracted on every core \
        and stored 64 to a transaction). A document is matched to one \
        already stored by --doc, else by its URL, else by its path: an identical text is left \
        as it is, a changed text becomes a new version: verdicts on claims whose text did \
        not change carry over, a reworded claim keeps its verdicts for re-review, and \
        verdicts whose claim is gone are listed by 'assay claims --orphaned'. The line of \
        a new version is followed by the \
        summary of 'assay diff NAME' (what changed since the previous version). A new \
        document is named after its file.

        A web address is fetched (as 'assay analyze' does) and stored with the page as \
        fetched, by content hash, as the version's evidence, with the time it was fetched and \
        the address it ended at; the address given is the document's URL, so ingesting it \
        again later stores a new version only when the page changed. A PDF is kept as the \
        evidence of the text read from it. 'assay evidence' lists and writes out evidence.

        Exit codes:
          0   every input was stored (or was already there)
          2   an input could not be read (the others were stored), or the workbench,
              a rule pack or the source registry could not be used
          64  the command line is malformed

        Examples:
          assay ingest seeds/
          assay ingest --doc mek-article --url https://example.org/a article.html
          assay ingest https://example.org/news/article.html
          assay --db review.sqlite ingest --publisher NCRI seeds/004_7c6fb8ad358d5ed6.txt
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, web addresses or '-' for standard input.", valueName: "inputs"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Store the input under this document name (one input only).", valueName: "name"))
    var doc: String?

    @Option(help: ArgumentHelp("The document's publisher, for self-sourcing and reports.", valueName: "name"))
    var publisher: String?

    @Option(help: ArgumentHelp("The document's web address (one input only).", valueName: "url"))
    var url: String?

    @OptionGroup(title: "Input")
    var input: InputOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    @OptionGroup(title: "Models")
    var models: ModelOptions

    func validate() throws {
        try InputArguments.validate(inputs)
        let single = inputs.count == 1 && (inputs[0] == "-" || !isFolder(inputs[0]))
        if doc != nil && !single { throw ValidationError("--doc names one document: give a single file.") }
        if url != nil && !single { throw ValidationError("--url belongs to one document: give a single file.") }
    }

    func run() throws {
        let publisher = try rules.publisher(self.publisher)
        // Packs and models are checked before the workbench is opened (or created), so a bad
        // one leaves no new file behind; the workbench's own sources then join the registry.
        let loaded = try rules.load(models: models)
        let store = try workbench.open(.create)
        let analyzer = input.analyzer(engine: loaded.engine(publisher: publisher, workbenchSources: try store.sources()),
                                      scorer: loaded.models.checkworthiness)
        let inputs = DocumentBatches(locating: inputs)
        let run = IngestRun(analyzer: analyzer, inputs: inputs, store: store, name: doc, url: url, publisher: publisher,
                            analyst: workbench.analystName)
        let progress = ProgressBar(total: inputs.inputs.count, label: "ingest")
        // JSON lists every outcome at the end; text prints each batch's as it commits, so a long
        // ingest shows what is stored.
        var outcomes: [IngestOutcome] = []
        let complete: Bool
        do throws(IngestStopped) {
            complete = try run.run { event in
                switch event {
                case .extracting(let position, let source): progress.update(position, item: source)
                case .notice(let notice):
                    progress.clear()
                    StandardStream.standardError.notice(notice)
                case .notStored(let source, let error):
                    progress.clear()
                    StandardStream.standardError.error("\(source): \(error.description)")
                case .stored(let stored):
                    outcomes += stored
                    if format == .text {
                        progress.clear()
                        emit(outcomes, run: run)
                        outcomes = []
                    }
                }
            }
        } catch {
            progress.clear()
            emit(outcomes, run: run)
            StandardStream.standardError.error(error.description)
            throw ExitCode(2)
        }
        progress.clear()
        emit(outcomes, run: run)
        if !complete { throw ExitCode(2) }
    }

    /// Prints outcomes in the chosen format (JSON: all of them at once, at the end); a new
    /// version's line is followed by what changed since the previous one.
    private func emit(_ outcomes: [IngestOutcome], run: IngestRun) {
        if format == .json { return printJSON(outcomes) }
        for outcome in outcomes {
            StandardStream.standardOutput.write(IngestOutcomeText.line(outcome))
            do throws(WorkbenchError) {
                if let changes = try run.changes(outcome) {
                    StandardStream.standardOutput.write(IngestOutcomeText.changes(changes, since: outcome.version - 1))
                }
            } catch {
                StandardStream.standardError.warning("\(outcome.document): the versions could not be compared: \(error.description)")
            }
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
