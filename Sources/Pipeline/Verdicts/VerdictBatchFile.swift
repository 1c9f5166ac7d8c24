import AssayCore
import Foundation
import ReviewStore

/// A file of verdicts (`assay verdict --batch`): one JSON object per line, such as
/// `{"claim": "3f2a9c1e", "rating": "misleading", "note": "…"}`.
public struct VerdictBatchFile {
    /// A verdict request and the 1-based line it was read from.
    public struct Line: Sendable {
        public var number: Int
        public var request: VerdictRequest
    }

    /// The file's path, or `-` for standard input.
    public let path: String
    public let lines: [Line]

    /// Reads and checks the file's syntax; nothing is recorded.
    public init(reading path: String, analyst: String) throws(WorkbenchError) {
        self.path = path
        lines = try Self.read(path, analyst: analyst)
    }

    /// Checks every line against the workbench, then records them in order, each line its own
    /// transaction and recorded once: the same file run again (after an interruption, say)
    /// records only the lines not yet recorded.
    public func record(into store: Workbench) throws(WorkbenchError) -> [RecordedVerdict] {
        for line in lines {
            do throws(WorkbenchError) {
                try store.checkVerdict(line.request)
            } catch {
                throw .invalid("\(path):\(line.number): \(error.description)")
            }
        }
        var recorded: [RecordedVerdict] = []
        for line in lines { recorded.append(try store.recordVerdict(line.request)) }
        return recorded
    }

    private struct Entry: Decodable {
        var claim: String
        var rating: String
        var credibility: Int?
        var confidence: String?
        var note: String?
        var key: String?

        var fieldHoldingNUL: String? {
            let fields = [("claim", claim), ("rating", rating), ("confidence", confidence), ("note", note), ("key", key)]
            return fields.first { $0.1?.contains("\0") == true }?.0
        }
    }

    private static func read(_ path: String, analyst: String) throws(WorkbenchError) -> [Line] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw .invalid("\(path): cannot read the verdict file")
            }
            data = contents
        }
        guard let contents = String(validating: data, as: UTF8.self) else {
            throw .invalid("\(path): is not valid UTF-8; save the verdict file as UTF-8 (nothing was recorded)")
        }
        var lines: [Line] = []
        for (index, text) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(text.utf8)) else {
                throw .invalid("\(path):\(index + 1): not a verdict object such as {\"claim\": \"3f2a9c1e\", \"rating\": \"mixed\"}")
            }
            // SQLite keeps a NUL, but reading the text back stops at it: the rest of the note would be lost.
            if let field = entry.fieldHoldingNUL {
                throw .invalid("\(path):\(index + 1): the \(field) holds a NUL character (\\u0000), which a workbench cannot keep")
            }
            // The default key is the analyst, the line's text and its number: running the file again
            // (even after fixing another line) records each unchanged line once.
            let key = entry.key ?? "batch:" + ContentHash.sha256(Array("\(analyst)\n\(index + 1)\n\(text)".utf8)).prefix(32)
            lines.append(Line(number: index + 1, request: VerdictRequest(
                claim: entry.claim, rating: entry.rating, credibility: entry.credibility, confidence: entry.confidence,
                note: entry.note, analyst: analyst, key: key)))
        }
        return lines
    }
}
