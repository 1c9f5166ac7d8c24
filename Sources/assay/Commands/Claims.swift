import ArgumentParser
import AssayCore
import Reporting
import ReviewStore

/// `assay claims`: the assertions in the workbench, with their flags and verdicts.
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the claims of stored documents with ids, findings and current verdicts.",
        discussion: """
        Lists the claims of each document's latest version in document order (--sort \
        score: most check-worthy first; --sort verdict: what is left to review first): the id \
        prefix to type in other commands, kind, check-worthiness, current verdict, standing \
        findings by category and tags. Dismissed claims are left out unless \
        --dismissed is given. When a document is edited, a verdict follows its claim through \
        small rewordings, marked '(re-review)'; --orphaned lists the verdicts whose claims the \
        latest version no longer has.

        Examples:
          assay claims
          assay claims 000_0b590991ea34db62 --unreviewed --min-score 0.6
          assay claims --unreviewed --sort score --limit 20
          assay claims --category attribution --format json
          assay claims --tag needs-expert
          assay claims --orphaned
        """
    )

    @Argument(help: ArgumentHelp("A document name (default: every document).", valueName: "doc"))
    var document: String?

    @Flag(help: "Only claims without a verdict.")
    var unreviewed = false

    @Option(help: ArgumentHelp("Only this kind: factual, opinion, normative, prediction or question.", valueName: "kind"))
    var kind: AssertionKind?

    @Option(help: ArgumentHelp("Only claims with a standing finding of this category (attribution, numeric, framing…).",
                               valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("Only claims at least this check-worthy (0 to 1).", valueName: "score"))
    var minScore: Double?

    @Option(help: ArgumentHelp("Only claims with this tag.", valueName: "tag"))
    var tag: String?

    @Option(help: ArgumentHelp("Order: position (document by document, in text order), score (most check-worthy first) or verdict (unreviewed first, then worst supported).", valueName: "order"))
    var sort: ClaimOrder = .position

    @Option(help: ArgumentHelp("At most this many claims, after sorting.", valueName: "n"))
    var limit: Int?

    @Flag(help: "Also list dismissed claims.")
    var dismissed = false

    @Flag(help: "List instead the verdicts whose claims the latest version no longer has (not even reworded).")
    var orphaned = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score is between 0 and 1.") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let store = try workbench.open(.read)
        if orphaned { return try listOrphaned(store) }
        var filter = ClaimFilter(document: document)
        filter.unreviewed = unreviewed
        filter.kind = kind
        filter.category = category
        filter.minimumScore = minScore
        filter.tag = tag
        filter.includeDismissed = dismissed
        filter.order = sort
        filter.limit = limit
        let claims = try store.claims(filter)
        if format == .json { return printJSON(claims) }
        StandardStream.standardOutput.write(AssertionListText.render(claims, width: Terminal.width(of: .standardOutput)))
        StandardStream.standardError.write(AssertionListText.summary(claims))
    }

    private func listOrphaned(_ store: Workbench) throws {
        let orphans = try store.orphanedVerdicts(document: document)
        if format == .json { return printJSON(orphans) }
        StandardStream.standardOutput.write(OrphanedVerdictListText.render(orphans))
        StandardStream.standardError.write(OrphanedVerdictListText.summary(orphans))
    }
}

extension AssertionKind: ExpressibleByArgument {}
extension ClaimOrder: ExpressibleByArgument {}
