import ArgumentParser
import AssayCore
import Extraction
import Pipeline
import Reporting

/// `assay segment`: the extraction front end alone — sentences, and assertions when asked —
/// over files, folders and stdin, one document at a time; no classification, no rules.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the sentences (and claims) documents split into, without classifying or flagging them.",
        discussion: """
        Runs only the front of 'assay analyze': reading, conversion to normalised text, \
        sentence segmentation and, with --assertions, the split of sentences into \
        claims. The spans are the ones 'assay analyze' gives for the same input. Use it \
        to check segmentation, or to compare it with other sentence splitters.

        INPUTS are files, folders (searched recursively for .txt, .md, .markdown, .html and \
        .htm files) and '-' for standard input, read as 'assay analyze' reads them. An input \
        that cannot be read is reported on stderr as 'error: <file>: <problem>' and skipped; \
        the others are still segmented.

        Output formats:
          text   one line per sentence (per claim with --assertions):
                 source<TAB>start<TAB>end<TAB>text, the text's tabs and line
                 breaks shown as spaces
          json   {"schemaVersion", "tool", "documents", "errors"}, each document
                 {"source", "format", "text", "sentences": [[start, end], …],
                 "assertions": [[start, end], …]} (claims only with
                 --assertions); schema: docs/segment-json.md

        Spans are [start, end) in Unicode scalar offsets into the document's normalised
        text (in Python, text[start:end]), as in 'assay analyze --format json'.

        Exit codes:
          0   every input was segmented
          2   an input could not be read (the others were segmented)
          64  the command line is malformed

        Examples:
          assay segment seeds/000_0b590991ea34db62.txt
          assay segment --assertions seeds/ | cut -f4
          assay segment --format json articles/ > sentences.json
          echo 'Mrs. Smith arrived at 3 p.m. on Monday. She left.' | assay segment -
        """
    )

    @Argument(help: ArgumentHelp("Files, folders or '-' for standard input.", valueName: "inputs"))
    var inputs: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Read every input as this format: auto, text, markdown or html. auto uses the file extension, else looks at the content.")
    var inputFormat: InputFormatChoice = .auto

    @Option(help: ArgumentHelp("Read every input in this legacy encoding: windows-1252, latin1 or latin9 (default: UTF-8, or UTF-16 with a byte-order mark).", valueName: "encoding"))
    var encoding: LegacyEncoding?

    @Flag(help: "Also split sentences into claims (text output then lists claims instead of sentences).")
    var assertions = false

    func validate() throws {
        try InputArguments.validate(inputs)
    }

    func run() throws {
        let reporter: any SegmentationReporter = switch format {
        case .text: SegmentationTextReporter()
        case .json: SegmentationJSONReporter()
        }
        let segmenter = Segmenter(splitsAssertions: assertions)
        let format = inputFormat.format
        let inputs = DocumentBatches(locating: inputs)
        let output = StandardStream.standardOutput
        var errors: [(source: String, message: String)] = []
        var isFirst = true
        output.write(reporter.header())
        for batch in inputs.batches {
            let rendered = inputs.process(batch) { item throws(InputError) in reporter.document(try segmenter.segment(item, format: format, encoding: encoding)) }
            for outcome in rendered {
                switch outcome {
                case .success(let bytes):
                    if !isFirst { output.write(reporter.separator) }
                    isFirst = false
                    output.write(bytes)
                case .failure(let error):
                    StandardStream.standardError.error(error.description)
                    errors.append((error.source, error.description))
                }
            }
        }
        output.write(reporter.footer(errors: errors))
        if !errors.isEmpty { throw ExitCode(2) }
    }
}
