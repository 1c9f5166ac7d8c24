import AssayCore
import Comparison
import ReviewStore
import Testing
import TestSupport

@Suite("Claim figures")
struct ClaimFigureTests {
    @Test("a document's figures by claim: normalised value, bound and referent; dates left out")
    func figures() throws {
        let document = try ShippedRules.document(text: """
            Headline

            In 1988 the regime massacred over 30,000 political prisoners. Between 3,000 and 5,000 people fled.
            """)
        let reviewed = ReviewedDocument(unreviewed: document)
        let figures = ClaimFigure.byClaim(reviewed.findings)
        let massacre = try #require(reviewed.claims.first { $0.text.contains("30,000") })
        #expect(figures[massacre.id]?.map(\.text) == ["over 30,000 political prisoners"])
        #expect(figures[massacre.id]?.first?.bound == "lower")
        #expect(figures[massacre.id]?.first?.quantity == [30_000])
        #expect(figures[massacre.id]?.first?.referent == "political prisoners")
        let fled = try #require(reviewed.claims.first { $0.text.contains("fled") })
        #expect(figures[fled.id]?.first?.quantity == [3_000, 5_000])
        #expect(!(figures.values.flatMap { $0 }).contains { $0.text == "1988" })
    }
}
