import Foundation
import ReviewStore
import Testing
import TestSupport

@Suite("assay export, import and backup, end to end")
struct ExportCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }
    private let environment = ["ASSAY_ANALYST": "alice"]

    /// A workbench with both seeds and a few verdicts; returns its folder and path.
    private func reviewedWorkbench() throws -> (folder: URL, db: String) {
        let folder = try Repository.temporaryFolder()
        let db = folder.appendingPathComponent("a.sqlite").path
        let ingest = try AssayBinary.run(["ingest", "--db", db] + seeds, environment: environment)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for (claim, note) in zip(try claimIDs(db).prefix(3), ["it's \"odd\"; see p. 4", "'); DROP TABLE verdicts; --", "two\nlines — ünïcode"]) {
            let verdict = try AssayBinary.run(["verdict", claim, "misleading", "--note", note, "--db", db], environment: environment)
            #expect(verdict.status == 0, "\(verdict.stderr)")
        }
        return (folder, db)
    }

    private func claimIDs(_ db: String) throws -> [String] {
        let run = try AssayBinary.run(["claims", "--format", "json", "--db", db])
        let claims = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        return claims.compactMap { claim in (claim["id"] as? String).map { "\(claim["document"] as? String ?? ""):\($0)" } }
    }

    private func lines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode : 0
    }

    @Test("export --out → import into a new workbench → export: identical but for the import's audit entry")
    func roundTrip() throws {
        let (folder, db) = try reviewedWorkbench()
        let file = folder.appendingPathComponent("a.jsonl").path
        let export = try AssayBinary.run(["export", "--db", db, "--out", file])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.isEmpty)
        #expect(mode(file) & 0o777 == 0o600)
        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(try AssayBinary.run(["export", "--db", db]).stdout == written, "stdout and --out agree")
        let short = folder.appendingPathComponent("b.jsonl").path
        #expect(try AssayBinary.run(["export", "--db", db, "-o", short]).status == 0)
        #expect(FileManager.default.contents(atPath: short) == written, "-o, as on report, writes the same")

        let copy = folder.appendingPathComponent("new.sqlite").path
        let load = try AssayBinary.run(["import", file, "--db", copy], environment: environment)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stderr.contains("imported \(lines(written).count - 1) rows"), "\(load.stderr)")
        let again = try AssayBinary.run(["export", "--db", copy])
        #expect(again.status == 0)
        let (a, b) = (lines(written), lines(again.stdout))
        #expect(b.count == a.count + 1)
        #expect(Array(b.dropLast()) == a)
        #expect(b.last?.hasPrefix(#"{"table":"audit_log","row":{"action":"import","analyst":"alice""#) == true)
        #expect(a.filter { $0.hasPrefix(#"{"table":"verdicts""#) }.count == 3)
        #expect(try AssayBinary.run(["claims", "--db", copy]).stdoutText == AssayBinary.run(["claims", "--db", db]).stdoutText)
    }

    @Test("import into a workbench that is not empty is refused with exit 2 and changes nothing")
    func importRefused() throws {
        let (folder, db) = try reviewedWorkbench()
        let file = folder.appendingPathComponent("a.jsonl").path
        #expect(try AssayBinary.run(["export", "--db", db, "--out", file]).status == 0)
        let before = try AssayBinary.run(["export", "--db", db]).stdout
        let load = try AssayBinary.run(["import", file, "--db", db])
        #expect(load.status == 2)
        #expect(load.stderr.hasPrefix("error: \(db): the workbench is not empty ("), "\(load.stderr)")
        #expect(try AssayBinary.run(["export", "--db", db]).stdout == before)
    }

    @Test("a malformed line stops the import with FILE:LINE, exit 2, and creates no workbench")
    func malformedLine() throws {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("bad.jsonl").path
        try Data("""
            {"format":"assay-workbench","schemaVersion":1,"tool":"assay"}
            {"table":"analysts","row":{"created_at":"t","name":"alice"}}
            {"table":"analysts","row":{"name":
            """.utf8).write(to: URL(fileURLWithPath: file))
        let copy = folder.appendingPathComponent("new.sqlite").path
        let load = try AssayBinary.run(["import", file, "--db", copy])
        #expect(load.status == 2)
        #expect(load.stderr == "error: \(file):3: not valid JSON\n")
        #expect(!FileManager.default.fileExists(atPath: copy))
    }

    @Test("export --out replaces a planted symlink instead of writing through it")
    func outDoesNotFollowSymlinks() throws {
        let (folder, db) = try reviewedWorkbench()
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("do not touch".utf8).write(to: victim)
        let out = folder.appendingPathComponent("out.jsonl").path
        #expect(symlink(victim.path, out) == 0)
        let export = try AssayBinary.run(["export", "--db", db, "--out", out])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try Data(contentsOf: victim) == Data("do not touch".utf8))
        #expect(mode(out) & S_IFMT == S_IFREG)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("export --out and report -o into a pipe write through it and leave it a pipe, never a file in its place")
    func outIntoAPipe() throws {
        let (folder, db) = try reviewedWorkbench()
        for (name, arguments) in [("export.fifo", ["export", "--db", db, "--out"]),
                                  ("report.fifo", ["report", "--all", "--format", "csv", "--db", db, "-o"])] {
            let fifo = folder.appendingPathComponent(name).path
            #expect(mkfifo(fifo, 0o600) == 0)
            // The reader opens the pipe before assay does, on a thread of its own, and reads to its end.
            let received = ReceivedBytes()
            let reader = Thread { received.set(Self.readAll(fifo)) }
            reader.start()
            let run = try AssayBinary.run(arguments + [fifo])
            #expect(run.status == 0, "\(run.stderr)")
            // Were the pipe replaced by a file, the reader would wait on it for ever: give up after a while.
            let bytes = received.wait(seconds: 60)
            #expect(bytes?.isEmpty == false, "nothing came through \(name)")
            #expect(mode(fifo) & S_IFMT == S_IFIFO)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    /// Everything written into the pipe at `path` until its writer closes it.
    private static func readAll(_ path: String) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return Data() }
        defer { close(descriptor) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    @Test("backup while another assay writes verdicts: an intact, owner-only copy that assay can use; never overwrites")
    func backupWhileWriting() throws {
        let (folder, db) = try reviewedWorkbench()
        let claims = try claimIDs(db)
        let batch = folder.appendingPathComponent("batch.jsonl")
        let batchLines = (0..<1000).map { index in
            #"{"claim": "\#(claims[index % claims.count])", "rating": "mixed", "note": "batch \#(index)"}"#
        }
        try Data(batchLines.joined(separator: "\n").utf8).write(to: batch)
        let writer = Process()
        writer.executableURL = AssayBinary.url
        writer.arguments = ["verdict", "--batch", batch.path, "--db", db]
        writer.currentDirectoryURL = Repository.root
        writer.environment = ProcessInfo.processInfo.environment.merging(["ASSAY_ANALYST": "batch"]) { $1 }
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        try waitForFirstVerdict(in: db, by: "batch")

        let copy = folder.appendingPathComponent("backup.sqlite").path
        let backup = try AssayBinary.run(["backup", "-o", copy, "--db", db])
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(mode(copy) & 0o777 == 0o600)
        let restored = try Workbench.open(path: copy, access: .read)
        #expect(try restored.integrityCheck() == "ok")
        let listed = try AssayBinary.run(["claims", "--db", copy])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdoutText.contains("000_0b590991ea34db62@1"))
        #expect(try restored.claims().contains { $0.verdict?.analyst == "batch" }, "taken while the batch was being written")

        let size = try Data(contentsOf: URL(fileURLWithPath: copy)).count
        let twice = try AssayBinary.run(["backup", "-o", copy, "--db", db])
        #expect(twice.status == 2)
        #expect(twice.stderr == "error: \(copy): already exists; a backup never overwrites a file, so give a new path (nothing was written)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)).count == size)
    }

    /// Waits (up to 20 s) until the writer process has committed its first verdict.
    private func waitForFirstVerdict(in db: String, by analyst: String) throws {
        let workbench = try Workbench.open(path: db, access: .read)
        for _ in 0..<400 {
            if try workbench.claims().contains(where: { $0.verdict?.analyst == analyst }) { return }
            usleep(50_000)
        }
        Issue.record("the writer recorded nothing")
    }

    @Test("the new commands are listed and explain themselves with examples")
    func help() throws {
        let root = try AssayBinary.run(["--help"])
        for command in ["export", "import", "backup"] {
            #expect(root.stdoutText.contains("  \(command) "), "\(command) is listed")
            let help = try AssayBinary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdoutText.contains("Examples:"))
            #expect(help.stdoutText.contains("assay \(command) "))
        }
    }

    @Test("every command that writes a file names it with -o")
    func outputOption() throws {
        for command in [["report"], ["export"], ["backup"], ["evidence"], ["model", "train"]] {
            let help = try AssayBinary.run(command + ["--help"])
            #expect(help.stdoutText.contains("-o, --output"), "\(command.joined(separator: " ")) has no -o")
        }
    }
}

/// Bytes a reader thread hands to the test once it has read them all.
private final class ReceivedBytes: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the reader before it signals `done`; read only after waiting on it.
    private var bytes = Data()

    func set(_ data: Data) {
        bytes = data
        done.signal()
    }

    /// The bytes, or nil when the reader has not finished within `seconds`.
    func wait(seconds: Int) -> Data? {
        done.wait(timeout: .now() + .seconds(seconds)) == .success ? bytes : nil
    }
}
