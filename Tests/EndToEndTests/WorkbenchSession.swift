import Foundation
import TestSupport

/// A temporary workbench driven through the built binary: every command gets `--db`.
struct WorkbenchSession {
    let folder: URL
    let db: String

    init() throws {
        folder = try Repository.temporaryFolder()
        db = folder.appendingPathComponent("workbench.sqlite").path
    }

    @discardableResult
    func run(_ arguments: [String], analyst: String = "tester", stdin: Data? = nil) throws -> AssayBinary.Run {
        try AssayBinary.run(arguments + ["--db", db], stdin: stdin, environment: ["ASSAY_ANALYST": analyst])
    }

    /// Runs a command that must succeed and returns its JSON output.
    func json(_ arguments: [String]) throws -> Any {
        let run = try self.run(arguments + ["--format", "json"])
        guard run.status == 0 else { throw SessionError(command: arguments, stderr: run.stderr) }
        return try JSONSerialization.jsonObject(with: run.stdout)
    }

    func claims(_ arguments: [String] = []) throws -> [[String: Any]] {
        (try json(["claims"] + arguments) as? [[String: Any]]) ?? []
    }

    func stats() throws -> [String: Any] {
        (try json(["stats"]) as? [String: Any]) ?? [:]
    }

    /// Every verdict recorded in the workbench, superseded ones included.
    func verdictsRecorded() throws -> Int {
        let documents = (try stats()["documents"] as? [[String: Any]]) ?? []
        return documents.compactMap { $0["verdictsRecorded"] as? Int }.reduce(0, +)
    }

    /// Starts `assay` in the background (for concurrency and crash tests).
    func start(_ arguments: [String], analyst: String) throws -> Process {
        let process = Process()
        process.executableURL = AssayBinary.url
        process.arguments = arguments + ["--db", db]
        process.currentDirectoryURL = Repository.root
        process.environment = ProcessInfo.processInfo.environment.merging(["ASSAY_ANALYST": analyst]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    struct SessionError: Error, CustomStringConvertible {
        var command: [String]
        var stderr: String
        var description: String { "assay \(command.joined(separator: " ")) failed: \(stderr)" }
    }
}
