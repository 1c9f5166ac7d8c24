import AssayCore
@testable import Comparison
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

@Suite("Claim figures in units")
struct ClaimFigureUnitTests {
    @Test("a figure keeps its unit, and figures in different units do not make claims the same")
    func units() throws {
        let document = try ShippedRules.document(text: """
            Headline

            The carmaker's income totalled $569m in the quarter. The telecoms firm will spend 578m euros on buyouts. The bank lent $570m to the carmaker.
            """)
        let figures = ClaimFigure.byClaim(ReviewedDocument(unreviewed: document).findings).values.flatMap { $0 }
        let dollars = try #require(figures.first { $0.text == "$569m" })
        let euros = try #require(figures.first { $0.text.hasPrefix("578m euros") })
        let lent = try #require(figures.first { $0.text == "$570m" })
        #expect(dollars.unit == "$")
        #expect(euros.unit == "€")
        #expect(FigureAgreement.score(dollars, euros) == 0)
        #expect(FigureAgreement.score(dollars, lent) > 0)
    }
}
