import ArgumentParser
import Comparison
import Extraction
import Foundation
import Pipeline
import Reporting
import ReviewStore

/// `assay match`: the same claim across documents, however worded.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find the same claim across documents, even when worded differently.",
        discussion: """
        Every pair of claims from two different documents is scored from 0 to 1 on the \
        figures they share (the same normalised quantity, "over 30,000" and "an estimated \
        30,000"; bounds that agree; referents that do not tell them apart) and on the content \
        words they have in common, each weighted by its rarity across the claims compared (so \
        "Iran", "regime", "MEK" weigh little and "Assadi", "TATP" much). A pair at or above \
        --threshold is the same claim: such pairs form groups. A pair at or above --suggest is \
        listed as a possible match. A claim joins a group only when it scores at least --suggest \
        with every member from another document, so groups do not grow by chaining.

        In a group, a verdict recorded on one member is offered to the members without one \
        ("suggestion: misleading from doc:id (by alice)"). Nothing is recorded: accept a \
        suggestion with 'assay verdict'.

        DOCS are stored document names (default: every document in the workbench) or files \
        and folders (an argument naming an existing path is read as one), analyzed on the fly \
        with the rule packs (no workbench is needed when every DOC is a file). JSON schema: docs/match-json.md.

        Exit codes: 0 success · 2 an unknown document, an unreadable file, a bad rule pack or \
        workbench · 64 a malformed command line (a threshold outside 0…1, --suggest above \
        --threshold).

        Examples:
          assay match
          assay match 000_0b590991ea34db62 004_7c6fb8ad358d5ed6 --threshold 0.6
          assay match seeds/*.txt --format json
          assay match --suggest 0.2
        """
    )

    @Argument(help: ArgumentHelp("Stored document names or files (default: every stored document).", valueName: "docs"))
    var documents: [String] = []

    @Option(name: [.customLong("threshold"), .customLong("group")], help: ArgumentHelp(
        "Group pairs scoring at least this (0 to 1).", valueName: "score"))
    var threshold: Double = MatchThresholds.defaultGroup

    @Option(help: ArgumentHelp(
        "Suggest pairs scoring at least this (0 to 1, at most --threshold).", valueName: "score"))
    var suggest: Double = MatchThresholds.defaultSuggest

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Rules (for files)")
    var rules: RuleOptions

    @OptionGroup(title: "Models (for files)")
    var models: ModelOptions

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    var thresholds: MatchThresholds { MatchThresholds(suggest: suggest, group: threshold) }

    func validate() throws {
        if let problem = thresholds.problem { throw ValidationError(problem.prefix(1).uppercased() + problem.dropFirst() + ".") }
    }

    func run() throws {
        let rules = rules
        var compared = ComparedDocuments(workbenchPath: try workbench.path,
                                         analyzer: { try rules.load(models: models).analyzer(publisher: nil) })
        let documents = try compared.matchDocuments(documents)
        if documents.count < 2 {
            StandardStream.standardError.write("\(documents.count) document(s) given: matching needs two or more\n")
        }
        let match = ClaimMatcher(thresholds: thresholds).match(documents)
        if format == .json { return printJSON(MatchJSON(match)) }
        StandardStream.standardOutput.write(InvisibleCharacters.forTerminal(MatchTextReporter().text(match), keepingLineBreaks: true))
        StandardStream.standardError.write("\(match.groups.count) groups, \(match.suggested.count) suggested pairs "
                                           + "across \(Noun.count(documents.count, "document"))\n")
    }
}
