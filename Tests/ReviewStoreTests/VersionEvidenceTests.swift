import AssayCore
import Foundation
@testable import ReviewStore
import Testing
import TestSupport

/// The page or PDF a version was read from, kept by hash: stored with the version, listed and
/// read back, carried by export and import, and removed with the last version that uses it.
@Suite("Version evidence")
struct VersionEvidenceTests {
    private static let page = Array("<html><body><p>The council said 3,000 homes were flooded.</p></body></html>".utf8)

    private func request(_ text: String, evidence: [UInt8], name: String = "harbour") throws -> IngestRequest {
        IngestRequest(document: try WorkbenchFixture.document(text: text, source: "https://example.org/harbour"), name: name,
                      url: "https://example.org/harbour", analyst: "ann",
                      evidence: InputEvidence(bytes: evidence, mediaType: "text/html", fetchedFrom: "https://example.org/harbour/",
                                              retrievedAt: "2026-12-01T10:00:00.000Z"))
    }

    @Test("a fetched page is stored once by hash with its version, listed with its use, and opened by a unique prefix")
    func storedAndListed() throws {
        let fixture = try WorkbenchFixture()
        try fixture.workbench.ingest(try request("The council said 3,000 homes were flooded.", evidence: Self.page))
        let hash = ContentHash.sha256(Self.page)
        let entries = try fixture.workbench.evidence()
        #expect(entries == [EvidenceEntry(hash: hash, size: Self.page.count, mediaType: "text/html", uses: [
            EvidenceEntry.Use(kind: .version, document: "harbour", version: 1, fetchedFrom: "https://example.org/harbour/",
                              at: "2026-12-01T10:00:00.000Z"),
        ])])
        let file = try fixture.workbench.evidenceFile(String(hash.prefix(6)).uppercased())
        #expect(file.bytes == Self.page && file.entry.hash == hash)
        #expect(throws: WorkbenchError.unknownEvidence("zz")) { try fixture.workbench.evidenceFile("zz") }
        let header = try fixture.workbench.reviewedDocument("harbour").header
        #expect(header.evidenceHash == hash && header.fetchedFrom == "https://example.org/harbour/")
        #expect(header.ingestedAt == "2026-12-01T10:00:00.000Z")
    }

    @Test("deleting a version removes its evidence unless another version keeps the same bytes; export and import carry it")
    func deletionAndTransfer() throws {
        let fixture = try WorkbenchFixture()
        let other = Array("<p>Another page.</p>".utf8)
        try fixture.workbench.ingest(try request("The council said 3,000 homes were flooded.", evidence: Self.page))
        try fixture.workbench.ingest(try request("The council said 4,000 homes were flooded.", evidence: other))
        try fixture.workbench.ingest(try request("The mayor said 12 roads were closed.", evidence: Self.page, name: "roads"))
        #expect(try fixture.workbench.evidence().count == 2)

        let copy = try Workbench.open(path: try Repository.temporaryFolder().appendingPathComponent("copy.sqlite").path, access: .create)
        var lines = ""
        try fixture.workbench.export { lines += $0 }
        _ = try copy.importLines(Data(lines.utf8), source: "export.jsonl", analyst: "ann")
        #expect(try copy.evidence() == fixture.workbench.evidence())

        try fixture.workbench.deleteDocument("harbour", version: 2, force: false, analyst: "ann")
        #expect(try fixture.workbench.evidence().map(\.hash) == [ContentHash.sha256(Self.page)])
        try fixture.workbench.deleteDocument("harbour", force: false, analyst: "ann")
        #expect(try fixture.workbench.evidence().first?.uses.map(\.document) == ["roads"])
        try fixture.workbench.deleteDocument("roads", force: false, analyst: "ann")
        #expect(try fixture.workbench.evidence().isEmpty)
        #expect(try fixture.workbench.integrityCheck() == "ok")
    }
}
