import ArgumentParser
import Extraction
import Pipeline
import RulesEngine

/// How `analyze` and `ingest` read their inputs: the format and encoding to force, and how
/// long to wait for a web page.
struct InputOptions: ParsableArguments {
    @Option(help: "Read every input as this format: auto, text, markdown or html. auto uses the file extension or the web page's media type, else looks at the content.")
    var inputFormat: InputFormatChoice = .auto

    @Option(help: ArgumentHelp("Read every input in this legacy encoding: windows-1252, latin1 or latin9 (default: UTF-8, or UTF-16 with a byte-order mark).", valueName: "encoding"))
    var encoding: LegacyEncoding?

    @Option(help: ArgumentHelp("Seconds to wait for a web page before giving up.", valueName: "seconds"))
    var fetchTimeout: Double = 30

    func validate() throws {
        guard fetchTimeout > 0, fetchTimeout <= 3600 else {
            throw ValidationError("--fetch-timeout takes a number of seconds above 0 and at most 3600, such as 10 or 2.5.")
        }
    }

    func analyzer(engine: RuleEngine, scorer: CheckworthinessScorer) -> DocumentAnalyzer {
        DocumentAnalyzer(engine: engine, scorer: scorer, format: inputFormat.format, encoding: encoding,
                         fetcher: PageFetcher(timeout: fetchTimeout))
    }
}
