import ArgumentParser
import AssayCore
import Extraction
import Pipeline
import Reporting
import ReviewStore
import RulesEngine

/// `assay analyze`: extraction and the rules over files, folders and stdin, without a
/// workbench. Documents are read, extracted, flagged and rendered on every core, a batch at a
/// time, and written in input order.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Split documents into claims and flag them with the rule packs.",
        discussion: """
        INPUTS are files, folders (searched recursively for .txt, .md, .markdown, .html, \
        .htm and .pdf files), web addresses (http and https: fetched, following up to 5 \
        redirects, up to 32 MB) and '-' for standard input. Text is read as UTF-8 (with or \
        without a byte-order mark) or UTF-16 with a byte-order mark; a PDF's text is read \
        through pdftotext (poppler-utils), when installed. An input that cannot be read — \
        missing, binary, empty, not valid UTF-8, a page that cannot be fetched — is reported \
        on stderr as 'error: <input>: <problem>' and skipped; the others are still analyzed.

        Rules: the shipped packs (Rules/: attribution, numeric estimates, advocacy \
        framing) and any added with --rules flag the claims; 'assay rules list' \
        shows them. Self-sourcing (a source that is the publisher or its affiliate) \
        needs the publisher: --publisher, or the site name found in the document \
        (HTML og:site_name, a plain-text masthead), looked up in the source registry.

        Output formats:
          text   for people: claims numbered by paragraph, with kind,
                 check-worthiness, id and the reasons for the score
          json   for programs: {"schemaVersion", "tool", "documents", "errors"};
                 spans are [start, end) in Unicode scalar offsets into each
                 document's "text" (schema: docs/analyze-json.md)
          md     the review report of 'assay report' without a workbench (so
                 without verdicts), all documents in one output
          html   the same as one self-contained HTML page

        Exit codes:
          0   every input was analyzed (and nothing reached --fail-on)
          1   a finding at or above the --fail-on severity
          2   an input could not be read (the others were analyzed), or a
              rule pack or source registry is invalid (nothing was analyzed)
          64  the command line is malformed

        Examples:
          assay analyze seeds/
          assay analyze --format json seeds/000_0b590991ea34db62.txt > claims.json
          assay analyze --publisher NCRI --category attribution seeds/004_7c6fb8ad358d5ed6.txt
          assay analyze --rules my-packs/ --fail-on warning report.md
          assay analyze https://example.org/news/article.html
          assay analyze report.pdf
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, web addresses or '-' for standard input.", valueName: "inputs"))
    var inputs: [String]

    @Option(help: "Output format: text, json, or a review report without verdicts: md or html.")
    var format: AnalyzeFormat = .text

    @OptionGroup(title: "Input")
    var input: InputOptions

    @Option(help: "Colour in text output: auto (only on a terminal), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    @OptionGroup(title: "Models")
    var models: ModelOptions

    @Option(help: ArgumentHelp("The documents' publisher, for self-sourcing (overrides the site name found in a document).",
                               valueName: "name"))
    var publisher: String?

    @Option(help: ArgumentHelp("Only these categories of rules (attribution, numeric, framing…). Repeatable.", valueName: "category"))
    var category: [String] = []

    @Option(help: ArgumentHelp("Only this rule (an id such as framing.name-calling, or a pack name). Repeatable.", valueName: "id"))
    var rule: [String] = []

    @Option(help: ArgumentHelp("Exit with 1 when a finding at or above this severity exists: info, warning or error.",
                               valueName: "severity"))
    var failOn: Severity?

    func validate() throws {
        try InputArguments.validate(inputs)
    }

    func run() throws {
        let publisher = try rules.publisher(self.publisher)
        let loaded = try rules.load(categories: category, rules: rule, models: models)
        let analyzer = input.analyzer(engine: loaded.engine(publisher: publisher), scorer: loaded.models.checkworthiness)
        let run = AnalysisRun(analyzer: analyzer, inputs: DocumentBatches(locating: inputs), failOn: failOn)
        let output = StandardStream.standardOutput
        let outcome: AnalysisRun.Outcome
        if let reviewReporter = format.reviewReporter {
            // Review reports (md, html) are rendered once, over all documents, at the end.
            var reviews: [ReviewReport] = []
            let publisher = publisher
            outcome = run.run(making: { ReviewReport(ReviewedDocument(unreviewed: $0, publisher: publisher)) },
                              notice: StandardStream.standardError.notice) { reviews.append($0) }
            output.write(reviewReporter.render(reviews))
        } else {
            let reporter: any AnalysisReporter = switch format {
            case .text: AnalysisTextReporter(style: TerminalStyle(enabled: color.isEnabled(for: .standardOutput),
                                                                 width: Terminal.width(of: .standardOutput)))
            default: AnalysisJSONReporter()
            }
            output.write(reporter.header())
            var first = true
            outcome = run.run(making: reporter.document, notice: StandardStream.standardError.notice) { rendered in
                if !first { output.write(reporter.separator) }
                output.write(rendered)
                first = false
            }
            output.write(reporter.footer(errors: outcome.failed.map { ($0.source, $0.description) }))
        }
        if !outcome.failed.isEmpty { throw ExitCode(2) }
        if outcome.reachedFailOn { throw ExitCode(1) }
    }
}
