/// The two scores that decide what `assay match` reports. A pair of claims from different
/// documents scoring at or above `suggest` is shown as a possible match; at or above `group` it is
/// the same claim, and its members form a group (whose verdicts are offered to each other).
public struct MatchThresholds: Sendable, Equatable, Codable {
    /// Above the highest score of unrelated assertions in the seeds that share only common words
    /// ("the MEK", "Iran's regime", "NCRI"), which stay near 0.27.
    public static let defaultSuggest = 0.3
    /// A shared specific figure with a generic or matching referent and a rare word in common
    /// reaches it (a figure alone scores 0: `PairScorer`); rare words alone reach it when they are
    /// a good part of both claims.
    public static let defaultGroup = 0.45

    public var suggest: Double
    public var group: Double

    public init(suggest: Double = defaultSuggest, group: Double = defaultGroup) {
        self.suggest = suggest
        self.group = group
    }

    /// What is wrong with the pair, in the analyst's words; nil when both are usable.
    public var problem: String? {
        guard (0...1).contains(suggest) else { return "the suggestion threshold is between 0 and 1 (got \(suggest))" }
        guard (0...1).contains(group) else { return "the group threshold is between 0 and 1 (got \(group))" }
        guard suggest <= group else {
            return "the suggestion threshold (\(suggest)) cannot be above the group threshold (\(group))"
        }
        return nil
    }
}
