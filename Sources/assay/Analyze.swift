import ArgumentParser
import AssayCore
import Extraction
import Reporting
import ReviewStore
import RulesEngine

/// `assay analyze`: extraction and the rules over files, folders and stdin, without a
/// workbench. Documents are read, extracted, flagged and rendered on every core, a batch at a
/// time, and written in input order.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Split documents into assertions and flag them with the rule packs.",
        discussion: """
        INPUTS are files, folders (searched recursively for .txt, .md, .markdown, .html and \
        .htm files) and '-' for standard input. Text is read as UTF-8 (with or without a \
        byte-order mark) or UTF-16 with a byte-order mark. An input that cannot be read — \
        missing, binary, empty, not valid UTF-8 — is reported on stderr as \
        'error: <file>: <problem>' and skipped; the others are still analyzed.

        Rules: the shipped packs (Rules/: attribution, numeric estimates, advocacy \
        framing) and any added with --rules flag the assertions; 'assay rules list' \
        shows them. Self-sourcing (a source that is the publisher or its affiliate) \
        needs the publisher: --publisher, or the site name found in the document \
        (HTML og:site_name, a plain-text masthead), looked up in the source registry.

        Output formats:
          text   for people: assertions numbered by paragraph, with kind,
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
          curl -s https://example.org/article | assay analyze --input-format html -
        """
    )

    @Argument(help: ArgumentHelp("Files, folders or '-' for standard input.", valueName: "inputs"))
    var inputs: [String]

    @Option(help: "Output format: text, json, or a review report without verdicts: md or html.")
    var format: AnalyzeFormat = .text

    @Option(help: "Read every input as this format: auto, text, markdown or html. auto uses the file extension, else looks at the content.")
    var inputFormat: InputFormatChoice = .auto

    @Option(help: "Colour in text output: auto (only on a terminal), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

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
        let engine = try rules.makeEngine(categories: category, rules: rule, publisher: publisher)
        let batcher = DocumentBatcher(engine: engine, format: inputFormat.format)
        let located = InputLocator.locate(inputs)
        let output = StandardStream.standardOutput
        var reachedFailOn = false
        var errors: [(source: String, message: String)] = []
        /// Hands each batch's documents, in input order, to `take` after printing the inputs'
        /// warnings and errors; `make` runs in the workers.
        func analyze<Output: Sendable>(making make: @escaping @Sendable (Document) -> Output, take: (Output) -> Void) {
            let failOn = failOn
            let analyzed: @Sendable (InputItem, Document) -> (output: Output, reachedFailOn: Bool) = { _, document in
                (make(document), failOn.map { level in document.findings.contains { $0.severity >= level } } ?? false)
            }
            for start in stride(from: 0, to: located.count, by: DocumentBatcher.size) {
                for outcome in batcher.extract(located[start..<min(located.count, start + DocumentBatcher.size)], making: analyzed) {
                    switch outcome {
                    case .failure(let error):
                        StandardStream.standardError.error(error.description)
                        errors.append((error.source, error.description))
                    case .success(let (analyzed, warnings)):
                        for warning in warnings { StandardStream.standardError.warning("\(warning)") }
                        if analyzed.reachedFailOn { reachedFailOn = true }
                        take(analyzed.output)
                    }
                }
            }
        }
        if let reviewReporter = format.reviewReporter {
            // Review reports (md, html) are rendered once, over all documents, at the end.
            var reviews: [ReviewReport] = []
            let publisher = publisher
            analyze(making: { ReviewReport(ReviewedDocument(unreviewed: $0, publisher: publisher)) }) { reviews.append($0) }
            output.write(reviewReporter.render(reviews))
        } else {
            let reporter: any AnalysisReporter = switch format {
            case .text: AnalysisTextReporter(style: TerminalStyle(enabled: color.isEnabled(for: .standardOutput),
                                                                 width: Terminal.width(of: .standardOutput)))
            default: AnalysisJSONReporter()
            }
            output.write(reporter.header())
            var first = true
            analyze(making: reporter.document) { rendered in
                if !first { output.write(reporter.separator) }
                output.write(rendered)
                first = false
            }
            output.write(reporter.footer(errors: errors))
        }
        if !errors.isEmpty { throw ExitCode(2) }
        if reachedFailOn { throw ExitCode(1) }
    }
}
