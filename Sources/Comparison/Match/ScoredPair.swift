/// Two entries of a corpus (the lower first) and their score: what a search keeps per pair.
struct ScoredPair: Sendable {
    var first: Int32
    var second: Int32
    var value: Double
}
