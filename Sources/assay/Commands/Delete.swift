import ArgumentParser
import AssayCore
import Foundation
import Pipeline
import Reporting
import ReviewStore

/// `assay delete DOC[@N]`: removes a document, or one version of it.
struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Remove a stored document, or one version of it (DOC@N).",
        discussion: """
        For a document (or a version) that holds no review work, it is removed at once. One \
        that holds verdicts, citations, tags, annotations or dismissals is refused, saying \
        which, unless --force: then that work is first written to an export file (--export \
        FILE, else deleted-DOC-TIME.jsonl beside the workbench), which 'assay import' reads, \
        and only then is the document removed. Removing a version removes the verdicts \
        recorded on it; citations, tags and notes belong to the document and stay. Every \
        deletion is in the audit log.

        Examples:
          assay delete junk-pdf
          assay delete mek-article@3
          assay delete mek-article --force --export mek-article-review.jsonl
        """
    )

    @Argument(help: ArgumentHelp("The document, or one version of it (NAME@N).", valueName: "doc"))
    var document: String

    @Flag(help: "Delete even when review work is on it, after writing that work to an export file.")
    var force = false

    @Option(help: ArgumentHelp("With --force: the file to write the review work to.", valueName: "file"))
    var export: String?

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if export != nil && !force { throw ValidationError("--export goes with --force.") }
        guard VersionReference(document) != nil else { throw ValidationError("'\(document)' is not NAME or NAME@N.") }
    }

    func run() throws {
        let reference = VersionReference(document) ?? VersionReference(name: document)
        let store = try workbench.open(.write)
        var keptIn: String?
        let deletion = try store.deleteDocument(reference.name, version: reference.version, force: force,
                                                analyst: workbench.analystName) { lines in
            let path = export ?? Self.defaultExport(beside: store.path, document: document)
            let file = try OutputFile(path: path)
            try file.write(lines.joined(separator: "\n") + "\n")
            try file.commit()
            keptIn = path
        }
        let what = deletion.version.map { "version \($0) of \(deletion.document)" }
            ?? "\(deletion.document) (\(Noun.count(deletion.versions, "version")))"
        var line = "deleted \(what)"
        if let keptIn {
            line += "; its review work (\(Noun.count(deletion.verdicts, "verdict")), \(Noun.count(deletion.citations, "citation"))"
                + (deletion.otherRows > 0 ? ", \(deletion.otherRows) other" : "") + ") is in \(keptIn)"
        }
        StandardStream.standardOutput.write(line + "\n")
    }

    /// `deleted-DOC-20261207T140312Z.jsonl` in the workbench's folder.
    static func defaultExport(beside workbench: String, document: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let safe = String(document.map { $0.isLetter || $0.isNumber || "-_.@".contains($0) ? $0 : "_" })
        return URL(fileURLWithPath: workbench).deletingLastPathComponent()
            .appendingPathComponent("deleted-\(safe)-\(formatter.string(from: Date())).jsonl").path
    }
}
