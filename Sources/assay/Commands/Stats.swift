import ArgumentParser
import Foundation
import Reporting
import ReviewStore

/// `assay stats`: progress, verdicts, rule precision and analyst agreement.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Review progress per document, dismissal rate per rule, agreement per analyst pair.",
        discussion: """
        Per document (latest version): claims (not counting those dismissed as not \
        claims), the share with a verdict, current verdicts by rating, standing findings by \
        category. Per rule: how many of its findings analysts dismissed — a running precision \
        estimate for rule authors. Per pair of analysts: Cohen's kappa on the claims both \
        rated (each analyst's latest verdict).

        With DOC, only that document: its progress, its rules' dismissals and the agreement on \
        its claims. Over several documents a total line adds them up.

        Examples:
          assay stats
          assay stats 000_0b590991ea34db62
          assay stats --format json
        """
    )

    @Argument(help: ArgumentHelp("Only this document.", valueName: "doc"))
    var document: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let stats = try store.stats(document: document)
        if format == .json { return printJSON(stats) }
        StandardStream.standardOutput.write(StatsText.render(stats))
    }
}
