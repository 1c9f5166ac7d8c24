/// How well scores rank the positives of several documents (transcripts, articles), each
/// ranked on its own, and how well the scores' values match the rate of positives.
///
/// Mean average precision is CheckThat!'s measure: per document, the mean of the precision at
/// each positive's rank, then the mean over documents. Ties keep the documents' line order.
public struct RankingFigures: Sendable, Equatable {
    public struct ScoredLine: Sendable, Equatable {
        public var score: Double
        public var isPositive: Bool
        public init(score: Double, isPositive: Bool) {
            self.score = score
            self.isPositive = isPositive
        }
    }

    /// One band of scores: how many lines fell in it, their mean score, and the share that were positive.
    public struct CalibrationBand: Sendable, Equatable {
        public var lower: Double
        public var upper: Double
        public var lines: Int
        public var meanScore: Double
        public var positiveRate: Double

        public init(lower: Double, upper: Double, lines: Int, meanScore: Double, positiveRate: Double) {
            self.lower = lower
            self.upper = upper
            self.lines = lines
            self.meanScore = meanScore
            self.positiveRate = positiveRate
        }
    }

    /// The ranking figures.
    public struct Summary: Sendable, Equatable {
        /// Documents with at least one positive: those the ranking figures average over.
        public var documents: Int
        public var lines: Int
        public var positives: Int
        public var meanAveragePrecision: Double
        public var precisionAt10: Double
        public var precisionAt20: Double

        public init(documents: Int, lines: Int, positives: Int, meanAveragePrecision: Double,
                    precisionAt10: Double, precisionAt20: Double) {
            self.documents = documents
            self.lines = lines
            self.positives = positives
            self.meanAveragePrecision = meanAveragePrecision
            self.precisionAt10 = precisionAt10
            self.precisionAt20 = precisionAt20
        }
    }

    public var summary: Summary
    public var calibration: [CalibrationBand]

    public static let bandEdges: [Double] = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0001]

    /// Figures over documents with at least one positive (average precision is undefined
    /// without one); calibration counts every line.
    public init(documents scored: [[ScoredLine]]) {
        let ranked = scored.filter { $0.contains(where: \.isPositive) }.map(Self.ranked)
        summary = Summary(documents: ranked.count, lines: scored.reduce(0) { $0 + $1.count },
                          positives: scored.reduce(0) { $0 + $1.count(where: \.isPositive) },
                          meanAveragePrecision: Self.mean(ranked.map(Self.averagePrecision)),
                          precisionAt10: Self.mean(ranked.map { Self.precision($0, at: 10) }),
                          precisionAt20: Self.mean(ranked.map { Self.precision($0, at: 20) }))
        let all = scored.flatMap { $0 }
        calibration = zip(Self.bandEdges, Self.bandEdges.dropFirst()).compactMap { lower, upper in
            let band = all.filter { $0.score >= lower && $0.score < upper }
            guard !band.isEmpty else { return nil }
            return CalibrationBand(lower: lower, upper: min(upper, 1), lines: band.count,
                                   meanScore: band.reduce(0) { $0 + $1.score } / Double(band.count),
                                   positiveRate: Double(band.count(where: \.isPositive)) / Double(band.count))
        }
    }

    /// Highest score first; equal scores keep their order.
    static func ranked(_ lines: [ScoredLine]) -> [Bool] {
        lines.enumerated().sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element.isPositive)
    }

    static func averagePrecision(_ ranked: [Bool]) -> Double {
        var found = 0
        var sum = 0.0
        for (rank, isPositive) in ranked.enumerated() where isPositive {
            found += 1
            sum += Double(found) / Double(rank + 1)
        }
        return found == 0 ? 0 : sum / Double(found)
    }

    static func precision(_ ranked: [Bool], at cutoff: Int) -> Double {
        Double(ranked.prefix(cutoff).count { $0 }) / Double(cutoff)
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
