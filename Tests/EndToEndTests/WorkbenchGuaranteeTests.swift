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

    @Test("four processes each record 250 verdicts at once: all 1,000 are there, none failed, integrity ok")
    func concurrentWriters() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let claims = try claimIDs(session)
        let writers = ["ann", "bob", "cy", "dee"]
        let files = try writers.map { try batch(claims, count: 250, writer: $0, in: session.folder) }
        let processes = try zip(writers, files).map { try session.start(["verdict", "--batch", $1], analyst: $0) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0])
        #expect(try session.verdictsRecorded() == 1_000)
        #expect(try session.run(["check"]).stdoutText == "ok\n")
        // Re-running a batch records nothing twice.
        let again = try session.run(["verdict", "--batch", files[0]], analyst: "ann")
        #expect(again.stdoutText == "recorded 0 verdicts (250 were already recorded)\n")
        #expect(try session.verdictsRecorded() == 1_000)
    }

    /// `count` documents "Article N" + a seed, alternating seeds, in a new folder of the session.
    private func corpus(_ count: Int, in session: WorkbenchSession) throws -> URL {
        let corpus = session.folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let texts = try Repository.seedNames.map { try String(contentsOf: Repository.seed($0), encoding: .utf8) }
        for index in 0..<count {
            try "Article \(index)\n\n\(texts[index % 2])".write(to: corpus.appendingPathComponent("a\(index).txt"), atomically: true, encoding: .utf8)
        }
        return corpus
    }

    /// Assertions and findings per stored document, by name.
    private func storedCounts(_ session: WorkbenchSession) throws -> [String: [Int]] {
        let documents = (try session.stats()["documents"] as? [[String: Any]]) ?? []
        return Dictionary(uniqueKeysWithValues: documents.compactMap { document in
            guard let name = document["document"] as? String, let assertions = document["assertions"] as? Int,
                  let findings = document["findings"] as? [String: Int] else { return nil }
            return (name, [assertions, findings.values.reduce(0, +)])
        })
    }

    /// Every corpus document stored holds all its assertions and findings: those of a whole
    /// ingest of the same text (documents of the same seed differ only in their number).
    private func expectWhole(_ stored: [String: [Int]], like reference: [[Int]], _ comment: String) {
        for (name, counts) in stored where name.hasPrefix("a") {
            guard let index = Int(name.dropFirst()) else { continue }
            #expect(counts == reference[index % 2], "\(name) is partly stored (\(comment))")
        }
    }

    @Test("SIGKILL at random points of a large ingest: each document whole or absent, earlier verdicts kept, the file sound")
    func killDuringIngest() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let claims = try claimIDs(session)
        let file = try batch(claims, count: 40, writer: "ann", in: session.folder)
        #expect(try session.run(["verdict", "--batch", file], analyst: "ann").status == 0)
        #expect(try session.verdictsRecorded() == 40)

        let corpus = try corpus(400, in: session)
        let reference = try WorkbenchSession()
        let referenceFiles = ["a0.txt", "a1.txt"].map { corpus.appendingPathComponent($0).path }
        #expect(try reference.run(["ingest"] + referenceFiles).status == 0)
        let whole = try storedCounts(reference)
        let expected = try ["a0", "a1"].map { try #require(whole[$0]) }

        var kills = 0
        var delays: [Double] = []
        var storedAfterKills: [Int] = []
        for _ in 0..<3 {
            let before = try storedCounts(session).count
            let writer = try session.start(["ingest", corpus.path], analyst: "bot")
            // Killed at a random moment after this run has committed a batch: between commits.
            let deadline = Date().addingTimeInterval(60)
            while try storedCounts(session).count == before, writer.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
            let delay = Double.random(in: 0...0.8)
            delays.append(delay)
            Thread.sleep(forTimeInterval: delay)
            if writer.isRunning {
                kill(writer.processIdentifier, SIGKILL)
                kills += 1
            }
            writer.waitUntilExit()
            #expect(try session.run(["check"]).stdoutText == "ok\n", "killed \(delay) s after a commit")
            #expect(try session.verdictsRecorded() == 40, "killed \(delay) s after a commit")
            let stored = try storedCounts(session)
            expectWhole(stored, like: expected, "killed \(delay) s after a commit")
            storedAfterKills.append(stored.count - 1)
        }
        #expect(storedAfterKills.contains { $0 > 0 && $0 < 400 }, "no kill landed between two commits: \(storedAfterKills)")
        #expect(kills >= 1, "every ingest finished before it could be killed (delays \(delays)); make the corpus larger")
        // The interrupted ingest resumes: documents already stored are recognised, the rest are added.
        let finish = try session.run(["ingest", corpus.path], analyst: "bot")
        #expect(finish.status == 0, "\(finish.stderr)")
        let stored = try storedCounts(session)
        #expect(stored.count == 401)
        expectWhole(stored, like: expected, "after resuming")
        let documents = try #require(try session.stats()["documents"] as? [[String: Any]])
        #expect(documents.allSatisfy { $0["version"] as? Int == 1 })
        print("killDuringIngest: \(delays.count) ingests of 400 documents, \(kills) killed (\(delays.map { String(format: "%.2f", $0) }) s after a commit, "
              + "documents stored by then \(storedAfterKills)); "
              + "\(stored.count) documents stored whole in the end; 40 of 40 earlier verdicts kept")
    }

    @Test("SIGKILL at random points of a verdict batch loses nothing committed; each re-run completes it exactly once")
    func killDuringBatch() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let file = try batch(try claimIDs(session), count: 3_000, writer: "ann", in: session.folder)
        var recorded = 0
        var found: [Int] = []
        for _ in 0..<3 {
            let writer = try session.start(["verdict", "--batch", file], analyst: "ann")
            // Killed at a random moment after this run has committed something: mid-batch.
            let deadline = Date().addingTimeInterval(60)
            while try session.verdictsRecorded() == recorded, writer.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
            let delay = Double.random(in: 0...0.3)
            Thread.sleep(forTimeInterval: delay)
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            #expect(try session.run(["check"]).stdoutText == "ok\n", "killed \(delay) s into the batch")
            let now = try session.verdictsRecorded()
            #expect(now > recorded, "killed \(delay) s into the batch: committed verdicts were lost, or none were written")
            recorded = now
            found.append(now)
        }
        #expect(recorded < 3_000, "every batch finished before it was killed; make it larger")
        let resume = try session.run(["verdict", "--batch", file], analyst: "ann")
        #expect(resume.stdoutText == "recorded \(3_000 - recorded) verdicts (\(recorded) were already recorded)\n")
        #expect(try session.verdictsRecorded() == 3_000)
        print("killDuringBatch: 3 runs of a 3,000-verdict batch killed mid-batch; verdicts found after each kill \(found); "
              + "3,000 of 3,000 after resuming, each once")
    }

    @Test("a full disk stops the ingest with a clear error: what was committed is kept whole and named, the file sound",
          .enabled(if: SmallDisk.available, SmallDisk.unavailableReason))
    func fullDisk() throws {
        let session = try WorkbenchSession()
        let disk = try SmallDisk(megabytes: 4)
        defer { disk.unmount() }
        let db = disk.folder.appendingPathComponent("workbench.sqlite").path
        func run(_ arguments: [String], analyst: String = "tester") throws -> AssayBinary.Run {
            try AssayBinary.run(arguments + ["--db", db], environment: ["ASSAY_ANALYST": analyst])
        }
        #expect(try run(["ingest", seeds[0]]).status == 0)
        let listed = try JSONSerialization.jsonObject(with: try run(["claims", "--format", "json"]).stdout)
        let claims = ((listed as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        let verdicts = try batch(claims, count: 40, writer: "ann", in: session.folder)
        #expect(try run(["verdict", "--batch", verdicts], analyst: "ann").status == 0)

        let corpus = try corpus(400, in: session)
        let full = try run(["ingest", corpus.path])
        #expect(full.status == 2)
        let storedLines = full.stdoutText.split(separator: "\n").filter { $0.hasPrefix("stored ") }.count
        // 4 MB holds the first batch of 64 documents but not all 400.
        #expect(storedLines > 0 && storedLines < 400, "the disk filled at another point than intended: resize it")
        #expect(full.stderr == "error: the workbench could not be written: the disk is full; the 64 documents of the last batch "
                + "were not stored, the \(storedLines) stored before are kept (run the same ingest again to add the rest)\n")
        #expect(try run(["check"]).stdoutText == "ok\n")
        let documents = try #require(try run(["stats", "--format", "json"]).json()["documents"] as? [[String: Any]])
        #expect(documents.count == 1 + storedLines, "what stdout says was stored is what is there")
        #expect(documents.compactMap { $0["verdictsRecorded"] as? Int }.reduce(0, +) == 40)
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
            (["search", "\"unbalanced"], "error: search query '\"unbalanced' is not valid FTS5 syntax"),
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
        #expect(missing.stderr.contains("none.sqlite: no workbench there"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))

        let directory = try AssayBinary.run(["claims", "--db", folder.path])
        #expect(directory.status == 2)
        #expect(directory.stderr == "error: \(folder.path): cannot open the workbench: it is not a regular file\n")
    }

    @Test("a damaged workbench is refused by every command that writes, left byte for byte as it was; check lists the damage")
    func damagedWorkbench() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        #expect(try session.run(["check"]).stdoutText == "ok\n")
        let id = try #require(try claimIDs(session).first)
        // One page in the middle of the file overwritten, as a bad sector or a stray write would.
        let url = URL(fileURLWithPath: session.db)
        var bytes = try Data(contentsOf: url)
        let page = 4_096, middle = bytes.count / page / 2 * page
        bytes.replaceSubrange(middle..<(middle + page), with: Data(repeating: 0x5A, count: page))
        try bytes.write(to: url)

        for arguments in [["verdict", id, "accurate"], ["ingest", seeds[0]], ["tag", id, "later"]] {
            let run = try session.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix("error: \(session.db): the workbench file is damaged ("), "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasSuffix("so this command, which writes, changed nothing; 'assay check' lists the problems, "
                                         + "read commands still work, restore from a backup\n"), "\(arguments): \(run.stderr)")
        }
        let check = try session.run(["check"])
        #expect(check.status == 2)
        #expect(!check.stdoutText.isEmpty && check.stdoutText != "ok\n", "\(check.stdoutText)\(check.stderr)")
        #expect(try Data(contentsOf: url) == bytes, "the damaged file was written to")
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
