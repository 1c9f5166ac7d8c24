import ArgumentParser
import Foundation
import ReviewStore

/// `assay import`: load a workbench export into a new workbench.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load an 'assay export' file into a new, empty workbench.",
        discussion: """
        The workbench (--db) must be empty: a new file, or one with no rows at all; any other \
        is refused and left unchanged. The file is loaded in one transaction — all of it or \
        nothing: a malformed line, an unknown table or column, a header from a newer assay or \
        a row the schema refuses stops the import with 'error: FILE:LINE: problem' (exit 2). \
        The search index is rebuilt afterwards.

        The import is recorded as one audit-log entry (action "import"). Exporting the new \
        workbench therefore gives the imported file plus that entry, as its last line.

        Examples:
          assay export --db old.sqlite --out review.jsonl
          assay import review.jsonl --db new.sqlite
          gunzip -c review.jsonl.gz | assay import - --db new.sqlite
        """
    )

    @Argument(help: ArgumentHelp("The export file ('-' for standard input).", valueName: "file"))
    var file: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw CommandError("\(file): cannot read the export file")
            }
            data = contents
        }
        // Read and checked before the workbench is opened, so a malformed file creates no workbench.
        let export = try WorkbenchExportFile(data, source: file)
        let store = try workbench.open(.create)
        let summary = try store.importLines(export, analyst: workbench.analystName)
        let counts = ["documents", "verdicts", "citations"].map { "\($0): \(summary.rows[$0] ?? 0)" }
        StandardStream.standardError.write("imported \(summary.total) rows into \(store.path) (\(counts.joined(separator: ", ")))\n")
    }
}
