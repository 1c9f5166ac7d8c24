import ArgumentParser
import Pipeline
import ReviewStore

/// `assay export`: the whole workbench as JSON Lines.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole workbench as JSON Lines (for archives, diffs and moving to another machine).",
        discussion: """
        The first line is a header, {"format":"assay-workbench","schemaVersion":N,"tool":"assay"}; \
        each other line is one row, {"table":"verdicts","row":{…}}, tables in an order that \
        'assay import' can load, rows by primary key, columns by name: the same workbench \
        always exports to the same bytes. A file (BLOB) value is {"$base64":"…"}. The format: \
        docs/workbench-export.md.

        The export reads one consistent snapshot; other processes may go on writing. With \
        -o the file is written under a temporary name, owner-only, and renamed into place \
        when complete.

        Examples:
          assay export -o review.jsonl
          assay export --db review.sqlite | gzip > review.jsonl.gz
          assay import review.jsonl --db copy.sqlite
        """
    )

    // -o and --output as on `report`; --out, its first name, still works.
    @Option(name: [.customShort("o"), .customLong("output"), .customLong("out")],
            help: ArgumentHelp("Write to this file instead of standard output (replaced atomically).", valueName: "file"))
    var out: String?

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let output = try out.map { path throws(OutputFileError) in try OutputFile(path: path) } ?? OutputFile()
        try store.export { line throws(OutputFileError) in try output.write(line) }
        try output.commit()
    }
}
