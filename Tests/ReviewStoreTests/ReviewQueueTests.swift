import AssayCore
import Extraction
import Foundation
import ReviewStore
import Testing
import TestSupport

@Suite("Review queue")
struct ReviewQueueTests {
    /// A workbench holding `a-doc` (five assertions scored 0.5, 0.9, 0.5, 0.2, 0.9) and `b-doc`
    /// (one assertion scored 0.9), so ties fall within and across documents.
    private func workbench() throws -> (Workbench, a: [String], b: [String]) {
        let folder = try Repository.temporaryFolder()
        let store = try Workbench.open(path: folder.appendingPathComponent("w.sqlite").path, access: .create)
        let a = try ingest(store, name: "a-doc", text: "Alpha said the sky is green. Beta found forty cats. Gamma reported rain. "
                           + "Delta saw snow. Epsilon counted cars.", scores: [0.5, 0.9, 0.5, 0.2, 0.9])
        let b = try ingest(store, name: "b-doc", text: "Zeta measured the wind.", scores: [0.9])
        return (store, a, b)
    }

    private func ingest(_ store: Workbench, name: String, text: String, scores: [Double]) throws -> [String] {
        var document = Extractor().extract(text: text, source: name + ".txt", format: .text)
        try #require(document.assertions.count == scores.count)
        for (index, score) in scores.enumerated() { document.assertions[index].checkworthiness = score }
        _ = try store.ingest(IngestRequest(document: document, name: name, analyst: "tester"))
        return document.assertions.map(\.id)
    }

    @Test("most check-worthy first, ties in document order within and across documents")
    func checkworthinessOrder() throws {
        let (store, a, b) = try workbench()
        let queue = try store.reviewQueue(order: .checkworthiness)
        #expect(queue.map(\.id) == [a[1], a[4], b[0], a[0], a[2], a[3]])
    }

    @Test("document order: documents by name, assertions by position")
    func documentOrder() throws {
        let (store, a, b) = try workbench()
        #expect(try store.reviewQueue(order: .document).map(\.id) == a + b)
        #expect(try store.reviewQueue(document: "b-doc", order: .document).map(\.id) == b)
    }

    @Test("assertions with a verdict or dismissed as not claims leave the queue; the next session starts at the first left")
    func reviewedAndDismissedLeave() throws {
        let (store, a, b) = try workbench()
        _ = try store.recordVerdict(VerdictRequest(claim: "a-doc:" + a[1], rating: "accurate", analyst: "tester"))
        _ = try store.dismissClaim("a-doc:" + a[2], reason: "a weather report", undo: false, analyst: "tester")
        #expect(try store.reviewQueue(order: .checkworthiness).map(\.id) == [a[4], b[0], a[0], a[3]])
        #expect(try store.reviewQueue(document: "a-doc", order: .document).map(\.id) == [a[0], a[3], a[4]])
    }

    @Test("an unknown document is an error")
    func unknownDocument() throws {
        let (store, _, _) = try workbench()
        #expect(throws: WorkbenchError.unknownDocument("c-doc")) { try store.reviewQueue(document: "c-doc", order: .document) }
    }
}
