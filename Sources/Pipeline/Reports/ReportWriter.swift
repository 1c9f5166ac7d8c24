import AssayCore
import Foundation
import Reporting

/// Writes reports to standard output, one file, or one file per document in a folder; the files
/// get the user's umask, as reports are meant to be shared.
public struct ReportWriter {
    public let reporter: any ReviewReporter
    /// A file, a folder (an existing one, or a path ending in `/`), or nil for standard output.
    public let output: String?

    public init(reporter: any ReviewReporter, output: String?) {
        self.reporter = reporter
        self.output = output
    }

    /// Writes the reports; `wrote` is told each file written into a folder.
    public func write(_ reports: [ReviewReport], wrote: (String) -> Void = { _ in }) throws(OutputFileError) {
        guard let output else {
            let file = OutputFile()
            try file.write(reporter.render(reports))
            return try file.commit()
        }
        guard isFolder(output) else {
            let file = try OutputFile(path: output, access: .userDefault)
            try file.write(reporter.render(reports))
            return try file.commit()
        }
        var written = Set<String>()
        for report in reports {
            let name = uniqueName(report.document.header, taken: written)
            written.insert(name)
            let path = URL(fileURLWithPath: output).appendingPathComponent(name).path
            let file = try OutputFile(path: path, access: .userDefault)
            try file.write(reporter.render([report]))
            try file.commit()
            wrote(path)
        }
    }

    /// The document's file name; when another document took it, the name with its content hash,
    /// then with a counter too.
    private func uniqueName(_ header: ReviewedDocument.Header, taken: Set<String>) -> String {
        let fileExtension = reporter.fileExtension
        let plain = ReportFileName.name(document: header.name, extension: fileExtension)
        guard taken.contains(plain) else { return plain }
        let hash = String(header.contentHash.prefix(8))
        var candidate = ReportFileName.name(document: header.name, suffix: hash, extension: fileExtension)
        var counter = 2
        while taken.contains(candidate) {
            candidate = ReportFileName.name(document: header.name, suffix: "\(hash)-\(counter)", extension: fileExtension)
            counter += 1
        }
        return candidate
    }

    /// An existing folder, or a path ending in `/` (created when missing).
    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &folder) { return folder.boolValue }
        guard path.hasSuffix("/") else { return false }
        return (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil
    }
}
