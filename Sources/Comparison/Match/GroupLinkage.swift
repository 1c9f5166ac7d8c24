/// Groups claims joined by pairs at or above the group threshold, guarding against chaining:
/// pairs are taken best first, and two clusters merge only when every pair across them from
/// different documents scores at or above the suggestion threshold (complete linkage at the lower
/// threshold). So A–B and B–C both strong does not put A with C when A and C have nothing in
/// common: every member of a group is at least a suggested match of every other.
struct GroupLinkage {
    let thresholds: MatchThresholds

    /// Entry indexes, ascending, and the best score that joined them.
    struct Cluster {
        var members: [Int]
        var best: Double
    }

    /// Clusters of two or more entries, in the order of their first members. `pairs` are the kept
    /// pairs, best first; a pair across two clusters that is not among them is judged afresh.
    func clusters(_ pairs: [ScoredPair], scorer: PairScorer) -> [Cluster] {
        var kept: [Int64: Double] = [:]
        for pair in pairs { kept[Self.key(Int(pair.first), Int(pair.second))] = pair.value }
        var clusterOf: [Int: Int] = [:]
        var clusters: [Int: Cluster] = [:]
        for pair in pairs where pair.value >= thresholds.group {
            let (i, j) = (Int(pair.first), Int(pair.second))
            let first = clusterOf[i] ?? i, second = clusterOf[j] ?? j
            guard first != second else { continue }
            let left = clusters[first] ?? Cluster(members: [i], best: pair.value)
            let right = clusters[second] ?? Cluster(members: [j], best: pair.value)
            guard linked(left.members, right.members, kept: kept, scorer: scorer) else { continue }
            clusters[second] = nil
            clusters[first] = Cluster(members: left.members + right.members, best: max(left.best, right.best, pair.value))
            for member in right.members { clusterOf[member] = first }
            clusterOf[i] = first
        }
        // The best pair inside each cluster, which may have joined it after a weaker one.
        for pair in pairs {
            guard let cluster = clusterOf[Int(pair.first)], clusterOf[Int(pair.second)] == cluster,
                  let best = clusters[cluster]?.best, pair.value > best else { continue }
            clusters[cluster]?.best = pair.value
        }
        return clusters.values.map { Cluster(members: $0.members.sorted(), best: $0.best) }
            .sorted { ($0.members.first ?? 0) < ($1.members.first ?? 0) }
    }

    /// Whether every pair, one from each side, from different documents, scores at least the
    /// suggestion threshold.
    private func linked(_ left: [Int], _ right: [Int], kept: [Int64: Double], scorer: PairScorer) -> Bool {
        let entries = scorer.corpus.entries
        for i in left {
            for j in right where entries[i].document != entries[j].document {
                let value = kept[Self.key(i, j)] ?? scorer.judge(i, j).value
                if value < thresholds.suggest { return false }
            }
        }
        return true
    }

    private static func key(_ i: Int, _ j: Int) -> Int64 { Int64(min(i, j)) << 32 | Int64(max(i, j)) }
}
