/// Scores pairs of claims of a corpus: `judge` for the many pairs searched (numbers only, no
/// allocation), `score` for the few shown (with the shared words spelled out).
///
/// Two claims agree on their content when, beside the words of the figure they share (the number
/// and what it counts), they share two rare words; or one rare word and a figure whose referents
/// do not differ, with a words score of 0.1 at least; or one rare word and rare names in close
/// wording. A word, not a name: names are
/// capitalised in both claims, and "Alex Ferguson" or "Six Nations" alone links nothing. A rare
/// term is one the candidate index keeps postings for; "said", "year" or "euro" never are in an
/// archive. Without that
/// agreement a pair scores 0, whatever figure or name it shares.
struct PairScorer: Sendable {
    let corpus: MatchCorpus

    /// A words score at which one rare word with rare names beside it is agreement enough: the
    /// claim repeated with a few words changed ("But he said it was wrong to put China under the
    /// same embargo…", "Mr Straw said it was wrong to put China under the same embargo…").
    static let closeWording = 0.7

    /// The words score a figure and one rare word need besides: "worth" beside "$1.8bn" in an
    /// aircraft order and a music market (0.05) is the figure alone; the seeds' massacre claims,
    /// "30,000" and "months" (0.21), are not.
    static let wordsBesideFigure = 0.1

    /// What the thresholds compare, the words' share of it, and whether the pair states a specific
    /// figure of different referents and shares a rare content word (a contradiction candidate
    /// when it does not match).
    struct Judgement {
        var value: Double
        var words: Double
        var otherReferent: Bool
    }

    func judge(_ i: Int, _ j: Int) -> Judgement {
        let evidence = Evidence(corpus.entries[i], corpus.entries[j], corpus: corpus, keepingShared: false)
        return Judgement(value: evidence.value, words: evidence.words,
                         otherReferent: evidence.otherReferent != nil && evidence.rareContent >= 1)
    }

    /// The full score of entries `i` and `j`, as shown.
    func score(_ i: Int, _ j: Int) -> MatchScore {
        let (a, b) = (corpus.entries[i], corpus.entries[j])
        let evidence = Evidence(a, b, corpus: corpus, keepingShared: true)
        let figures = evidence.bestFigures ?? evidence.otherReferent
        let shared = figures.map { MatchScore.SharedFigure(first: a.member.figures[$0.0], second: b.member.figures[$0.1]) }
        let idf = corpus.idf, terms = corpus.terms
        let rarestFirst = evidence.shared.sorted { (idf[Int($0)], terms[Int($1)]) > (idf[Int($1)], terms[Int($0)]) }
        return MatchScore(figure: evidence.figure, words: evidence.words, agreesOnContent: evidence.agreesOnContent,
                          sharedFigure: shared, sharedWords: rarestFirst.map { terms[Int($0)] })
    }

    /// What two claims have in common.
    private struct Evidence {
        /// Shared term ids, ascending (only when asked for).
        var shared: [Int32] = []
        var words = 0.0
        var figure = 0.0
        /// Indexes of the best-agreeing figures, one in each claim.
        var bestFigures: (Int, Int)?
        /// Indexes of a same quantity said of other referents.
        var otherReferent: (Int, Int)?
        /// Some figures agree and are not such a quantity: they say the claims may be the same.
        var sharesFigure = false
        /// Shared rare terms outside the shared figure's own words, and how many of them are words
        /// rather than names (written in lower case in one claim at least).
        var rareContent = 0
        var rareWords = 0

        init(_ a: MatchCorpus.Entry, _ b: MatchCorpus.Entry, corpus: MatchCorpus, keepingShared: Bool) {
            for (x, first) in a.member.figures.enumerated() {
                for (y, second) in b.member.figures.enumerated() {
                    let referents = (a.referents[x], b.referents[y])
                    let agreement = FigureAgreement.score(first, second, referents: referents)
                    let other = FigureAgreement.sameQuantityOtherReferent(first, second, referents: referents)
                    if agreement > figure { (figure, bestFigures) = (agreement, (x, y)) }
                    if agreement > 0 && !other { sharesFigure = true }
                    if otherReferent == nil && other { otherReferent = (x, y) }
                }
            }
            // The words of the figure the claims share are that figure's, not more agreement.
            let sharedFigure = bestFigures ?? otherReferent
            let figureWords = sharedFigure.map { (a.figureWords[$0.0], b.figureWords[$0.1]) } ?? ([], [])
            let rare = corpus.rareIDF
            var sharedWeight = 0.0
            // Both term lists are ascending: one merge walk finds what they share.
            var (i, j) = (a.terms.startIndex, b.terms.startIndex)
            while i < a.terms.endIndex && j < b.terms.endIndex {
                let (x, y) = (a.terms[i], b.terms[j])
                if x < y {
                    i += 1
                } else if y < x {
                    j += 1
                } else {
                    sharedWeight += corpus.idf[Int(x)]
                    if keepingShared { shared.append(x) }
                    if !corpus.isNumber[Int(x)] && corpus.idf[Int(x)] >= rare
                        && !Self.contains(figureWords.0, x) && !Self.contains(figureWords.1, x) {
                        rareContent += 1
                        if Self.contains(a.lowercaseTerms, x) || Self.contains(b.lowercaseTerms, x) { rareWords += 1 }
                    }
                    i += 1
                    j += 1
                }
            }
            let total = a.weight + b.weight
            if total > 0 { words = 2 * sharedWeight / total }
        }

        var agreesOnContent: Bool {
            rareWords >= 2 || (rareWords >= 1 && ((sharesFigure && words >= PairScorer.wordsBesideFigure)
                                                  || (rareContent >= 2 && words >= PairScorer.closeWording)))
        }

        var value: Double { agreesOnContent ? MatchScore.combined(figure: figure, words: words) : 0 }

        /// The lists are short (a claim's figure words, its lower-case terms): a scan beats a set.
        private static func contains(_ words: [Int32], _ term: Int32) -> Bool {
            for word in words where word >= term { return word == term }
            return false
        }
    }
}
