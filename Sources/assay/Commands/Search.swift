import ArgumentParser
import Reporting
import ReviewStore

/// `assay search`: full-text search over the workbench.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search claim text, verdict notes and citation excerpts.",
        discussion: """
        QUERY is plain words and figures, all of which must match, as written: 30,000 finds \
        "30,000", $300 finds "$300" (not "300 people"). A query with SQLite FTS5 syntax — \
        "exact phrases", prefix*, AND, OR, NOT, NEAR(…), brackets — is read as FTS5; --fts \
        reads any query so. Matches are case- and accent-insensitive; the best come first, \
        with the matched words highlighted.

        Examples:
          assay search massacre
          assay search 30,000
          assay search '$300 million'
          assay search '"political prisoners" AND 30000'
          assay search 'bomb*' --doc 004_7c6fb8ad358d5ed6 --format json
        """
    )

    @Argument(help: "The search query.")
    var query: String

    @Flag(help: "Read the query as SQLite FTS5 syntax, whatever it looks like.")
    var fts = false

    @Option(help: ArgumentHelp("Only this document.", valueName: "name"))
    var doc: String?

    @Option(help: ArgumentHelp("Only claims with this tag.", valueName: "tag"))
    var tag: String?

    @Flag(help: "Also find claims no longer in their document's latest version (shown with the version that last had them).")
    var allVersions = false

    @Option(help: "At most this many matches.")
    var limit = 50

    @Option(help: "Colour in text output: auto (only on a terminal), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let store = try workbench.open(.read)
        let hits = try store.search(query, syntax: fts ? .fts : .automatic, document: doc, tag: tag, allVersions: allVersions, limit: limit)
        if format == .json { return printJSON(hits) }
        StandardStream.standardOutput.write(SearchHitsText.render(hits, colour: color.isEnabled(for: .standardOutput)))
        StandardStream.standardError.write(SearchHitsText.summary(hits))
    }
}
