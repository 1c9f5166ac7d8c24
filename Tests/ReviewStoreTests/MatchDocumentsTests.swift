import AssayCore
import ReviewStore
import Testing

@Suite("Documents as match reads them")
struct MatchDocumentsTests {
    @Test("the bulk read gives each document's claims, verdicts (moved ones too) and standing figures as reviewedDocument does")
    func sameAsReviewedDocument() throws {
        let workbench = try PopulatedWorkbench.populated()
        let read = try workbench.documentsToMatch()
        #expect(read.map(\.header.name) == (try workbench.documentNames()))
        for document in read {
            let full = try workbench.reviewedDocument(document.header.name)
            #expect(document.header.version == full.header.version)
            #expect(document.header.ingestedAt == full.header.ingestedAt)
            #expect(document.claims.map(\.id) == full.claims.map(\.id))
            #expect(document.claims.map(\.text) == full.claims.map(\.text))
            #expect(document.claims.map(\.verdict) == full.claims.map(\.verdict))
            #expect(document.findings == full.findings.filter { $0.category == "numeric" })
        }
        #expect(read.flatMap(\.claims).contains { $0.verdict != nil && $0.needsReview })
    }
}
