import Foundation
import Testing
import TestSupport

/// Which workbench a command uses, run from folders the way an analyst's shell is.
@Suite("Finding the workbench: --db, ASSAY_DB, assay.toml, the nearest assay.sqlite")
struct WorkbenchDiscoveryTests {
    let seed = Repository.seed(Repository.seedNames[0]).path

    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> AssayBinary.Run {
        try AssayBinary.run(arguments, environment: environment.merging(["ASSAY_ANALYST": "tester"]) { $1 },
                            removing: environment["ASSAY_DB"] == nil ? ["ASSAY_DB"] : [], directory: folder)
    }

    @Test("in a folder without a workbench, a write or read command says where it looked and creates nothing")
    func nothingFound() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["verdict", "abcd", "mixed"], ["claims"], ["stats"], ["sources", "add", "Amnesty"]] {
            let result = try run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "error: no workbench found: no --db, no ASSAY_DB, and no assay.toml or assay.sqlite in \(folder.standardizedFileURL.path) or a folder above it; create one here with 'assay init', or store documents with 'assay ingest FILE'\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("init creates assay.sqlite here; commands in a subfolder find it, and ingest there stores into it")
    func initAndSubfolders() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try run(["init"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr == "created the workbench \(folder.appendingPathComponent("assay.sqlite").standardizedFileURL.path)\n")
        #expect(try run(["init"], in: folder).stderr.contains("a workbench is already at"))
        let sub = folder.appendingPathComponent("notes/drafts")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        #expect(try run(["ingest", seed], in: sub).status == 0)
        #expect(!FileManager.default.fileExists(atPath: sub.appendingPathComponent("assay.sqlite").path))
        let claims = try run(["claims", "--format", "json"], in: sub)
        #expect(claims.status == 0)
        #expect(((try JSONSerialization.jsonObject(with: claims.stdout)) as? [Any])?.count == 37)
    }

    @Test("assay.toml names the workbench (relative to itself) and the analyst; ASSAY_DB and --db come first")
    func projectFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reviews"), withIntermediateDirectories: true)
        try "# the Iran dossier\ndb = \"reviews/iran.sqlite\"\nanalyst = \"ann\"  # who records\n"
            .write(to: folder.appendingPathComponent("assay.toml"), atomically: true, encoding: .utf8)
        let sub = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        #expect(try run(["ingest", seed], in: sub).status == 0)
        let workbench = folder.appendingPathComponent("reviews/iran.sqlite").path
        #expect(FileManager.default.fileExists(atPath: workbench))
        let claim = try #require((try JSONSerialization.jsonObject(with: try run(["claims", "--format", "json"], in: sub).stdout) as? [[String: Any]])?.first?["id"] as? String)
        // The project's analyst, unless ASSAY_ANALYST says otherwise (the helper sets it: remove it here).
        let verdict = try AssayBinary.run(["verdict", claim, "mixed"], removing: ["ASSAY_DB", "ASSAY_ANALYST"], directory: sub)
        #expect(verdict.status == 0, "\(verdict.stderr)")
        let shown = try AssayBinary.run(["show", claim, "--format", "json"], removing: ["ASSAY_DB"], directory: sub)
        #expect(String(decoding: shown.stdout, as: UTF8.self).contains("\"analyst\" : \"ann\""))
        // ASSAY_DB beats the project file, --db beats both.
        let other = folder.appendingPathComponent("other.sqlite").path
        #expect(try run(["stats"], in: sub, environment: ["ASSAY_DB": other]).stderr.contains("other.sqlite: no workbench there"))
        #expect(try run(["stats", "--db", folder.appendingPathComponent("third.sqlite").path], in: sub, environment: ["ASSAY_DB": other])
            .stderr.contains("third.sqlite: no workbench there"))
    }

    @Test("a malformed project file stops the command with its file and line")
    func malformedProject() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("assay.toml")
        try "db = \"w.sqlite\"\ncolour = \"red\"\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["claims"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "error: \(file.standardizedFileURL.path):2: unknown key 'colour' (a project file sets db, analyst, publisher, rules)\n")
    }
}
