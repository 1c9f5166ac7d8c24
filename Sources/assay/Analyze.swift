import ArgumentParser
import AssayCore
import Extraction
import Reporting

/// `assay analyze`: extraction (and, later, the rules) over files, folders and stdin, without a
/// workbench. Documents are read, extracted and written one at a time.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split documents into sentences and assertions, each with its kind and check-worthiness.",
        discussion: """
        INPUTS are files, folders (searched recursively for .txt, .md, .markdown, .html and \
        .htm files) and '-' for standard input. Text is read as UTF-8 (with or without a \
        byte-order mark) or UTF-16 with a byte-order mark. An input that cannot be read — \
        missing, binary, empty, not valid UTF-8 — is reported on stderr as \
        'error: <file>: <problem>' and skipped; the others are still analyzed.

        Output formats:
          text   for people: assertions numbered by paragraph, with kind,
                 check-worthiness, id and the reasons for the score
          json   for programs: {"schemaVersion", "tool", "documents", "errors"};
                 spans are [start, end) in Unicode scalar offsets into each
                 document's "text" (schema: docs/analyze-json.md)

        Exit codes:
          0   every input was analyzed
          2   at least one input could not be read (the others were analyzed)
          64  the command line is malformed

        Examples:
          assay analyze seeds/
          assay analyze --format json seeds/000_0b590991ea34db62.txt > claims.json
          curl -s https://example.org/article | assay analyze --input-format html -
        """
    )

    @Argument(help: ArgumentHelp("Files, folders or '-' for standard input.", valueName: "inputs"))
    var inputs: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Read every input as this format: auto, text, markdown or html. auto uses the file extension, else looks at the content.")
    var inputFormat: InputFormatChoice = .auto

    @Option(help: "Colour in text output: auto (only on a terminal), always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file, folder or '-' for standard input.") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input ('-') can be read only once.") }
    }

    func run() throws {
        let reporter: any AnalysisReporter = switch format {
        case .text: AnalysisTextReporter(style: TerminalStyle(enabled: color.isEnabled(for: .standardOutput),
                                                             width: Terminal.width(of: .standardOutput)))
        case .json: AnalysisJSONReporter()
        }
        let output = StandardStream.standardOutput
        let extractor = Extractor()
        var errors: [(source: String, message: String)] = []
        var position = 0
        output.write(reporter.header())
        for located in InputLocator.locate(inputs) {
            do {
                let item = try located.get()
                let document = try extractor.extract(item, format: inputFormat.format)
                output.write(reporter.document(document, position: position))
                position += 1
            } catch {
                StandardStream.standardError.write("error: \(error.description)\n")
                errors.append((error.source, error.description))
            }
        }
        output.write(reporter.footer(errors: errors))
        if !errors.isEmpty { throw ExitCode(2) }
    }
}
