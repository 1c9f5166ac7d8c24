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

    static let calledOutEdits = [
        CalledOutEdit(subject: "date",
                      old: "Emissions will halve by 2030, the plan says. The rally was held on 3 March near Paris.",
                      new: "Emissions will halve by 2031, the plan says. The rally was held on 4 March near Paris.",
                      callouts: ["date changed: 2030 → 2031", "date changed: 3 March → 4 March"], count: "2 dates changed"),
        CalledOutEdit(subject: "money",
                      old: "The council spent $3 million on the bridge. The fine was £300 for each driver.",
                      new: "The council spent $30 million on the bridge. The fine was €300 for each driver.",
                      callouts: ["amount of money changed: $3 million → $30 million", "amount of money changed: £300 → €300"],
                      count: "2 amounts of money changed"),
        CalledOutEdit(subject: "source",
                      old: "The tax will rise next year, said the minister. The police said that 40 people were detained.",
                      new: "The tax will rise next year, said a spokesperson. It is believed that 40 people were detained.",
                      callouts: ["source changed: the minister → a spokesperson",
                                 "source changed: The police → “It is believed” (no source named)"],
                      count: "2 sources changed"),
        CalledOutEdit(subject: "framing",
                      old: "The regime fell after the protests. The plan was hatched in secret by the council.",
                      new: "The murderous regime fell after the protests. The nefarious plan was hatched in secret by the council.",
                      callouts: ["framing phrase added: murderous regime (name-calling, loaded-language)",
                                 "framing phrase added: nefarious (loaded-language)"],
                      count: "2 framing phrases added"),
    ]

    @Test("two files differing in dates, amounts of money, sources or framing: each change called out, counted and in the JSON",
          arguments: calledOutEdits)
    func calledOut(_ edit: CalledOutEdit) throws {
        let session = try WorkbenchSession()
        let old = session.folder.appendingPathComponent("old.txt").path, new = session.folder.appendingPathComponent("new.txt").path
        try "Headline\n\n\(edit.old)\n".write(toFile: old, atomically: true, encoding: .utf8)
        try "Headline\n\n\(edit.new)\n".write(toFile: new, atomically: true, encoding: .utf8)
        let text = try session.run(["diff", old, new])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst().first == "2 modified, 0 added, 0 removed, 0 moved, 1 unchanged; \(edit.count)")
        #expect(lines.filter { $0.hasPrefix("    ⚑ ") } == edit.callouts.map { "    ⚑ " + $0 })
        let json = try session.run(["diff", old, new, "--format", "json"]).json()
        let summary = try #require(json["summary"] as? [String: Any])
        #expect((summary["callouts"] as? [String: Int])?.values.reduce(0, +) == edit.callouts.count)
        let entries = try #require(json["entries"] as? [[String: Any]])
        let subjects = entries.flatMap { ($0["callouts"] as? [[String: Any]]) ?? [] }.compactMap { $0["subject"] as? String }
        #expect(subjects == Array(repeating: edit.subject, count: edit.callouts.count))
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
        // The framing model may call out the changed sentences too; the figure and the verdicts are what this checks.
        #expect(ingestLines.last?.contains("; 1 number changed") == true)
        #expect(ingestLines.last?.hasSuffix("; verdicts: 1 kept, 1 needs re-review, 1 orphaned") == true)

        let latest = try session.run(["diff", "mek"])
        #expect(latest.status == 0, "\(latest.stderr)")
        #expect(latest.stdoutText.hasPrefix("diff mek@1 → mek@2\n"))
        #expect(latest.stdoutText.contains("verdict: misleading (tester, version 1) — needs re-review"))
        #expect(latest.stdoutText.contains("Orphaned verdicts (their claim is no longer in the text):"))
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

/// Two versions of a paragraph that differ in one class of fact, and the call-outs `assay diff`
/// must print for it, in order, with the summary's count of them.
struct CalledOutEdit: Sendable, CustomTestStringConvertible {
    var subject: String
    var old: String
    var new: String
    var callouts: [String]
    var count: String

    var testDescription: String { subject }
}
