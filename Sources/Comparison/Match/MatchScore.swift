/// How alike two claims from different documents are, and why: a figure they share and the
/// rare words they have in common. Every score is in [0, 1], rounded to two decimals, and the
/// thresholds compare the rounded value (so what is shown is what was compared).
public struct MatchScore: Sendable, Equatable, Codable {
    /// Two figures, one from each claim, that state the same quantity.
    public struct SharedFigure: Sendable, Equatable, Codable {
        public var first: ClaimFigure
        public var second: ClaimFigure
    }

    /// The combined score: `1 − (1 − figure)(1 − words)`, so either kind of evidence can carry a
    /// match and both together make it surer — but only when the claims agree on their content
    /// beyond their figures (`agreesOnContent`); otherwise 0, so a figure or a name alone never
    /// links two claims.
    public var value: Double
    /// The best agreement of a figure of one claim with a figure of the other (0 when none agree).
    public var figure: Double
    /// Content-word similarity weighted by rarity (IDF over every claim compared).
    public var words: Double
    public var sharedFigure: SharedFigure?
    /// The content words both claims use (plurals folded), rarest first.
    public var sharedWords: [String]

    init(figure: Double, words: Double, agreesOnContent: Bool, sharedFigure: SharedFigure?, sharedWords: [String]) {
        self.figure = MatchScore.rounded(figure)
        self.words = MatchScore.rounded(words)
        self.value = agreesOnContent ? MatchScore.combined(figure: figure, words: words) : 0
        self.sharedFigure = sharedFigure
        self.sharedWords = sharedWords
    }

    /// `1 − (1 − figure)(1 − words)`, rounded.
    static func combined(figure: Double, words: Double) -> Double { rounded(1 - (1 - figure) * (1 - words)) }

    static func rounded(_ score: Double) -> Double { (score * 100).rounded() / 100 }
}
