import Foundation
import Testing
import TestSupport
@testable import Extraction

@Suite("Finding inputs")
struct InputLocatorTests {
    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test("folders are searched recursively for text, Markdown, HTML and PDF, in name order, skipping hidden entries")
    func recursive() throws {
        let root = try Repository.temporaryFolder()
        for name in ["b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/deeper/e.markdown", "notes.pdf", ".hidden.txt", ".git/f.txt"] {
            try write("Text.", to: root.appendingPathComponent(name))
        }
        let found = InputLocator.locate([root.path]).compactMap { try? $0.get().source }
        let relative = found.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(relative == ["a.md", "b.txt", "notes.pdf", "sub/c.html", "sub/d.htm", "sub/deeper/e.markdown"])
    }

    @Test("a symlink loop is visited once")
    func symlinkLoop() throws {
        let root = try Repository.temporaryFolder()
        try write("Text.", to: root.appendingPathComponent("sub/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sub/loop").path,
                                                   withDestinationPath: root.path)
        let found = InputLocator.locate([root.path]).compactMap { try? $0.get().source }
        #expect(found.count == 1)
    }

    @Test("a missing input becomes an error in place; the others are kept")
    func missing() throws {
        let root = try Repository.temporaryFolder()
        let file = root.appendingPathComponent("a.txt")
        try write("Text.", to: file)
        let results = InputLocator.locate(["/no/such/file.txt", file.path, "-"])
        #expect(results.count == 3)
        #expect(throws: InputError(source: "/no/such/file.txt", problem: .notFound)) { try results[0].get() }
        #expect(try results[1].get() == .file(path: file.path))
        #expect(try results[2].get() == .standardInput)
    }

    @Test("a folder with no document to read is an error naming it; a folder given twice is searched once, quietly")
    func folderWithoutDocuments() throws {
        let root = try Repository.temporaryFolder()
        let empty = root.appendingPathComponent("sheets")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try write("not text", to: empty.appendingPathComponent("budget.xlsx"))
        try write("An article.", to: root.appendingPathComponent("a.txt"))
        let located = InputLocator.locate([empty.path, root.path, root.path + "/"])
        #expect(located.count == 2)
        guard case .failure(let error) = located.first else { Issue.record("expected an error first"); return }
        #expect(error.description == "\(empty.path): is a folder with no .txt, .md, .markdown, .html, .htm or .pdf file in it")
        #expect((try? located[1].get())?.source == root.path + "/a.txt")
    }

    @Test("a file named explicitly is read whatever its extension; the format comes from the extension")
    func explicitFile() {
        #expect(InputItem.file(path: "a/page.HTM").declaredFormat == .html)
        #expect(InputItem.file(path: "a/notes.md").declaredFormat == .markdown)
        #expect(InputItem.file(path: "a.dir/notes").declaredFormat == nil)
        #expect(InputItem.standardInput.declaredFormat == nil)
    }
}
