import ArgumentParser
import AssayCore
import Foundation
import Reporting
import ReviewStore

/// `assay cite`: attach evidence to a claim.
struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Cite evidence for, against or around a claim.",
        discussion: """
        URL must be an absolute http:// or https:// address. --file stores a local copy of the \
        evidence (a PDF, a screenshot) inside the workbench, named by its SHA-256.

        Examples:
          assay cite 3f2a9c1e https://www.amnesty.org/en/documents/mde13/9421/2018/en/ \
              --title "Blood-soaked secrets" --publisher "Amnesty International" \
              --quote "at least 5,000" --stance refutes
          assay cite 3f2a9c1e https://example.org/report --file report.pdf --stance context
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String

    @Argument(help: ArgumentHelp("Where the evidence is (http or https).", valueName: "url"))
    var url: String

    @Option(help: "The evidence's title.")
    var title: String?

    @Option(help: "Who published the evidence.")
    var publisher: String?

    @Option(help: ArgumentHelp("When the evidence was published (e.g. 2018-12-04).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The passage of the evidence that bears on the claim.", valueName: "text"))
    var quote: String?

    @Option(help: "supports, refutes or context.")
    var stance: CitationRequest.Stance = .context

    @Option(help: ArgumentHelp("A local copy of the evidence to store in the workbench.", valueName: "path"))
    var file: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        var attachment: (name: String, bytes: [UInt8])?
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandError("\(file): cannot read the file to attach")
            }
            attachment = (URL(fileURLWithPath: file).lastPathComponent, Array(data))
        }
        let request = CitationRequest(claim: claim, url: url, title: title, publisher: publisher, published: date, quote: quote,
                                      stance: stance, file: attachment, analyst: workbench.analystName)
        let store = try workbench.open(.write)
        let result = try store.cite(request)
        if format == .json { return printJSON(result.citation) }
        StandardStream.standardOutput.write("cited [\(stance.rawValue)] \(url) on \(result.document):\(AssertionID.shown(result.assertion))\n")
    }
}

extension CitationRequest.Stance: ExpressibleByArgument {}
