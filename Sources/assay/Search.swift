import ArgumentParser
import Reporting
import ReviewStore

/// `assay search`: full-text search over the workbench.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search assertion text, verdict notes and citation excerpts.",
        discussion: """
        QUERY uses SQLite FTS5 syntax: words (all must match), "exact phrases", prefix*, \
        OR, NOT and NEAR(…). Matches are case- and accent-insensitive; the best come first, \
        with the matched words highlighted.

        Examples:
          assay search massacre
          assay search '"political prisoners" AND 30000'
          assay search 'bomb*' --doc 004_7c6fb8ad358d5ed6 --format json
        """
    )

    @Argument(help: "The search query.")
    var query: String

    @Option(help: ArgumentHelp("Only this document.", valueName: "name"))
    var doc: String?

    @Option(help: ArgumentHelp("Only assertions with this tag.", valueName: "tag"))
    var tag: String?

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
        let hits = try store.search(query, document: doc, tag: tag, limit: limit)
        if format == .json { return printJSON(hits) }
        let colour = color.isEnabled(for: .standardOutput)
        for hit in hits {
            let shown = InvisibleCharacters.forTerminal(hit.snippet)
            let snippet = colour
                ? shown.replacingOccurrences(of: "⟦", with: "\u{1B}[1;33m").replacingOccurrences(of: "⟧", with: "\u{1B}[0m")
                : shown
            StandardStream.standardOutput.write("\(hit.document):\(ClaimFormatting.shortID(hit.assertion))  \(ClaimFormatting.pad(hit.kind, 9)) \(snippet)\n")
        }
        StandardStream.standardError.write("\(hits.count) match\(hits.count == 1 ? "" : "es")\n")
    }
}
