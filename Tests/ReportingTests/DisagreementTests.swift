import AssayCore
@testable import Reporting
import Testing

@Suite("Reports show where analysts disagree")
struct DisagreementTests {
    @Test("a claim bob rated misleading after ann rated it inaccurate shows ann's rating beside bob's, in md and html")
    func disagreement() throws {
        let fixture = try ReviewedWorkbench.shared.get()
        let markdown = MarkdownReporter().render(fixture.reports)
        let quote = try #require(markdown.components(separatedBy: "\n").first { $0.contains("`\(fixture.ratedTwice.id.prefix(12))`") })
        #expect(quote.contains("**misleading** (bob) · ann disagrees: **inaccurate**"), "\(quote)")
        #expect(markdown.components(separatedBy: "disagrees").count == 2, "only the claim with two analysts' ratings")
        let html = HTMLReporter().render(fixture.reports)
        #expect(html.contains("ann disagrees: inaccurate"))
        #expect(html.components(separatedBy: "disagrees:").count == 2)
    }

    @Test("the same analyst changing their mind is history, not disagreement; agreeing analysts are not listed")
    func ownHistoryAndAgreement() {
        func verdict(_ id: Int64, _ rating: String, _ analyst: String) -> VerdictEntry {
            VerdictEntry(id: id, rating: rating, analyst: analyst, createdAt: "2026-12-07T00:00:00Z", version: 1)
        }
        let current = verdict(3, "mixed", "ann")
        let claim = ReviewedAssertion(id: "0123456789abcdef", document: "memo", version: 1, position: 0, paragraph: 0,
                                      sentence: 0, start: 0, end: 4, text: "Text", kind: .factual, checkworthiness: 0.5,
                                      reasons: [], origin: .extractor, flags: [:], verdict: current, tags: [])
        #expect(AnalystDisagreement.ratings(of: claim, history: [verdict(1, "accurate", "ann"), current]).isEmpty)
        #expect(AnalystDisagreement.ratings(of: claim, history: [verdict(1, "mixed", "bob"), current]).isEmpty)
        let found = AnalystDisagreement.ratings(of: claim, history: [verdict(1, "false", "cy"), verdict(2, "mixed", "bob"), current])
        #expect(found.map(\.analyst) == ["cy"] && found.map(\.rating) == ["false"])
    }
}
