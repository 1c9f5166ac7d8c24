import ArgumentParser
import AssayCore
import Reporting
import ReviewStore

/// `assay show`: one assertion in context with everything recorded about it.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a claim in context, its findings, verdict history and citations.",
        discussion: """
        CLAIM is a claim id or a unique prefix of one (as 'assay claims' prints it); \
        when the same text is in two documents, qualify it as DOC:ID.

        Examples:
          assay show 3f2a9c1e
          assay show 000_0b590991ea34db62:3f2a --format json
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let detail = try store.show(claim)
        if format == .json { return printJSON(detail) }
        StandardStream.standardOutput.write(InvisibleCharacters.forTerminal(AssertionDetailText.render(detail), keepingLineBreaks: true))
    }
}
