import AssayCore
import Foundation

/// Searches the claims of the queried documents against all claims, on every core: each claim's
/// candidates from the index, each candidate judged at once, and only the pairs worth reporting
/// kept — so memory grows with the pairs kept, not with the pairs considered.
struct PairSearch: Sendable {
    /// What a search kept, best first, and how many pairs it judged.
    struct Found {
        /// Pairs at or above the suggestion threshold.
        var kept: [ScoredPair]
        /// Pairs below the suggestion threshold that state a specific figure of different referents.
        var contradictions: [ScoredPair]
        var scored: Int
    }

    let corpus: MatchCorpus
    let scorer: PairScorer
    let thresholds: MatchThresholds
    /// Per document: are its claims searched? nil when all are.
    let queried: [Bool]?

    /// Searches in rounds of about 1 % of the claims (at least 1,024), each round split among the
    /// cores, and tells `progress` after each.
    func run(progress: (_ done: Int, _ total: Int) -> Void) -> Found {
        let index = CandidateIndex(corpus)
        let searched = corpus.entries.indices.filter { queried?[corpus.entries[$0].document] ?? true }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let round = max(1024, searched.count / 100)
        var found = Found(kept: [], contradictions: [], scored: 0)
        for start in stride(from: 0, to: searched.count, by: round) {
            let end = min(searched.count, start + round)
            let share = (end - start + workers - 1) / workers
            let shares = stride(from: start, to: end, by: share).map { Array(searched[$0..<min(end, $0 + share)]) }
            for part in ParallelMap.map(shares, { search($0, index: index) }) {
                found.kept += part.kept
                found.contradictions += part.contradictions
                found.scored += part.scored
            }
            progress(end, searched.count)
        }
        found.kept.sort { ($1.value, $0.first, $0.second) < ($0.value, $1.first, $1.second) }
        found.contradictions.sort { ($1.value, $0.first, $0.second) < ($0.value, $1.first, $1.second) }
        return found
    }

    /// One worker's share: `claims`, each against its candidates. A pair between two searched
    /// claims is judged from its lower claim only.
    private func search(_ claims: [Int], index: CandidateIndex) -> Found {
        var counters = CandidateIndex.Counters(claims: corpus.entries.count)
        var found = Found(kept: [], contradictions: [], scored: 0)
        for claim in claims {
            let include: (Int) -> Bool = { other in
                other > claim || !(self.queried?[self.corpus.entries[other].document] ?? true)
            }
            for other in index.candidates(of: claim, counters: &counters, include: include) {
                found.scored += 1
                let judgement = scorer.judge(claim, other)
                let (first, second) = (Int32(min(claim, other)), Int32(max(claim, other)))
                if judgement.value >= thresholds.suggest {
                    found.kept.append(ScoredPair(first: first, second: second, value: judgement.value))
                } else if judgement.otherReferent {
                    // Not the same claim, yet about one thing: ranked by how much of the rest agrees.
                    found.contradictions.append(ScoredPair(first: first, second: second, value: judgement.words))
                }
            }
        }
        return found
    }
}
