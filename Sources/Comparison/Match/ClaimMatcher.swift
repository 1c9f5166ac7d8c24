import AssayCore


/// Finds the same claim across documents, however worded: pairs of claims from different
/// documents are scored on the figures they share (normalised quantity, bound, referent) and on
/// their content words weighted by rarity; pairs at or above the group threshold form groups,
/// the others at or above the suggestion threshold are suggested. A pure function of the
/// documents: nothing is read or written, verdicts are only offered.
public struct ClaimMatcher: Sendable {
    public var thresholds: MatchThresholds

    public init(thresholds: MatchThresholds = MatchThresholds()) {
        self.thresholds = thresholds
    }

    public func match(_ documents: [ReviewedDocument]) -> ClaimMatch {
        let corpus = MatchCorpus(documents)
        var scorer = PairScorer(corpus: corpus)
        let pairs = corpus.candidatePairs()
            .map { ScoredPair(first: $0.0, second: $0.1, score: scorer.score($0.0, $0.1)) }
            .filter { $0.score.value >= thresholds.suggest }
            .sorted { ($1.score.value, $0.first, $0.second) < ($0.score.value, $1.first, $1.second) }
        let clusters = GroupLinkage(thresholds: thresholds).clusters(pairs, scorer: &scorer)
        var clusterOf: [Int: Int] = [:]
        for (index, cluster) in clusters.enumerated() {
            for entry in cluster { clusterOf[entry] = index }
        }
        // Best first; clusters come in document order, which breaks ties.
        let groups = clusters.map { group($0, scorer: &scorer) }.enumerated()
            .sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }.map(\.element)
        let suggested = pairs.filter { pair in
            guard let cluster = clusterOf[pair.first] else { return true }
            return clusterOf[pair.second] != cluster
        }.map { claimPair($0, corpus: corpus) }
        return ClaimMatch(thresholds: thresholds, documents: documents.map(\.header.name), groups: groups,
                          suggested: suggested)
    }

    private func group(_ members: [Int], scorer: inout PairScorer) -> ClaimGroup {
        let corpus = scorer.corpus
        var pairs: [ScoredPair] = []
        for (offset, i) in members.enumerated() {
            for j in members.dropFirst(offset + 1) where corpus.entries[i].document != corpus.entries[j].document {
                pairs.append(ScoredPair(first: i, second: j, score: scorer.score(i, j)))
            }
        }
        pairs.sort { ($1.score.value, $0.first, $0.second) < ($0.score.value, $1.first, $1.second) }
        return ClaimGroup(members: members.map { corpus.entries[$0].member },
                          pairs: pairs.map { claimPair($0, corpus: corpus) },
                          figure: pairs.lazy.compactMap(\.score.sharedFigure).first?.first,
                          suggestions: suggestions(pairs, corpus: corpus))
    }

    /// For each pair with a verdict on one side only, that verdict offered to the other side.
    private func suggestions(_ pairs: [ScoredPair], corpus: MatchCorpus) -> [VerdictSuggestion] {
        var suggestions: [VerdictSuggestion] = []
        for pair in pairs {
            let (first, second) = (corpus.entries[pair.first].member, corpus.entries[pair.second].member)
            if let verdict = first.verdict, second.verdict == nil {
                suggestions.append(suggestion(verdict, from: first, to: second, score: pair.score.value))
            } else if let verdict = second.verdict, first.verdict == nil {
                suggestions.append(suggestion(verdict, from: second, to: first, score: pair.score.value))
            }
        }
        return suggestions
    }

    private func suggestion(_ verdict: VerdictEntry, from source: MatchMember, to target: MatchMember,
                            score: Double) -> VerdictSuggestion {
        VerdictSuggestion(document: target.document, claim: target.claim, rating: verdict.rating,
                          fromDocument: source.document, fromClaim: source.claim, analyst: verdict.analyst, score: score)
    }

    private func claimPair(_ pair: ScoredPair, corpus: MatchCorpus) -> ClaimPair {
        ClaimPair(first: corpus.entries[pair.first].member, second: corpus.entries[pair.second].member, score: pair.score)
    }
}
