import AssayCore
import Extraction
import Foundation
import Pipeline
import ReviewStore
import Testing
import TestSupport

@Suite("The documents a diff or a match compares")
struct ComparedDocumentsTests {
    private func documents(workbench: String) -> ComparedDocuments {
        ComparedDocuments(workbenchPath: workbench, analyzer: { DocumentAnalyzer(engine: try ShippedRules.engine.get(), scorer: .handSet) })
    }

    @Test("two files are compared without a workbench, which is never created")
    func twoFiles() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old.txt").path, new = folder.appendingPathComponent("new.txt").path
        try "The minister said 40 people were arrested.".write(toFile: old, atomically: true, encoding: .utf8)
        try "The minister said 45 people were arrested.".write(toFile: new, atomically: true, encoding: .utf8)
        let workbench = folder.appendingPathComponent("none.sqlite").path
        var compared = documents(workbench: workbench)
        let (before, after) = try compared.diffSides([.file(old), .file(new)])
        #expect(before.claims.map(\.text) == ["The minister said 40 people were arrested."])
        #expect(after.claims.map(\.text) == ["The minister said 45 people were arrested."])
        #expect(!FileManager.default.fileExists(atPath: workbench))
    }

    @Test("a stored name alone is its latest two versions; one version only, a folder, or an unknown name is an error that says so")
    func storedSides() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("review.sqlite").path
        let store = try Workbench.open(path: path, access: .create)
        for text in ["The minister said 40 people were arrested.", "The minister said 45 people were arrested."] {
            _ = try store.ingest(IngestRequest(document: try ShippedRules.document(text: text), name: "news", analyst: "ann"))
        }
        _ = try store.ingest(IngestRequest(document: try ShippedRules.document(text: "Once."), name: "single", analyst: "ann"))
        var compared = documents(workbench: path)
        let (old, new) = try compared.diffSides([.stored(name: "news", version: nil)])
        #expect(old.header.version == 1 && new.header.version == 2)
        #expect(throws: ComparedDocumentError.singleVersion("single")) { try compared.diffSides([.stored(name: "single", version: nil)]) }
        #expect(throws: ComparedDocumentError.notFound("gone")) { try compared.diffSides([.stored(name: "gone", version: nil)]) }
        #expect(throws: ComparedDocumentError.folder(folder.path)) { try compared.diffSides([.file(folder.path), .stored(name: "news", version: 1)]) }
        #expect(throws: InputError(source: "missing.txt", problem: .notFound)) {
            try compared.diffSides([.file("missing.txt"), .stored(name: "news", version: 1)])
        }
        let matched = try compared.matchDocuments([])
        #expect(matched.map(\.header.name) == ["news", "single"])
    }
}
