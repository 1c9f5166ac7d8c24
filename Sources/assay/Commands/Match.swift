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
        Candidate pairs come from an index of rare keys (uncommon content words, a figure's \
        unit and magnitude): two claims from different documents are scored only when they \
        share at least two, never every pair. A candidate scores from 0 to 1 on the figures it \
        shares (the same normalised quantity, "over 30,000" and "an estimated 30,000"; bounds \
        that agree; referents that do not tell them apart) and on the content words in common, \
        each weighted by its rarity across the claims compared (so "Iran", "regime", "MEK" weigh \
        little and "Assadi", "TATP" much). Claims must agree on their content beyond their \
        figures — two rare words in common (words, not names: written in lower case in one of \
        the two at least), or one and a figure — or they score 0: a figure, a name or a run of \
        capitalised words ("Six Nations") alone never links two claims. A pair at or above --threshold is the \
        same claim: such pairs form groups. A pair at or above --suggest is listed as a \
        possible match. A claim joins a group only when it scores at least --suggest with every \
        member from another document, so groups do not grow by chaining.

        A pair that states the same specific figure (100 or more) of referents with no word in \
        common ("30,000 prisoners", "30,000 jobs"), shares a rare content word and is not a \
        match is a contradiction candidate: one of the two may have the figure wrong.

        In a group, a verdict recorded on one member is offered to the members without one \
        ("suggestion: misleading from doc:id (by alice)"). Nothing is recorded: accept a \
        suggestion with 'assay verdict'.

        DOCS are stored document names (default: every document in the workbench) or files \
        and folders (an argument naming an existing path is read as one), analyzed on the fly \
        with the rule packs (no workbench is needed when every DOC is a file). --doc and \
        --since search only some documents' claims against all of them (the daily case: one new \
        article against the archive). Groups, suggested pairs and contradiction candidates are \
        ranked, best first, and the first --limit of each shown; a summary line on stderr \
        counts them all. A progress bar is drawn on stderr when it is a terminal. JSON schema: \
        docs/match-json.md.

        Exit codes: 0 success · 2 an unknown document, an unreadable file, a bad rule pack or \
        workbench · 64 a malformed command line (a threshold outside 0…1, --suggest above \
        --threshold, a negative --limit, a --since that is not a date).

        Examples:
          assay match                                   # the whole workbench, first 50 of each
          assay match --doc bbc-2005-03-01-yukos        # one article against the archive
          assay match --since 2026-12-07 --limit 0      # today's articles, everything found
          assay match --doc new-article.txt             # a file, not stored, against the archive
          assay match 000_0b590991ea34db62 004_7c6fb8ad358d5ed6 --threshold 0.6
          assay match seeds/*.txt --format json
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

    @Option(name: .customLong("doc"), help: ArgumentHelp(
        "Search only this document's claims against all (repeatable; a stored name or a file).", valueName: "name"))
    var queried: [String] = []

    @Option(help: ArgumentHelp(
        "Search only the claims of documents stored on or after this date (YYYY-MM-DD, UTC).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Show at most this many groups, suggested pairs and contradiction candidates, each (0: all).",
                               valueName: "n"))
    var limit: Int = 50

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
        if limit < 0 { throw ValidationError("--limit is 0 (all) or more.") }
        if let since, !Self.isDate(since) { throw ValidationError("--since takes a date, YYYY-MM-DD (got '\(since)').") }
    }

    /// YYYY-MM-DD, optionally followed by a time ("2026-12-07T09:00"): compared as text with the
    /// stored ISO 8601 times.
    private static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
        return digits && (bytes.count == 10 || bytes[10] == UInt8(ascii: "T"))
    }

    func run() throws {
        let rules = rules
        var compared = ComparedDocuments(workbenchPath: try workbench.path,
                                         analyzer: { try rules.load(models: models).analyzer(publisher: nil) })
        var reading = ProgressBar(total: 0, label: "read")
        let selection = try compared.matchSelection(documents, querying: queried, since: since) { done, total in
            reading = ProgressBar(total: total, label: "read")
            reading.update(done, item: "documents")
        }
        reading.clear()
        let documents = selection.documents
        if selection.archive == nil && documents.count < 2 {
            StandardStream.standardError.write("\(documents.count) document(s) given: matching needs two or more\n")
        }
        var progress = ProgressBar(total: 0, label: "match")
        let match = ClaimMatcher(thresholds: thresholds, limit: limit).match(documents, queried: selection.queried,
                                                                              archive: selection.archive) { done, total in
            progress = ProgressBar(total: total, label: "match")
            progress.update(done, item: "claims searched")
        }
        progress.clear()
        if format == .json {
            printJSON(MatchJSON(match))
        } else {
            StandardStream.standardOutput.write(InvisibleCharacters.forTerminal(MatchTextReporter().text(match), keepingLineBreaks: true))
        }
        StandardStream.standardError.write(MatchTextReporter().summary(match) + "\n")
    }
}
