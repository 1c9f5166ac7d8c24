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

@Suite("The full-text index as match looks words up in it")
struct IndexedWordsTests {
    @Test("documents by name, and a word's frequency and claims, plural spellings included")
    func namedDocumentsAndWords() throws {
        let workbench = try PopulatedWorkbench.populated()
        let names = try workbench.documentNames()
        let one = try workbench.documentsToMatch(named: [names[1]])
        #expect(one.map(\.header.name) == [names[1]])
        #expect(one.first?.claims.map(\.id) == (try workbench.documentsToMatch()).first { $0.header.name == names[1] }?.claims.map(\.id))
        #expect(try workbench.documentsToMatch(named: [], since: "2999-01-01").isEmpty)
        #expect(try workbench.documentsToMatch(named: [], since: "2000-01-01").count == names.count)

        let claims = try workbench.indexedClaimCount()
        let words = try workbench.indexedWords([["massacre", "massacres"], ["prisoner", "prisoners"], ["the"], ["zzyzx"]],
                                               listingAtMost: 3)
        #expect(claims > 50)
        #expect(words[0].frequency > 0 && words[1].frequency > 0)
        #expect(words[2].frequency > 3 && words[2].claims == nil)
        #expect(words[3].frequency == 0 && words[3].claims?.isEmpty == true)
        for word in words.prefix(2) where word.frequency <= 3 {
            #expect(word.claims?.count == word.frequency)
        }
    }
}
