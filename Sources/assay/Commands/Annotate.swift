import ArgumentParser
import AssayCore
import Reporting
import ReviewStore

/// `assay annotate`: add an assertion the extractor missed.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Add a claim the extractor missed, by quoting it.",
        discussion: """
        The quote must occur exactly once in the document's latest version, as it is stored \
        ('assay show' prints the text). The added claim is kept for later versions that \
        still contain the quote.

        Example:
          assay annotate 000_0b590991ea34db62 --quote "the regime's own figures" --note "implied claim"
        """
    )

    @Argument(help: ArgumentHelp("The document name.", valueName: "doc"))
    var document: String

    @Option(help: ArgumentHelp("The exact text of the claim.", valueName: "text"))
    var quote: String

    @Option(help: ArgumentHelp("Why it is a claim.", valueName: "text"))
    var note: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let claim = try store.annotate(document: document, quote: quote, note: note, analyst: workbench.analystName)
        if format == .json { return printJSON(claim) }
        StandardStream.standardOutput.write("added \(claim.document):\(AssertionID.shown(claim.id))  “\(claim.text)”\n")
    }
}

/// `assay dismiss`: mark an extracted assertion as not a claim.
struct Dismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Dismiss an extracted claim that is not really one, such as a headline or a question (or undo that).",
        discussion: """
        Dismissed claims are left out of 'assay claims', the review queue and reports; \
        the dismissal is kept when the document is ingested again.

        Examples:
          assay dismiss 3f2a9c1e --reason "headline fragment"
          assay dismiss 3f2a9c1e --undo
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String

    @OptionGroup
    var dismissal: DismissalOptions

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let id = try store.dismissClaim(claim, reason: dismissal.reason, undo: dismissal.undo, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(dismissal.undo ? "restored" : "dismissed") \(AssertionID.shown(id))\n")
    }
}

/// `--reason` and `--undo`, shared by `dismiss` and `dismiss-finding`.
struct DismissalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Why it is wrong here (required unless --undo).", valueName: "text"))
    var reason: String?

    @Flag(help: "Withdraw the dismissal.")
    var undo = false

    func validate() throws {
        if !undo && reason == nil { throw ValidationError("Give the reason with --reason (or --undo).") }
    }
}
