import ArgumentParser
import AssayCore
import Pipeline
import Reporting
import ReviewStore
import RulesEngine

/// `assay reflag`: the rules run again over stored documents, after the packs or the source
/// registry changed.
struct Reflag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reflag",
        abstract: "Run the rules again over stored documents, after rule packs or sources changed.",
        discussion: """
        Findings are made when a document is ingested. After the rule packs or the framing \
        model change, or after \
        sources are added, affiliated or imported ('assay sources …': the workbench's \
        registry, used for self-sourcing with the registry file), reflag updates the findings of \
        the latest version of each document (or of the documents named) from its stored text, \
        without the original file. Verdicts, citations and tags are untouched; a dismissed finding \
        stays dismissed while its rule, claim and text are the same. Each document is updated \
        whole or not at all, and the audit log records it.

        Ingest uses the workbench's sources too, so documents ingested after a registry change \
        need no reflag.

        Examples:
          assay sources affiliate "Iran Freedom Foundation" NCRI && assay reflag
          assay reflag 000_0b590991ea34db62
          assay reflag --rules my-packs/
        """
    )

    @Argument(help: ArgumentHelp("Only these documents (default: every document).", valueName: "doc"))
    var documents: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    @OptionGroup(title: "Models")
    var models: ModelOptions

    func run() throws {
        let loaded = try rules.load(models: models)
        let store = try workbench.open(.write)
        let engine = loaded.engine(publisher: nil, workbenchSources: try store.sources())
        var outcomes: [ReflagOutcome] = []
        for name in documents.isEmpty ? try store.documentNames() : documents {
            let (stored, version) = try store.extractedDocument(name)
            let flagged = engine.apply(to: stored).document
            let outcome = try store.replaceFindings(name, version: version, with: flagged, analyst: workbench.analystName)
            outcomes.append(outcome)
            if format == .text { StandardStream.standardOutput.write(Self.line(outcome)) }
        }
        if format == .json { return printJSON(outcomes) }
        let updated = outcomes.count { !$0.isUnchanged }
        StandardStream.standardOutput.write("\(Noun.count(outcomes.count, "document")) checked, \(updated) updated\n")
    }

    private static func line(_ outcome: ReflagOutcome) -> String {
        let name = "\(outcome.document)@\(outcome.version)"
        guard !outcome.isUnchanged else { return "unchanged    \(name): \(Noun.count(outcome.findings, "finding"))\n" }
        return "reflagged    \(name): \(Noun.count(outcome.findings, "finding")) (\(outcome.added) new, \(outcome.removed) gone, "
            + "\(outcome.changed) changed)\n"
    }
}
