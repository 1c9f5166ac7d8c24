import AssayCore
import Foundation

/// Finds the same claim across documents, however worded. Candidate pairs come from an inverted
/// index of rare keys (`CandidateIndex`), never from all pairs; each candidate is scored on the
/// figures the two claims share and on their content words weighted by rarity (`PairScorer`),
/// and only pairs at or above the suggestion threshold are kept. Kept pairs at or above the group
/// threshold form groups (`GroupLinkage`), the others are suggested; pairs below the suggestion
/// threshold that state the same specific figure of different referents and share a rare content
/// word are contradiction candidates. A pure function of the documents: nothing is read or
/// written, verdicts are only offered.
public struct ClaimMatcher: Sendable {
    public var thresholds: MatchThresholds
    /// How many groups, suggested pairs and contradiction candidates are spelled out, each, best
    /// first; 0 for all. The totals count them all.
    public var limit: Int

    public init(thresholds: MatchThresholds = MatchThresholds(), limit: Int = 0) {
        self.thresholds = thresholds
        self.limit = limit
    }

    /// Matches the claims of the documents at `queried` (every document when nil) against the
    /// claims of all of them; `archive` when they are part of an archive not read whole (its
    /// words' rarity). `progress` is told how many of the searched claims are done, of how many,
    /// now and then, from the calling thread.
    public func match(_ documents: [ReviewedDocument], queried: Set<Int>? = nil, archive: ArchiveFrequencies? = nil,
                      progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> ClaimMatch {
        let corpus = MatchCorpus(documents, archive: archive)
        let scorer = PairScorer(corpus: corpus)
        let search = PairSearch(corpus: corpus, scorer: scorer, thresholds: thresholds,
                                queried: queried.map { set in documents.indices.map(set.contains) })
        let found = search.run(progress: progress)
        let clusters = GroupLinkage(thresholds: thresholds).clusters(found.kept, scorer: scorer)
        var clusterOf: [Int: Int] = [:]
        for (index, cluster) in clusters.enumerated() {
            for entry in cluster.members { clusterOf[entry] = index }
        }
        let suggested = found.kept.filter { pair in
            guard let cluster = clusterOf[Int(pair.first)] else { return true }
            return clusterOf[Int(pair.second)] != cluster
        }
        // Best first, then the one across most documents (a figure many reports repeat); clusters
        // come in document order, which breaks the remaining ties.
        let spread = clusters.map { Set($0.members.map { corpus.entries[$0].document }).count }
        let ranked = clusters.indices.sorted {
            (clusters[$1].best, spread[$1], $0) < (clusters[$0].best, spread[$0], $1)
        }.map { clusters[$0] }
        return ClaimMatch(
            thresholds: thresholds, documents: documents.map(\.header.name),
            queried: queried.map { set in documents.indices.filter(set.contains).map { documents[$0].header.name } },
            groups: shown(ranked).map { group($0.members, scorer: scorer) },
            suggested: shown(suggested).map { claimPair($0, scorer: scorer) },
            contradictions: shown(found.contradictions).map { claimPair($0, scorer: scorer) },
            totals: MatchTotals(groups: clusters.count, suggested: suggested.count, contradictions: found.contradictions.count,
                                documents: archive?.documents ?? documents.count, claims: corpus.claimCount,
                                scoredPairs: found.scored),
            limit: limit)
    }

    private func shown<Item>(_ items: [Item]) -> ArraySlice<Item> {
        limit > 0 ? items.prefix(limit) : items[...]
    }

    private func group(_ members: [Int], scorer: PairScorer) -> ClaimGroup {
        let corpus = scorer.corpus
        var pairs: [ClaimPair] = []
        for (offset, i) in members.enumerated() {
            for j in members.dropFirst(offset + 1) where corpus.entries[i].document != corpus.entries[j].document {
                pairs.append(ClaimPair(first: corpus.entries[i].member, second: corpus.entries[j].member, score: scorer.score(i, j)))
            }
        }
        // Stable: among equal scores, member order.
        let sorted = pairs.enumerated().sorted { ($1.element.score.value, $0.offset) < ($0.element.score.value, $1.offset) }.map(\.element)
        return ClaimGroup(members: members.map { corpus.entries[$0].member }, pairs: sorted,
                          figure: sorted.lazy.compactMap(\.score.sharedFigure).first?.first,
                          suggestions: suggestions(sorted))
    }

    /// For each pair with a verdict on one side only, that verdict offered to the other side.
    private func suggestions(_ pairs: [ClaimPair]) -> [VerdictSuggestion] {
        var suggestions: [VerdictSuggestion] = []
        for pair in pairs {
            if let verdict = pair.first.verdict, pair.second.verdict == nil {
                suggestions.append(suggestion(verdict, from: pair.first, to: pair.second, score: pair.score.value))
            } else if let verdict = pair.second.verdict, pair.first.verdict == nil {
                suggestions.append(suggestion(verdict, from: pair.second, to: pair.first, score: pair.score.value))
            }
        }
        return suggestions
    }

    private func suggestion(_ verdict: VerdictEntry, from source: MatchMember, to target: MatchMember,
                            score: Double) -> VerdictSuggestion {
        VerdictSuggestion(document: target.document, claim: target.claim, rating: verdict.rating,
                          fromDocument: source.document, fromClaim: source.claim, analyst: verdict.analyst, score: score)
    }

    private func claimPair(_ pair: ScoredPair, scorer: PairScorer) -> ClaimPair {
        let (first, second) = (Int(pair.first), Int(pair.second))
        return ClaimPair(first: scorer.corpus.entries[first].member, second: scorer.corpus.entries[second].member,
                         score: scorer.score(first, second))
    }
}
