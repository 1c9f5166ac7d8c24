import ArgumentParser
import AssayCore
import Pipeline
import Reporting
import ReviewStore

/// `assay evidence`: the files the workbench keeps by content hash — fetched pages, PDFs and
/// files attached to citations — listed, or one written out as it was stored.
struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List the stored evidence files, or write one out.",
        discussion: """
        The workbench keeps, by SHA-256 content hash, the web page or PDF each version was \
        read from ('assay ingest URL', 'assay ingest FILE.pdf') and the files attached to \
        citations ('assay cite --file'). Without HASH, lists them: hash, size, media type and \
        what each is evidence of. With HASH (or a unique prefix of it), writes that file's \
        bytes exactly as stored, to -o FILE or to standard output (a binary file such as a PDF \
        is not written to a terminal).

        Examples:
          assay evidence
          assay evidence 3f2a9c1b0d7e -o page.html
          assay evidence 3f2a9c1b0d7e > page.html
        """
    )

    @Argument(help: ArgumentHelp("The file's hash, or a unique prefix of it.", valueName: "hash"))
    var hash: String?

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Write the file here (replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Output format of the list: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if hash == nil, output != nil { throw ValidationError("-o writes one file: give its hash (see 'assay evidence').") }
    }

    func run() throws {
        let store = try workbench.open(.read)
        guard let hash else {
            let entries = try store.evidence()
            if format == .json { return printJSON(entries) }
            return StandardStream.standardOutput.write(EvidenceText.list(entries))
        }
        let (entry, bytes) = try store.evidenceFile(hash)
        guard let output else {
            if Terminal.isTerminal(.standardOutput), !EvidenceText.isText(entry.mediaType, bytes) {
                throw CommandError("evidence \(AssertionID.shown(entry.hash)) is \(entry.mediaType ?? "a binary file"); "
                                   + "write it to a file: assay evidence \(AssertionID.shown(entry.hash)) -o FILE")
            }
            let out = OutputFile()
            try out.write(bytes: bytes)
            return try out.commit()
        }
        let file = try OutputFile(path: output, access: .userDefault)
        try file.write(bytes: bytes)
        try file.commit()
        StandardStream.standardError.write("wrote \(output) (\(EvidenceText.size(entry.size)), \(entry.mediaType ?? "unknown type"))\n")
    }
}
