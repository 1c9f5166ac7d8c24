import Foundation
import Pipeline
import Testing
import TestSupport

@Suite("Project files (assay.toml)")
struct ProjectFileTests {
    func read(_ text: String) throws -> (ProjectFile, URL) {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("assay.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (try ProjectFile.read(path: file.path), folder)
    }

    @Test("keys, comments, escapes; paths relative to the file's folder")
    func reads() throws {
        let (project, folder) = try read("""
        # a comment
        db = "reviews/w.sqlite"   # the workbench

        analyst = "ann \\"the checker\\""
        publisher = "NCRI"
        rules = "../packs"
        """)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(project.db == folder.appendingPathComponent("reviews/w.sqlite").standardizedFileURL.path)
        #expect(project.analyst == "ann \"the checker\"")
        #expect(project.publisher == "NCRI")
        #expect(project.rules == folder.deletingLastPathComponent().appendingPathComponent("packs").standardizedFileURL.path)
    }

    @Test("problems are named with their line", arguments: [
        ("db w.sqlite", "1: expected key = \"value\""),
        ("db = w.sqlite", "1: the value of 'db' must be a \"quoted string\""),
        ("db = \"w.sqlite", "1: the value of 'db' has no closing quote"),
        ("db = \"w\" x", "1: unexpected text after the value of 'db'"),
        ("\ndb = \"a\"\ndb = \"b\"", "3: 'db' is set twice"),
        ("analyst = \"\"", "1: 'analyst' is empty"),
        ("colour = \"red\"", "1: unknown key 'colour' (a project file sets db, analyst, publisher, rules)"),
        ("db = \"a\\q\"", "1: unknown escape '\\q' in the value of 'db'"),
    ])
    func problems(_ text: String, _ expected: String) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("assay.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ProjectFileError.self) { try ProjectFile.read(path: file.path) }
        do {
            _ = try ProjectFile.read(path: file.path)
        } catch {
            #expect(error.description == file.path + ":" + expected)
        }
    }

    @Test("found in the folder or the nearest above; the nearest assay.sqlite when there is no project file")
    func finding() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        #expect(try ProjectFile.find(from: deep.path) == nil)
        var location = WorkbenchLocation.resolve(option: nil, environment: [:], project: nil, workingFolder: deep.path)
        #expect(location.origin == .newInWorkingFolder)
        #expect(location.searched.prefix(3) == [deep.path, folder.appendingPathComponent("a").path, folder.standardizedFileURL.path])
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("assay.sqlite").path, contents: Data()))
        location = WorkbenchLocation.resolve(option: nil, environment: [:], project: nil, workingFolder: deep.path)
        #expect(location.path == folder.appendingPathComponent("assay.sqlite").standardizedFileURL.path && location.origin == .found)
        try "analyst = \"ann\"\n".write(to: folder.appendingPathComponent("a/assay.toml"), atomically: true, encoding: .utf8)
        let project = try #require(try ProjectFile.find(from: deep.path))
        #expect(project.analyst == "ann" && project.db == nil)
        #expect(WorkbenchLocation.resolve(option: nil, environment: ["ASSAY_DB": "x.sqlite"], project: project, workingFolder: deep.path).origin == .environment)
        #expect(WorkbenchLocation.resolve(option: "y.sqlite", environment: ["ASSAY_DB": "x.sqlite"], project: project, workingFolder: deep.path).path == "y.sqlite")
    }
}
