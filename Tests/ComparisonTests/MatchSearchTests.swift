import AssayCore
import Foundation
import Comparison
import Testing
import TestSupport

@Suite("Searching an archive: the index, --limit, --doc")
struct MatchSearchTests {
    @Test("a limit shows the best of each list and the totals count them all")
    func limit() throws {
        let all = ClaimMatcher().match(try MatchSeeds.seeds())
        let first = ClaimMatcher(limit: 1).match(try MatchSeeds.seeds())
        #expect(all.groups.count == 2)
        #expect(first.groups.count == 1)
        #expect(first.groups.first == all.groups.first)
        #expect(first.totals == all.totals)
        #expect(first.totals.groups == 2)
    }

    @Test("searching one document's claims finds its matches in the others, and only those")
    func queried() throws {
        let documents = try MatchSeeds.seeds() + [try MatchSeeds.bombPlot()]
        let everything = ClaimMatcher().match(documents)
        let trial = ClaimMatcher().match(documents, queried: [2])
        #expect(trial.queried == ["bomb-plot-trial"])
        #expect(trial.group(with: "Five-hundred grams of the high-explosive TATP", "500 grams of the explosive TATP") != nil)
        // The seeds' own groups are between two documents not searched.
        #expect(trial.group(with: "massacred over 30,000", "an estimated 30,000") == nil)
        for pair in trial.suggested + trial.groups.flatMap(\.pairs) {
            #expect(pair.first.document == "bomb-plot-trial" || pair.second.document == "bomb-plot-trial")
        }
        #expect(trial.totals.scoredPairs < everything.totals.scoredPairs)
    }

    @Test("the pairs scored grow about linearly with the archive, far below all pairs")
    func candidatesNotAllPairs() {
        let small = ClaimMatcher().match(SyntheticArchive.documents(100))
        let large = ClaimMatcher().match(SyntheticArchive.documents(400))
        let claims = large.totals.claims
        #expect(claims == 4 * small.totals.claims)
        #expect(small.totals.scoredPairs > 0)
        // Four times the claims: all pairs would be 16 times as many; the index stays near 4.
        #expect(Double(large.totals.scoredPairs) <= 6 * Double(small.totals.scoredPairs))
        #expect(large.totals.scoredPairs < claims * (claims - 1) / 2 / 20)
    }
}

/// Documents of made-up claims: words drawn, with a fixed seed, from a vocabulary where a few
/// words are common and most are rare, as in news.
enum SyntheticArchive {
    static func documents(_ count: Int) -> [ReviewedDocument] {
        var random = SplitMix(seed: 21)
        return (0..<count).map { number in
            let name = "doc-\(number)"
            let claims = (0..<10).map { position in
                let words = (0..<12).map { _ in word(random.next()) }
                let text = words.joined(separator: " ") + "."
                return ReviewedAssertion(id: String(format: "%016x", number * 100 + position), document: name, version: 1,
                                         position: position, paragraph: 0, sentence: position, start: 0, end: text.count,
                                         text: text, kind: .factual, checkworthiness: 0.5, reasons: [], origin: .extractor,
                                         flags: [:], tags: [])
            }
            let header = ReviewedDocument.Header(name: name, contentHash: name, source: name, analysts: [])
            return ReviewedDocument(header: header, text: "", paragraphs: [], boilerplate: [], claims: claims, findings: [],
                                    verdicts: [:], citations: [:], registry: [], orphaned: [])
        }
    }

    /// A word of a vocabulary of 20,000 whose rank is log-uniform: word 1 is common, most are rare.
    private static func word(_ random: UInt64) -> String {
        let uniform = Double(random % 1_000_000) / 1_000_000
        return "w\(Int(pow(20_000, uniform)))"
    }

    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
