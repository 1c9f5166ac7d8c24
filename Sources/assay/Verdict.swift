import ArgumentParser
import AssayCore
import Foundation
import ReviewStore

/// `assay verdict`: record a rating on a claim (or many, from a file).
struct Verdict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Record a verdict on an assertion.",
        discussion: """
        Verdicts are append-only: a new verdict supersedes the earlier ones, which stay in \
        the claim's history ('assay show'). RATING is one of the workbench's verdict scale \
        (default: accurate, mostly-accurate, mixed, misleading, inaccurate, unsupported, \
        not-checkable; see 'assay scale').

        --batch FILE records many verdicts, one JSON object per line: \
        {"claim": "3f2a9c1e", "rating": "misleading", "note": "…", "credibility": 4, \
        "confidence": "high"}. Each line is its own transaction and is recorded once: running \
        the same file again (after an interruption, say) records only the lines not yet \
        recorded.

        Examples:
          assay verdict 3f2a9c1e misleading --credibility 4 --confidence medium --note "Figure is the NCRI's own."
          assay verdict --batch verdicts.jsonl --analyst alice
        """
    )

    @Argument(help: ArgumentHelp("The assertion id or a unique prefix.", valueName: "claim"))
    var claim: String?

    @Argument(help: ArgumentHelp("The rating, from the verdict scale.", valueName: "rating"))
    var rating: String?

    @Option(help: ArgumentHelp("Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.",
                               valueName: "1-6"))
    var credibility: Int?

    @Option(help: ArgumentHelp("How sure the analyst is: low, medium or high.", valueName: "level"))
    var confidence: String?

    @Option(help: ArgumentHelp("A note on the reasoning, stored verbatim.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Record the verdicts of a JSON Lines file ('-' for standard input).", valueName: "file"))
    var batch: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if batch == nil && (claim == nil || rating == nil) { throw ValidationError("Give CLAIM and RATING, or --batch FILE.") }
        if batch != nil && (claim != nil || rating != nil) { throw ValidationError("--batch takes the claims from the file: give no CLAIM.") }
    }

    func run() throws {
        let lines: [VerdictBatch.Line]
        if let batch {
            lines = try attempt { () throws(WorkbenchError) in try VerdictBatch.read(batch, analyst: workbench.analystName) }
        } else {
            lines = [VerdictBatch.Line(number: 0, request: VerdictRequest(
                claim: claim ?? "", rating: rating ?? "", credibility: credibility, confidence: confidence, note: note,
                analyst: workbench.analystName))]
        }
        let store = try workbench.open(.write)
        // A batch is checked whole before its first line is recorded.
        if let batch {
            for line in lines {
                try attempt { () throws(WorkbenchError) in
                    do throws(WorkbenchError) {
                        try store.checkVerdict(line.request)
                    } catch {
                        throw .invalid("\(batch):\(line.number): \(error.description)")
                    }
                }
            }
        }
        var recorded: [RecordedVerdict] = []
        for line in lines {
            recorded.append(try attempt { () throws(WorkbenchError) in try store.recordVerdict(line.request) })
        }
        if format == .json { return printJSON(recorded.map(\.verdict)) }
        if batch != nil {
            let fresh = recorded.filter { !$0.alreadyRecorded }.count
            StandardStream.standardOutput.write("recorded \(fresh) verdicts (\(recorded.count - fresh) were already recorded)\n")
            return
        }
        for item in recorded {
            StandardStream.standardOutput.write("\(item.verdict.rating)  \(item.document):\(ClaimFormatting.shortID(item.assertion))  by \(item.verdict.analyst)\n")
        }
    }
}

/// Reads `assay verdict --batch` files: one JSON object per line.
enum VerdictBatch {
    /// A verdict request and the 1-based line it was read from.
    struct Line {
        var number: Int
        var request: VerdictRequest
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

    static func read(_ path: String, analyst: String) throws(WorkbenchError) -> [Line] {
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
