/// Groups claims joined by pairs at or above the group threshold, guarding against chaining:
/// pairs are taken best first, and two clusters merge only when every pair across them from
/// different documents scores at or above the suggestion threshold (complete linkage at the lower
/// threshold). So A–B and B–C both strong does not put A with C when A and C have nothing in
/// common: every member of a group is at least a suggested match of every other.
struct GroupLinkage {
    let thresholds: MatchThresholds

    /// Clusters of two or more entry indexes, each sorted.
    func clusters(_ pairs: [ScoredPair], scorer: inout PairScorer) -> [[Int]] {
        var clusterOf: [Int: Int] = [:]
        var clusters: [Int: [Int]] = [:]
        for pair in pairs where pair.score.value >= thresholds.group {
            let first = clusterOf[pair.first] ?? pair.first
            let second = clusterOf[pair.second] ?? pair.second
            guard first != second else { continue }
            let left = clusters[first] ?? [pair.first], right = clusters[second] ?? [pair.second]
            guard lowestScore(left, right, scorer: &scorer) >= thresholds.suggest else { continue }
            clusters[second] = nil
            clusters[first] = left + right
            for member in left + right { clusterOf[member] = first }
        }
        return clusters.values.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }

    /// The lowest score of the pairs, one from each side, that come from different documents.
    private func lowestScore(_ left: [Int], _ right: [Int], scorer: inout PairScorer) -> Double {
        var lowest = 1.0
        for i in left {
            for j in right where scorer.corpus.entries[i].document != scorer.corpus.entries[j].document {
                lowest = min(lowest, scorer.score(i, j).value)
            }
        }
        return lowest
    }
}

/// Two entries of a corpus and their score.
struct ScoredPair {
    var first: Int
    var second: Int
    var score: MatchScore
}
