/// Scores pairs of claims of a corpus, each pair once.
struct PairScorer {
    let corpus: MatchCorpus
    private var cache: [Key: MatchScore] = [:]

    init(corpus: MatchCorpus) {
        self.corpus = corpus
    }

    /// The score of entries `i` and `j` (in either order).
    mutating func score(_ i: Int, _ j: Int) -> MatchScore {
        let key = Key(first: min(i, j), second: max(i, j))
        if let cached = cache[key] { return cached }
        guard corpus.entries.indices.contains(key.first), corpus.entries.indices.contains(key.second) else {
            return MatchScore(figure: 0, words: 0, sharedFigure: nil, sharedWords: [])
        }
        let score = Self.score(corpus.entries[key.first], corpus.entries[key.second], corpus: corpus)
        cache[key] = score
        return score
    }

    private static func score(_ a: MatchCorpus.Entry, _ b: MatchCorpus.Entry, corpus: MatchCorpus) -> MatchScore {
        let shared = a.terms.intersection(b.terms)
        let total = corpus.weight(a.terms) + corpus.weight(b.terms)
        let words = total > 0 ? 2 * corpus.weight(shared) / total : 0
        var figure = 0.0
        var sharedFigure: MatchScore.SharedFigure?
        for first in a.member.figures {
            for second in b.member.figures {
                let agreement = FigureAgreement.score(first, second)
                if agreement > figure {
                    figure = agreement
                    sharedFigure = MatchScore.SharedFigure(first: first, second: second)
                }
            }
        }
        let rarestFirst = shared.sorted { (corpus.idf[$0] ?? 0, $1) > (corpus.idf[$1] ?? 0, $0) }
        return MatchScore(figure: figure, words: words, sharedFigure: sharedFigure, sharedWords: rarestFirst)
    }

    private struct Key: Hashable {
        var first: Int
        var second: Int
    }
}
