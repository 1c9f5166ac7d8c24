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
    public init(reading path: String, analyst: String) throws(VerdictFileError) {
        self.path = path
        lines = try Self.read(path, analyst: analyst)
    }

    /// Checks every line against the workbench, then records them in order, each line its own
    /// transaction and recorded once: the same file run again (after an interruption, say)
    /// records only the lines not yet recorded. A line the workbench refuses is a
    /// `VerdictFileError` (nothing recorded); a workbench that fails while recording, a
    /// `WorkbenchError`.
    public func record(into store: Workbench) throws -> [RecordedVerdict] {
        for line in lines {
            do throws(WorkbenchError) {
                try store.checkVerdict(line.request)
            } catch {
                throw VerdictFileError(file: path, line: line.number, problem: .refused(error))
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

    private static func read(_ path: String, analyst: String) throws(VerdictFileError) -> [Line] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw VerdictFileError(file: path, problem: .unreadable)
            }
            data = contents
        }
        guard let contents = String(validating: data, as: UTF8.self) else {
            throw VerdictFileError(file: path, problem: .notUTF8)
        }
        var lines: [Line] = []
        for (index, text) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(text.utf8)) else {
                throw VerdictFileError(file: path, line: index + 1, problem: .notAVerdict)
            }
            // SQLite keeps a NUL, but reading the text back stops at it: the rest of the note would be lost.
            if let field = entry.fieldHoldingNUL {
                throw VerdictFileError(file: path, line: index + 1, problem: .nulCharacter(field: field))
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
