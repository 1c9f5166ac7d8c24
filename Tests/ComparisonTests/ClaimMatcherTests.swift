import AssayCore
import Comparison
import ReviewStore
import Testing
import TestSupport

@Suite("Claim matching across documents")
struct ClaimMatcherTests {
    static let massacre = ("massacred over 30,000 political prisoners", "an estimated 30,000 people had been put to death")
    static let rally = ("as many as 100,000 Iranian expatriates", "upwards of 100,000 supporters of the MEK")

    @Test("the seeds' 30,000 and 100,000 claims are grouped, each with both documents and its shared figure")
    func seedGroups() throws {
        let match = ClaimMatcher().match(try MatchSeeds.seeds())
        let massacre = try #require(match.group(with: Self.massacre.0, Self.massacre.1))
        #expect(massacre.members.count == 2)
        #expect(massacre.documents == ["000_0b590991ea34db62", "004_7c6fb8ad358d5ed6"])
        #expect(massacre.figure?.quantity == [30_000])
        let rally = try #require(match.group(with: Self.rally.0, Self.rally.1))
        #expect(rally.members.count == 2)
        #expect(rally.figure?.quantity == [100_000])
        #expect(match.groups.count == 2)
    }

    @Test("the bomb-plot claims of seed 000 are found in a differently worded report of the trial")
    func bombPlot() throws {
        let match = ClaimMatcher().match(try MatchSeeds.seeds() + [try MatchSeeds.bombPlot()])
        let explosive = try #require(match.group(with: "Five-hundred grams of the high-explosive TATP", "500 grams of the explosive TATP"))
        #expect(explosive.documents == ["000_0b590991ea34db62", "bomb-plot-trial"])
        let arrest = try #require(match.suggestedPair(with: "The diplomat, Assadollah Assadi, was arrested", "was arrested in Germany"))
        #expect(arrest.score.sharedWords.contains("assadi"))
        // The third document does not disturb the seeds' own groups.
        #expect(match.group(with: Self.massacre.0, Self.massacre.1) != nil)
        #expect(match.group(with: Self.rally.0, Self.rally.1) != nil)
    }

    @Test("assertions that share only common words are neither grouped nor suggested", arguments: [
        ("Iran’s Regime Raises Domestic Repression Against the MEK", "MEK’s Domestic Activism and Intelligence Network"),
        ("The event, organized by the National Council of Resistance of Iran (NCRI)",
         "it is the main constituent group in the National Council of Resistance of Iran"),
        ("As once Mrs. Maryam Rajavi, the President-elect of NCRI said",
         "have already declared support for the NCRI and MEK and the platform of Maryam Rajavi"),
        ("set its sights on the Free Iran rally itself", "The Free Iran rally has been growing every year."),
        ("new terrorist plots beyond Iran’s borders", "expansion of terrorist training programs"),
    ])
    func commonWords(first: String, second: String) throws {
        let documents = try MatchSeeds.seeds()
        // The pair exists: one claim in each seed.
        #expect(documents[0].claims.contains { $0.text.contains(first) })
        #expect(documents[1].claims.contains { $0.text.contains(second) })
        let match = ClaimMatcher().match(documents)
        #expect(!match.found(first, second))
    }

    @Test("a shared small number does not make two claims the same")
    func smallNumbers() throws {
        let match = ClaimMatcher().match(try MatchSeeds.seeds())
        #expect(!match.found("all three are imminently expected to go on trial", "three judges"))
        #expect(!match.found("all three are imminently expected to go on trial", "about three months"))
    }

    @Test("a higher group threshold turns groups into suggestions; a lower one lets a related claim in")
    func thresholds() throws {
        let documents = try MatchSeeds.seeds()
        let strict = ClaimMatcher(thresholds: MatchThresholds(suggest: 0.3, group: 0.8)).match(documents)
        #expect(strict.groups.isEmpty)
        #expect(strict.suggestedPair(with: Self.massacre.0, Self.massacre.1) != nil)
        #expect(strict.suggestedPair(with: Self.rally.0, Self.rally.1) != nil)

        let loose = ClaimMatcher(thresholds: MatchThresholds(suggest: 0.3, group: 0.3)).match(documents)
        let massacre = try #require(loose.group(with: Self.massacre.0, Self.massacre.1))
        #expect(massacre.members.contains { $0.text.contains("culminated in the massacre of political prisoners") })

        let quiet = ClaimMatcher(thresholds: MatchThresholds(suggest: 0.45, group: 0.45)).match(documents)
        #expect(quiet.suggested.isEmpty)
        #expect(quiet.groups.count == 2)
    }

    @Test("thresholds outside 0…1 or in the wrong order are refused", arguments: [
        (MatchThresholds(suggest: -0.1, group: 0.5), true), (MatchThresholds(suggest: 0.3, group: 1.5), true),
        (MatchThresholds(suggest: 0.6, group: 0.5), true), (MatchThresholds(suggest: 0.5, group: 0.5), false),
        (MatchThresholds(), false),
    ])
    func thresholdProblems(thresholds: MatchThresholds, refused: Bool) {
        #expect((thresholds.problem != nil) == refused)
    }

    @Test("claims of one document are never paired with each other")
    func crossDocumentOnly() throws {
        let seeds = try MatchSeeds.seeds()
        let match = ClaimMatcher().match([try MatchSeeds.bombPlot(), seeds[0]])
        for pair in match.suggested + match.groups.flatMap(\.pairs) {
            #expect(pair.first.document != pair.second.document)
        }
        let alone = ClaimMatcher().match([seeds[0]])
        #expect(alone.documents == ["000_0b590991ea34db62"])
        #expect(alone.groups.isEmpty && alone.suggested.isEmpty)
    }
}
