import Foundation
import Testing
import TestSupport

/// Issue 8's security checks on the built binary: SQL in user text is only text, report file
/// names stay inside their folder, every file Assay writes is owner-only, and user text that
/// could not be kept whole is refused rather than cut.
@Suite("Security, end to end")
struct SecurityTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }
    private static let injection = "'; DROP TABLE verdicts; --"

    @Test("quotes and SQL in a document name, analyst, note, tag, citation and search are stored and found as text")
    func sqlInUserText() throws {
        let session = try WorkbenchSession()
        let name = "x'); DROP TABLE documents; --", analyst = "o'brien\"; --"
        #expect(try session.run(["ingest", "--doc", name, "--publisher", "O'Reilly \"Media\"", seeds[0]], analyst: analyst).status == 0)
        let id = try #require(try session.claims().first?["id"] as? String)
        #expect(try session.run(["verdict", id, "mixed", "--note", Self.injection], analyst: analyst).status == 0)
        #expect(try session.run(["tag", id, "it's"]).status == 0)
        let url = "https://example.org/?q='%20OR%20'1'='1"
        #expect(try session.run(["cite", id, url, "--title", "Robert'); DROP TABLE citations;--"]).status == 0)

        let shown = try #require(try session.json(["show", id]) as? [String: Any])
        let claim = try #require(shown["claim"] as? [String: Any])
        #expect(claim["document"] as? String == name)
        #expect(claim["tags"] as? [String] == ["it's"])
        let verdict = try #require((shown["verdicts"] as? [[String: Any]])?.first)
        #expect(verdict["note"] as? String == Self.injection)
        #expect(verdict["analyst"] as? String == analyst)
        let citation = try #require((shown["citations"] as? [[String: Any]])?.first)
        #expect(citation["url"] as? String == url)
        #expect(citation["title"] as? String == "Robert'); DROP TABLE citations;--")

        let found = try session.run(["search", "\"DROP TABLE verdicts\""])
        #expect(found.status == 0)
        #expect(found.stdoutText == "\(name):\(id.prefix(12))  note      '; ⟦DROP TABLE verdicts⟧; --\n")
        // As plain text the injection is only words to find; read as FTS5 it is a syntax error.
        let plain = try session.run(["search", Self.injection])
        #expect(plain.status == 0)
        #expect(plain.stdoutText.contains("note") && plain.stdoutText.contains("DROP"))
        let refused = try session.run(["search", "--fts", Self.injection])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: search query '\(Self.injection)' is not valid FTS5 syntax: fts5: syntax error near \"'\""))
        #expect(try session.run(["check"]).stdoutText == "ok\n")
        #expect(try session.verdictsRecorded() == 1)
    }

    @Test("markup in a source name, publisher, analyst, note and citation is escaped in every report; only http(s) is cited")
    func reportsEscapeUserText() throws {
        let session = try WorkbenchSession()
        let payload = "<script>alert(1)</script>", analyst = "eve <script>alert(1)</script>"
        let article = session.folder.appendingPathComponent("article.txt")
        try Data("Headline\n\nAmnesty said 40 people were arrested on Monday.\n".utf8).write(to: article)
        #expect(try session.run(["init"]).status == 0)
        #expect(try session.run(["sources", "add", "Amnesty " + payload, "--alias", "Amnesty", "--reliability", "B"]).status == 0)
        #expect(try session.run(["ingest", article.path, "--publisher", "Pub " + payload], analyst: analyst).status == 0)
        let id = try #require(try session.claims().first { ($0["text"] as? String)?.hasPrefix("Amnesty") == true }?["id"] as? String)
        #expect(try session.run(["verdict", id, "mixed", "--note", payload], analyst: analyst).status == 0)
        #expect(try session.run(["cite", id, "https://example.org/x", "--title", payload, "--publisher", payload,
                                 "--quote", payload], analyst: analyst).status == 0)
        let script = try session.run(["cite", id, "javascript:alert(1)"])
        #expect(script.status == 2)
        #expect(script.stderr == "error: invalid URL 'javascript:alert(1)': a citation needs an absolute http:// or https:// address\n")

        let markdown = try session.run(["report", "--format", "md"]).stdoutText
        #expect(markdown.contains("| Amnesty &lt;script\\>alert(1)&lt;/script\\> | 1 | B | no |"), "\(markdown)")
        let html = try session.run(["report", "--format", "html"]).stdoutText
        #expect(html.contains("<td>Amnesty &lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(html.contains("<dd>Pub &lt;script&gt;alert(1)&lt;/script&gt;</dd>"))
        for (format, output) in [("md", markdown), ("html", html), ("claimreview", try session.run(["report", "--format", "claimreview"]).stdoutText)] {
            #expect(!output.contains("<script"), "\(format)")
            #expect(output.contains("alert(1)"), "\(format): the payload is shown as text")
        }
    }

    @Test("a NUL in a verdict batch or an import, or a batch not in UTF-8, is refused, not stored cut short or altered")
    func nulCharacters() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", "--doc", "evil", seeds[0]]).status == 0)
        let id = try #require(try session.claims().first?["id"] as? String)
        let batch = session.folder.appendingPathComponent("batch.jsonl")
        try Data(#"{"claim": "\#(id)", "rating": "mixed", "note": "before\u0000after"}"#.utf8).write(to: batch)
        let verdict = try session.run(["verdict", "--batch", batch.path])
        #expect(verdict.status == 2)
        #expect(verdict.stderr == "error: \(batch.path):1: the note holds a NUL character (\\u0000), which a workbench cannot keep\n")
        #expect(try session.verdictsRecorded() == 0)
        try Data(#"{"claim": "\#(id)", "rating": "mixed", "note": "caf"#.utf8 + [0xE9] + #""}"#.utf8).write(to: batch)
        let latin1 = try session.run(["verdict", "--batch", batch.path])
        #expect(latin1.status == 2)
        #expect(latin1.stderr == "error: \(batch.path): is not valid UTF-8; save the verdict file as UTF-8 (nothing was recorded)\n")
        #expect(try session.verdictsRecorded() == 0)

        let export = session.folder.appendingPathComponent("export.jsonl")
        #expect(try session.run(["export", "--out", export.path]).status == 0)
        let lines = try String(contentsOf: export, encoding: .utf8).replacingOccurrences(of: #""name":"evil""#, with: #""name":"a\u0000b""#)
        try Data(lines.utf8).write(to: export)
        let line = try #require(lines.split(separator: "\n").firstIndex { $0.contains(#""a\u0000b""#) }) + 1
        let imported = try AssayBinary.run(["import", export.path, "--db", session.folder.appendingPathComponent("new.sqlite").path])
        #expect(imported.status == 2)
        #expect(imported.stderr == "error: \(export.path):\(line): the documents row's name holds a NUL character (\\u0000), which a workbench cannot keep\n")
    }

    @Test("report file names stay in the folder: ../, absolute paths, dots, control characters, long and clashing names")
    func reportFileNames() throws {
        let session = try WorkbenchSession()
        let long = String(repeating: "claims-", count: 40)
        let names = ["../../etc/passwd", "/etc/passwd", "..", ".hidden", "a b\u{202E}c", long + "one", long + "two", "مقالة"]
        let seed = try String(contentsOf: Repository.seed(Repository.seedNames[0]), encoding: .utf8)
        for (index, name) in names.enumerated() {
            // A distinct text each, so two names with the same slug differ by their content hash.
            let file = session.folder.appendingPathComponent("\(index).txt")
            try Data((seed + "\n\nEdition \(index).").utf8).write(to: file)
            #expect(try session.run(["ingest", "--doc", name, file.path]).status == 0)
        }
        let out = session.folder.appendingPathComponent("reports").path + "/"
        let run = try session.run(["report", "--all", "--format", "md", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.count == names.count, "\(files.sorted())")
        let slug = String(String(repeating: "claims-", count: 12).prefix(80))
        for expected in ["etc-passwd.md", "document.md", "hidden.md", "a-b-c.md", slug + ".md"] {
            #expect(files.contains(expected), "\(files.sorted())")
        }
        #expect(files.filter { $0.hasPrefix("etc-passwd-") || $0.hasPrefix("document-") || $0.hasPrefix(slug + "-") }.count == 3)
        #expect(files.allSatisfy { $0.count <= 80 + 9 + 3 && !$0.hasPrefix(".") && !$0.contains("/") })
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("wrote \(out)") })
    }

    @Test("a name with control characters is refused, and the error line shows them instead of sending them to the terminal")
    func controlCharactersInAName() throws {
        let session = try WorkbenchSession()
        let run = try session.run(["ingest", "--doc", "a\u{1B}[2J\u{202E}b", seeds[0]])
        #expect(run.status == 2)
        #expect(run.stderr == "error: \(seeds[0]): document name 'a⟨U+001B⟩[2J⟨U+202E⟩b' cannot contain '@', ':' or control characters\n")
    }

    @Test("the workbench, its lock, exports and backups are owner-only even under umask 022; reports follow the umask")
    func ownerOnlyFiles() throws {
        let session = try WorkbenchSession()
        func run(_ arguments: [String]) throws -> AssayBinary.Run {
            try AssayBinary.run(["-c", "umask 022 && exec \"$0\" \"$@\"", AssayBinary.url.path] + arguments + ["--db", session.db],
                                executable: URL(fileURLWithPath: "/bin/sh"))
        }
        #expect(try run(["ingest", seeds[0]]).status == 0)
        let file = { (name: String) in session.folder.appendingPathComponent(name).path }
        #expect(try run(["export", "--out", file("export.jsonl")]).status == 0)
        #expect(try run(["report", "--format", "html", "-o", file("report.html")]).status == 0)
        #expect(try run(["report", "--all", "-o", file("reports") + "/"]).status == 0)
        #expect(try run(["backup", "-o", file("backup.sqlite")]).status == 0)
        func mode(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? 0
        }
        for path in [session.db, session.db + ".lock", file("export.jsonl"), file("backup.sqlite")] {
            let found = try mode(path)
            #expect(found == 0o600, "\(path): \(String(found, radix: 8))")
        }
        // Reports are meant to be shared: 0666 less the umask, as any program's output.
        for path in [file("report.html"), file("reports/000_0b590991ea34db62.md")] {
            let found = try mode(path)
            #expect(found == 0o644, "\(path): \(String(found, radix: 8))")
        }
    }
}
