import AssayCore
import Foundation
@testable import ReviewStore
import TestSupport

/// A fresh workbench in a temporary folder, and seed documents extracted and flagged the way
/// `assay ingest` does.
struct WorkbenchFixture {
    let folder: URL
    let path: String
    let workbench: Workbench

    init() throws {
        folder = try Repository.temporaryFolder()
        path = folder.appendingPathComponent("test.sqlite").path
        workbench = try Workbench.open(path: path, access: .create)
    }

    /// A document extracted from `text` and flagged by the shipped packs.
    static func document(text: String, source: String = "article.txt") throws -> Document {
        try ShippedRules.document(text: text, source: source)
    }

    static func seedText(_ index: Int) throws -> String {
        try String(contentsOf: Repository.seed(Repository.seedNames[index]), encoding: .utf8)
    }

    @discardableResult
    func ingest(_ text: String, name: String? = nil, source: String = "article.txt", analyst: String = "tester") throws -> IngestOutcome {
        try workbench.ingest(IngestRequest(document: try WorkbenchFixture.document(text: text, source: source), name: name,
                                           path: "/docs/" + source, analyst: analyst))
    }

    /// The claims of a document, in document order.
    func claims(_ document: String? = nil) throws -> [ReviewedAssertion] {
        try workbench.claims(ClaimFilter(document: document))
    }

    func count(_ sql: String) throws -> Int {
        try workbench.database.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }
}
