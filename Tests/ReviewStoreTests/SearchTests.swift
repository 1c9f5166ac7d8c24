import ReviewStore
import Testing

@Suite("Search: plain words and figures, or FTS5")
struct SearchTests {
    private static let text = """
    Police said 30,000 people marched on Saturday.

    The plan costs $300 million, officials said.

    Some 300 people were arrested, and 30 000 more were questioned.
    """

    private func workbench() throws -> WorkbenchFixture {
        let fixture = try WorkbenchFixture()
        _ = try fixture.ingest(Self.text, name: "march")
        return fixture
    }

    private func matched(_ query: String, fts: Bool = false, in fixture: WorkbenchFixture) throws -> [String] {
        try fixture.workbench.search(query, syntax: fts ? .fts : .automatic).map { $0.snippet.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "") }
    }

    @Test("a citation is found by its title and publisher as well as its excerpt")
    func citationTitles() throws {
        let fixture = try workbench()
        let claim = try #require(try fixture.claims().first)
        _ = try fixture.workbench.cite(CitationRequest(claim: claim.id, url: "https://example.org/a", title: "Executions in 1988",
                                                       publisher: "Amnesty International", analyst: "ann"))
        _ = try fixture.workbench.cite(CitationRequest(claim: claim.id, url: "https://example.org/b", publisher: "Reuters",
                                                       quote: "marchers counted by drone", analyst: "ann"))
        let executions = try fixture.workbench.search("executions")
        #expect(executions.map(\.kind) == ["citation"])
        #expect(executions.first?.snippet == "⟦Executions⟧ in 1988 Amnesty International")
        #expect(try fixture.workbench.search("amnesty").count == 1)
        #expect(try fixture.workbench.search("reuters").map(\.snippet) == ["marchers counted by drone ⟦Reuters⟧"])
    }

    @Test("a figure with a thousands separator is searched as a figure, not read as FTS5 syntax")
    func figureWithComma() throws {
        let fixture = try workbench()
        // The index keeps 30,000 as the words 30 and 000 side by side: "30 000" is the same figure.
        #expect(try matched("30,000", in: fixture).sorted() == ["30 000 more were questioned.",
                                                                "Police said 30,000 people marched on Saturday."])
    }

    @Test("a figure with a currency sign finds only the text that has the sign")
    func currency() throws {
        let fixture = try workbench()
        #expect(try matched("$300", in: fixture) == ["The plan costs $300 million, officials said."])
        #expect(try matched("$300 million", in: fixture) == ["The plan costs $300 million, officials said."])
        #expect(try matched("300", in: fixture).count == 2)
    }

    @Test("words with apostrophes, hyphens and colons are plain text")
    func punctuation() throws {
        let fixture = try workbench()
        #expect(try matched("officials' plan: costs", in: fixture) == ["The plan costs $300 million, officials said."])
        #expect(try matched("police-said", in: fixture) == ["Police said 30,000 people marched on Saturday."])
    }

    @Test("FTS5 syntax is read as such: phrases, operators, prefixes; --fts forces it")
    func ftsSyntax() throws {
        let fixture = try workbench()
        #expect(try matched("\"people marched\" OR arrested", in: fixture).count == 2)
        #expect(try matched("arrest*", in: fixture) == ["Some 300 people were arrested"])
        #expect(try matched("marched NOT Saturday", in: fixture).isEmpty)
        #expect(try matched("body: questioned", fts: true, in: fixture).count == 1)
    }

    @Test("a broken FTS5 query is refused with what to fix; the plain reading never is")
    func brokenFTS() throws {
        let fixture = try workbench()
        #expect {
            _ = try fixture.workbench.search("\"people marched")
        } throws: { error in
            "\(error)".contains("is not valid FTS5 syntax") && "\(error)".contains("close every")
        }
        #expect(try matched("AND-gate 30%", in: fixture).isEmpty)
    }

    @Test("reading a query", arguments: [
        ("30,000", "\"30,000\"", [String](), false),
        ("$300 million", "\"$300\" \"million\"", ["$300"], false),
        ("say \"no\"", "say \"no\"", [], true),
        ("prisoners AND 30000", "prisoners AND 30000", [], true),
        ("bomb*", "bomb*", [], true),
        ("and or not", "\"and\" \"or\" \"not\"", [], false),
    ])
    func reading(query: String, expression: String, literals: [String], isFTS: Bool) {
        let parsed = SearchQuery(query)
        #expect(parsed.expression == expression)
        #expect(parsed.literals == literals)
        #expect(parsed.isFTS == isFTS)
    }
}
