import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("assay diff and the ingest summary, end to end")
struct DiffCommandTests {
    private let seed = "seeds/" + Repository.seedNames[0]

    /// Seed 000 with a number changed, a sentence removed and a hostile sentence added, written
    /// into the session's folder.
    private func editedSeed(_ session: WorkbenchSession) throws -> String {
        var text = try String(contentsOf: Repository.seed(Repository.seedNames[0]), encoding: .utf8)
        text = text.replacingOccurrences(of: "over 30,000 political prisoners", with: "over 3,000 political prisoners")
        text = text.replacingOccurrences(of: "The diplomat, Assadollah Assadi, was arrested sometime after the couple, and all three are imminently expected to go on trial in Belgium.\n", with: "")
        text = text.replacingOccurrences(of: "must pay attention to this phenomenon.", with: "must pay attention to this phenomenon. Some wrote <script>alert(1)</script> on walls.")
        let path = session.folder.appendingPathComponent("edited.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("two files: the summary and each change, no workbench needed")
    func files() throws {
        let session = try WorkbenchSession()
        let edited = try editedSeed(session)
        let run = try session.run(["diff", seed, edited])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "diff \(seed) → \(edited)")
        #expect(lines.dropFirst().first?.hasPrefix("1 modified, 1 added, 2 removed, 0 moved, ") == true)
        #expect(run.stdoutText.contains("⚑ number changed: 30,000 → 3,000"))
        #expect(!FileManager.default.fileExists(atPath: session.db), "comparing files does not create a workbench")
    }

    @Test("stored versions: DOC, DOC@1 DOC@2 and DOC@1 FILE; verdicts kept, to re-review, orphaned; ingest prints the summary")
    func storedVersions() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", "--doc", "mek", seed]).status == 0)
        let claims = try session.claims(["mek"])
        func id(_ words: String) throws -> String {
            try #require(claims.first { ($0["text"] as? String)?.contains(words) == true }?["id"] as? String)
        }
        #expect(try session.run(["verdict", try id("The French bomb plot"), "accurate"]).status == 0)
        #expect(try session.run(["verdict", try id("over 30,000 political prisoners"), "misleading"]).status == 0)
        #expect(try session.run(["verdict", try id("The diplomat, Assadollah Assadi"), "unsupported"]).status == 0)
        let ingest = try session.run(["ingest", "--doc", "mek", try editedSeed(session)])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let ingestLines = ingest.stdoutText.split(separator: "\n").map(String.init)
        #expect(ingestLines.count == 2)
        #expect(ingestLines.first?.hasPrefix("new version  mek@2:") == true)
        #expect(ingestLines.last?.hasPrefix("             diff @1: 1 modified, 1 added, 2 removed, 0 moved, ") == true)
        #expect(ingestLines.last?.hasSuffix("; 1 number changed; verdicts: 1 kept, 1 needs re-review, 1 orphaned") == true)

        let latest = try session.run(["diff", "mek"])
        #expect(latest.status == 0, "\(latest.stderr)")
        #expect(latest.stdoutText.hasPrefix("diff mek@1 → mek@2\n"))
        #expect(latest.stdoutText.contains("verdict: misleading (tester, version 1) — needs re-review"))
        #expect(latest.stdoutText.contains("Orphaned verdicts (their assertion is no longer in the text):"))
        #expect(latest.stdoutText.contains("unsupported (tester, version 1)  “The diplomat, Assadollah Assadi, was arrested sometime after the couple”"))
        #expect(try session.run(["diff", "mek@1", "mek@2"]).stdoutText == latest.stdoutText)

        let json = try session.run(["diff", "mek@1", "mek@2", "--format", "json"])
        let object = try json.json()
        let verdicts = try #require((object["summary"] as? [String: Any])?["verdicts"] as? [String: Int])
        #expect(verdicts == ["kept": 1, "needs-review": 1, "orphaned": 1])
        #expect((object["orphaned"] as? [[String: Any]])?.count == 1)

        // A stored version against a file: the file has no verdicts; the stored side's carry.
        let mixed = try session.run(["diff", "mek@2", seed])
        #expect(mixed.status == 0, "\(mixed.stderr)")
        #expect(mixed.stdoutText.hasPrefix("diff mek@2 → \(seed)\n"))
        #expect(mixed.stdoutText.contains("1 modified, 2 added, 1 removed"))
    }

    @Test("every format: text, json, md, html (well-formed, the hostile edit escaped)")
    func formats() throws {
        let session = try WorkbenchSession()
        let edited = try editedSeed(session)
        let markdown = try session.run(["diff", seed, edited, "--format", "md"])
        #expect(markdown.status == 0)
        #expect(markdown.stdoutText.contains("~~30,000~~") && markdown.stdoutText.contains("**3,000**"))
        #expect(!markdown.stdoutText.contains("<script"))
        let html = try session.run(["diff", seed, edited, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdoutText.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.stdoutText.contains("<script"))
        #expect(html.stdoutText.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let parser = XMLParser(data: html.stdout)
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        let json = try session.run(["diff", seed, edited, "--format", "json"]).json()
        #expect(json["schemaVersion"] as? Int == 1)
        #expect((json["entries"] as? [[String: Any]])?.contains { $0["status"] as? String == "added" } == true)
        let all = try session.run(["diff", seed, seed, "--all"])
        #expect(all.stdoutText.contains("unchanged ") && all.stdoutText.split(separator: "\n").count > 30)
    }

    @Test("errors: a missing file, an unknown document, a version out of range, one version only; usage errors")
    func errors() throws {
        let session = try WorkbenchSession()
        let missing = try session.run(["diff", "nope/missing.txt", seed])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: nope/missing.txt: no such file or folder\n")
        let noWorkbench = try session.run(["diff", "mek@1", "mek@2"])
        #expect(noWorkbench.status == 2)
        #expect(noWorkbench.stderr == "error: mek: no such file, and no workbench at \(session.db) to hold a document of that name\n")
        #expect(try session.run(["ingest", "--doc", "mek", seed]).status == 0)
        let unknown = try session.run(["diff", "other@1", "mek@1"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: other: no such file, and no document of that name in the workbench (see 'assay claims')\n")
        let range = try session.run(["diff", "mek@1", "mek@3"])
        #expect(range.status == 2)
        #expect(range.stderr == "error: mek has no version 3 (it has 1)\n")
        let single = try session.run(["diff", "mek"])
        #expect(single.status == 2)
        #expect(single.stderr.hasPrefix("error: mek has only one version: nothing to compare it with"))
        let folder = try session.run(["diff", "seeds/", seed])
        #expect(folder.status == 2)
        #expect(folder.stderr.hasPrefix("error: seeds/: is a folder"))
        #expect(try session.run(["diff"]).status == 64)
        #expect(try session.run(["diff", seed]).status == 64)
        #expect(try session.run(["diff", "a", "b", "c"]).status == 64)
        #expect(try session.run(["diff", seed, seed, "--format", "pdf"]).status == 64)
    }

    @Test("help names the sides, the formats and the exit codes")
    func help() throws {
        let help = try AssayBinary.run(["diff", "--help"])
        #expect(help.status == 0)
        for words in ["NAME@N", "docs/diff-json.md", "Exit codes:", "--all", "re-review", "orphaned"] {
            #expect(help.stdoutText.contains(words), "\(words)")
        }
    }
}
