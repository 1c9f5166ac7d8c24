import ArgumentParser
import AssayCore
import Reporting
import ReviewStore

/// `assay retract CLAIM`: takes back one's own latest verdict on a claim.
struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Take back your latest verdict on a claim; the verdict before it becomes current again.",
        discussion: """
        Nothing is deleted: a "retracted" entry is added to the claim's history ('assay show'), \
        naming the verdict it takes back, and the latest verdict still standing is current again \
        (or the claim is unreviewed again). Only the analyst's own verdicts are taken back; \
        retracting again takes back the one before.

        Examples:
          assay retract 3f2a9c1e
          assay retract 3f2a9c1e --note "Rated the wrong claim."
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String

    @Option(help: ArgumentHelp("Why, stored with the retraction.", valueName: "text"))
    var note: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let retracted = try store.retractVerdict(claim: claim, analyst: workbench.analystName, note: note)
        if format == .json { return printJSON(retracted.retraction) }
        let claimName = "\(retracted.document):\(AssertionID.shown(retracted.assertion))"
        let now = retracted.current.map { "current verdict: \($0.rating) by \($0.analyst)" } ?? "no verdict stands"
        StandardStream.standardOutput.write("retracted \(retracted.retracted.rating) by \(retracted.retracted.analyst) on \(claimName); \(now)\n")
    }
}
