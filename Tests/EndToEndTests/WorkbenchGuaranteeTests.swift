import Foundation
import Testing
import TestSupport

/// What the workbench promises under load, crashes and bad input: nothing committed is lost,
/// nothing refused is changed.
@Suite("Workbench guarantees, end to end", .serialized)
struct WorkbenchGuaranteeTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    /// A verdict file of `count` lines cycling over `claims`, each note naming its writer and line.
    private func batch(_ claims: [String], count: Int, writer: String, in folder: URL) throws -> String {
        let ratings = ["accurate", "mixed", "misleading", "unsupported"]
        let lines = (0..<count).map { index in
            "{\"claim\": \"\(claims[index % claims.count])\", \"rating\": \"\(ratings[index % ratings.count])\", \"note\": \"\(writer) #\(index)\"}"
        }
        let url = folder.appendingPathComponent("\(writer).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func claimIDs(_ session: WorkbenchSession) throws -> [String] {
        try session.claims().compactMap { $0["id"] as? String }
    }

    @Test("two processes each record 500 verdicts at once: all 1,000 are there, integrity ok")
    func concurrentWriters() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let claims = try claimIDs(session)
        let files = try ["ann", "bob"].map { try batch(claims, count: 500, writer: $0, in: session.folder) }
        let processes = try zip(["ann", "bob"], files).map { try session.start(["verdict", "--batch", $1], analyst: $0) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        #expect(try session.verdictsRecorded() == 1_000)
        #expect(try session.run(["check"]).stdoutText == "ok\n")
        // Re-running a batch records nothing twice.
        let again = try session.run(["verdict", "--batch", files[0]], analyst: "ann")
        #expect(again.stdoutText == "recorded 0 verdicts (500 were already recorded)\n")
        #expect(try session.verdictsRecorded() == 1_000)
    }

    @Test("SIGKILL during a large ingest keeps every verdict committed before it, and the file sound")
    func killDuringIngest() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let claims = try claimIDs(session)
        let file = try batch(claims, count: 40, writer: "ann", in: session.folder)
        #expect(try session.run(["verdict", "--batch", file], analyst: "ann").status == 0)
        #expect(try session.verdictsRecorded() == 40)

        // A large ingest: 400 distinct documents made from the seeds.
        let corpus = session.folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let texts = try Repository.seedNames.map { try String(contentsOf: Repository.seed($0), encoding: .utf8) }
        for index in 0..<400 {
            try "Article \(index)\n\n\(texts[index % 2])".write(to: corpus.appendingPathComponent("a\(index).txt"), atomically: true, encoding: .utf8)
        }
        var kills = 0
        for delay in [0.4, 0.8] {
            let writer = try session.start(["ingest", corpus.path], analyst: "bot")
            Thread.sleep(forTimeInterval: delay)
            if writer.isRunning {
                kill(writer.processIdentifier, SIGKILL)
                kills += 1
            }
            writer.waitUntilExit()
            #expect(try session.run(["check"]).stdoutText == "ok\n")
            #expect(try session.verdictsRecorded() == 40)
        }
        #expect(kills >= 1, "the ingest finished before it could be killed; make the corpus larger")
        // The interrupted ingest resumes: documents already stored are recognised, the rest are added.
        let finish = try session.run(["ingest", corpus.path], analyst: "bot")
        #expect(finish.status == 0, "\(finish.stderr)")
        let documents = try #require(try session.stats()["documents"] as? [[String: Any]])
        #expect(documents.count == 401)
        #expect(documents.allSatisfy { $0["version"] as? Int == 1 })
    }

    @Test("SIGKILL during a verdict batch loses nothing committed; re-running completes it exactly once")
    func killDuringBatch() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let file = try batch(try claimIDs(session), count: 3_000, writer: "ann", in: session.folder)
        let writer = try session.start(["verdict", "--batch", file], analyst: "ann")
        Thread.sleep(forTimeInterval: 0.5)
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(try session.run(["check"]).stdoutText == "ok\n")
        let before = try session.verdictsRecorded()
        #expect(before < 3_000)
        let resume = try session.run(["verdict", "--batch", file], analyst: "ann")
        #expect(resume.stdoutText == "recorded \(3_000 - before) verdicts (\(before) were already recorded)\n")
        #expect(try session.verdictsRecorded() == 3_000)
    }

    @Test("bad input: a one-line error naming the problem, exit code 2, and the workbench unchanged")
    func badInput() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let claims = try session.claims()
        let id = try #require(claims.first?["id"] as? String)
        let snapshot = { () throws -> String in
            try session.run(["claims", "--format", "json", "--dismissed"]).stdoutText + session.run(["stats", "--format", "json"]).stdoutText
        }
        let before = try snapshot()
        let cases: [([String], String)] = [
            (["verdict", "0123456789abcdef", "accurate"], "error: no claim with id '0123456789abcdef' (see 'assay claims')\n"),
            (["verdict", "0", "accurate"], "error: claim id '0' is ambiguous: it matches "),
            (["verdict", id, "true"], "error: unknown rating 'true' (expected: accurate, mostly-accurate, mixed, misleading, inaccurate, unsupported, not-checkable)\n"),
            (["verdict", id, "mixed", "--credibility", "9"], "error: credibility must be 1 to 6"),
            (["cite", id, "javascript:alert(1)"], "error: invalid URL 'javascript:alert(1)': a citation needs an absolute http:// or https:// address\n"),
            (["cite", id, "www.example.org/page"], "error: invalid URL 'www.example.org/page'"),
            (["show", "nothex!"], "error: no claim with id 'nothex!'"),
            (["claims", "no-such-doc"], "error: no document named 'no-such-doc' in the workbench"),
            (["search", "\"unbalanced"], "error: invalid search query '\"unbalanced'"),
        ]
        for (arguments, message) in cases {
            let run = try session.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix(message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(arguments): one line")
        }
        #expect(try snapshot() == before)
    }

    @Test("a file that is not a workbench is refused, named, and left byte for byte as it was")
    func foreignFiles() throws {
        let folder = try Repository.temporaryFolder()
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: notes)
        for arguments in [["claims"], ["verdict", "abcd", "mixed"], ["ingest", "seeds/" + Repository.seedNames[0]]] {
            let run = try AssayBinary.run(arguments + ["--db", notes.path])
            #expect(run.status == 2)
            #expect(run.stderr == "error: \(notes.path): is not an SQLite database (not an Assay workbench); nothing was changed\n")
        }
        #expect(try Data(contentsOf: notes) == Data("my notes\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])

        let missing = try AssayBinary.run(["claims", "--db", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.sqlite: no workbench here yet"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))

        let directory = try AssayBinary.run(["claims", "--db", folder.path])
        #expect(directory.status == 2)
        #expect(directory.stderr == "error: \(folder.path): cannot open the workbench: it is not a regular file\n")
    }

    @Test("a read-only workbench allows reading and refuses writes; an unreadable one is refused; neither is changed",
          .enabled(if: PermissionRun.testable, PermissionRun.untestableReason))
    func readOnlyWorkbench() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let id = try #require(try session.claims().first?["id"] as? String)
        if PermissionRun.asNobody { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: session.folder.path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: session.db)
        let before = try Data(contentsOf: URL(fileURLWithPath: session.db))
        func run(_ arguments: [String]) throws -> AssayBinary.Run {
            try PermissionRun.run(arguments + ["--db", session.db])
        }
        let read = try run(["claims", "--format", "json"])
        #expect(read.status == 0, "\(read.stderr)")
        let write = try run(["verdict", id, "mixed"])
        #expect(write.status == 2)
        #expect(write.stderr == "error: \(session.db): the workbench is read-only; this command writes, so nothing was changed\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: session.db)) == before)

        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: session.db)
        for arguments in [["claims"], ["verdict", id, "mixed"]] {
            let unreadable = try run(arguments)
            #expect(unreadable.status == 2)
            #expect(unreadable.stderr == "error: \(session.db): cannot open the workbench: Permission denied\n")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: session.db)
        #expect(try Data(contentsOf: URL(fileURLWithPath: session.db)) == before)
    }
}
