import AssayCore
import ReviewStore
import Testing

@Suite("claims --sort and --limit")
struct ClaimOrderTests {
    private static let text = """
    The minister opened the new bridge on Monday.

    Police said more than 30,000 people were arrested in 2019, according to Amnesty International.

    What a day it was.

    The council spent $5m on the project, its report says.
    """

    private func fixture() throws -> WorkbenchFixture {
        let fixture = try WorkbenchFixture()
        _ = try fixture.ingest(Self.text, name: "bridge")
        return fixture
    }

    private func claims(_ fixture: WorkbenchFixture, _ order: ClaimOrder, limit: Int? = nil) throws -> [ReviewedAssertion] {
        var filter = ClaimFilter()
        filter.order = order
        filter.limit = limit
        return try fixture.workbench.claims(filter)
    }

    @Test("position keeps text order; score puts the most check-worthy first, ties in text order")
    func byScore() throws {
        let fixture = try fixture()
        let inText = try claims(fixture, .position)
        #expect(inText.map(\.position) == inText.map(\.position).sorted())
        let byScore = try claims(fixture, .score)
        #expect(byScore.count == inText.count)
        #expect(byScore.map(\.checkworthiness) == inText.map(\.checkworthiness).sorted(by: >))
        #expect(byScore.first?.text.contains("30,000") == true)
        for (earlier, later) in zip(byScore, byScore.dropFirst()) where earlier.checkworthiness == later.checkworthiness {
            #expect(earlier.position < later.position)
        }
    }

    @Test("verdict lists what is left to review first, then the worst supported rating to the best")
    func byVerdict() throws {
        let fixture = try fixture()
        let inText = try claims(fixture, .position)
        try #require(inText.count >= 3)
        try fixture.workbench.recordVerdict(VerdictRequest(claim: inText[0].id, rating: "accurate", analyst: "ann"))
        try fixture.workbench.recordVerdict(VerdictRequest(claim: inText[1].id, rating: "misleading", analyst: "ann"))
        let byVerdict = try claims(fixture, .verdict)
        let reviewed = byVerdict.filter { $0.verdict != nil }
        #expect(byVerdict.prefix(inText.count - 2).allSatisfy { $0.verdict == nil })
        #expect(reviewed.map { $0.verdict?.rating } == ["misleading", "accurate"])
    }

    @Test("limit keeps the first N after sorting")
    func limit() throws {
        let fixture = try fixture()
        let all = try claims(fixture, .score)
        #expect(try claims(fixture, .score, limit: 2).map(\.id) == all.prefix(2).map(\.id))
        #expect(try claims(fixture, .position, limit: 100).count == all.count)
    }
}
