import ArgumentParser
import AssayCore
import Reporting
import ReviewStore

/// `assay findings`: the findings on stored documents.
struct Findings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "List the rules' findings on stored documents, with ids for dismiss-finding.",
        discussion: """
        Examples:
          assay findings
          assay findings 000_0b590991ea34db62 --format json
        """
    )

    @Argument(help: ArgumentHelp("A document name (default: every document).", valueName: "doc"))
    var document: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let findings = try store.findings(document: document)
        if format == .json { return printJSON(findings) }
        StandardStream.standardOutput.write(FindingListText.render(findings))
    }
}

/// `assay dismiss-finding`: record that a finding is wrong here.
struct DismissFinding: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss-finding",
        abstract: "Record that a finding is wrong here (or undo that).",
        discussion: """
        Dismissed findings are left out of claim listings and reports; 'assay stats' shows each \
        rule's dismissal rate, a running estimate of its precision.

        Examples:
          assay dismiss-finding 9b1c04aa --reason "neutral description, not loaded language"
          assay dismiss-finding 9b1c04aa --undo
        """
    )

    @Argument(help: ArgumentHelp("The finding id or a unique prefix (see 'assay findings').", valueName: "finding"))
    var finding: String

    @OptionGroup
    var dismissal: DismissalOptions

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let id = try store.dismissFinding(finding, reason: dismissal.reason, undo: dismissal.undo, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(dismissal.undo ? "restored" : "dismissed") finding \(AssertionID.shown(id))\n")
    }
}
