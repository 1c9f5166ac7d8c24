import ArgumentParser
import AssayCore
import Foundation
import Pipeline
import Reporting
import ReviewStore

/// `assay report`: a document's review as Markdown, HTML, JSON, CSV or ClaimReview.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a document's review report: Markdown, HTML, JSON, CSV or ClaimReview.",
        discussion: """
        Every report has a header (title, URL, publisher, version, content hash, when \
        ingested, analysts), a summary, the document with each claim and its findings, the \
        claims with their current verdicts and citations, the attributed sources with their \
        Admiralty grades, and the numeric estimates. Flags an analyst dismissed are left out.

        Formats:
          md            Markdown for a code-hosting site (tables, flagged quotes)
          html          one self-contained file: highlighted spans, badges, a chart
          json          the whole model (schema: docs/report-json.md)
          csv           one row per claim, RFC 4180
          claimreview   schema.org ClaimReview JSON-LD for each reviewed claim

        Without -o the report goes to standard output. -o FILE writes one file (replaced \
        atomically); -o FOLDER/ writes <document>.<ext> for each document inside it.

        Examples:
          assay report 000_0b590991ea34db62 --format html -o report.html
          assay report --all --format md -o reports/
          assay report mek-article@1 --format claimreview
        """
    )

    @Argument(help: ArgumentHelp("The document name, or NAME@N for its version N (default: the only document, its latest version).", valueName: "doc"))
    var document: String?

    @Flag(help: "Report on every document.")
    var all = false

    @Option(help: "md, html, json, csv or claimreview.")
    var format: ReportFormat = .md

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("A file, or a folder (ending in / or existing) for one file per document.", valueName: "path"))
    var output: String?

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if all && document != nil { throw ValidationError("Give a document name or --all, not both.") }
        if let document {
            guard let reference = VersionReference(document) else { throw ValidationError("'\(document)' is not a document name or NAME@N.") }
            if let named = reference.version, named < 1 { throw ValidationError("Versions start at 1.") }
        }
    }

    /// The version asked for: `NAME@N`'s N, else the latest.
    private var requestedVersion: Int? { document.flatMap(VersionReference.init)?.version }

    func run() throws {
        let store = try workbench.open(.read)
        let names = try documentNames(store)
        let reports = try names.map { name in
            ReviewReport(try store.reviewedDocument(name, version: requestedVersion))
        }
        try ReportWriter(reporter: format.reporter, output: output).write(reports) { path in
            StandardStream.standardError.write("wrote \(path)\n")
        }
    }

    private func documentNames(_ store: Workbench) throws -> [String] {
        if let document { return [VersionReference(document)?.name ?? document] }
        let names = try store.documentNames()
        if all || names.count == 1 { return names }
        if names.isEmpty { throw CommandError("the workbench holds no document yet; store one with 'assay ingest FILE'") }
        throw CommandError("the workbench holds \(names.count) documents: name one (\(names.prefix(3).joined(separator: ", "))…) or give --all")
    }
}
