/// One labelled example as the trainer sees it: the features that fire, by column, and whether
/// it is a positive (for check-worthiness: a sentence a fact-checker chose to check).
public struct TrainingExample: Sendable, Equatable {
    /// Column indices, ascending, each once.
    public var columns: [Int32]
    public var values: [Float]
    public var isPositive: Bool
    /// How much the example counts in the fit (1 for most; less for a plentiful kind of example,
    /// more for a team's own decision).
    public var weight: Float

    public init(columns: [Int32], values: [Float], isPositive: Bool, weight: Float = 1) {
        self.columns = columns
        self.values = values
        self.isPositive = isPositive
        self.weight = weight
    }
}

/// Named features → trainer columns. Columns are the names in sorted order, so the same data
/// gives the same columns and the same model bytes.
public struct FeatureVocabulary: Sendable {
    public let names: [String]
    private let columnOf: [String: Int32]

    /// The names that fire in at least `minimumCount` examples.
    public init(examples: [[String: Float]], minimumCount: Int) {
        var counts: [String: Int] = [:]
        for example in examples {
            for name in example.keys { counts[name, default: 0] += 1 }
        }
        names = counts.filter { $0.value >= minimumCount }.map(\.key).sorted()
        columnOf = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
    }

    public func example(_ features: [String: Float], isPositive: Bool) -> TrainingExample {
        let known = features.compactMap { name, value in columnOf[name].map { ($0, value) } }.sorted { $0.0 < $1.0 }
        return TrainingExample(columns: known.map(\.0), values: known.map(\.1), isPositive: isPositive)
    }
}
