/// One recorded verdict. Verdicts are append-only: the latest standing one is the current one,
/// the others are its history. Taking a verdict back appends a retraction (rating `retracted`,
/// `retracts` naming it); the verdict before it becomes current again.
public struct VerdictEntry: Sendable, Codable, Equatable {
    public var id: Int64
    public var rating: String
    /// Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).
    public var credibility: Int?
    public var confidence: String?
    public var note: String?
    public var analyst: String
    public var createdAt: String
    /// The version it was recorded on.
    public var version: Int
    /// For a retraction: the id of the verdict it takes back.
    public var retracts: Int64?

    public static let retractedRating = "retracted"

    public var isRetraction: Bool { retracts != nil }

    public init(
        id: Int64,
        rating: String,
        credibility: Int? = nil,
        confidence: String? = nil,
        note: String? = nil,
        analyst: String,
        createdAt: String,
        version: Int,
        retracts: Int64? = nil
    ) {
        self.id = id
        self.rating = rating
        self.credibility = credibility
        self.confidence = confidence
        self.note = note
        self.analyst = analyst
        self.createdAt = createdAt
        self.version = version
        self.retracts = retracts
    }
}

extension Array where Element == VerdictEntry {
    /// The verdicts that stand: neither retractions nor taken back by one, in order.
    public var standing: [VerdictEntry] {
        let retracted = Set(compactMap(\.retracts))
        return filter { !$0.isRetraction && !retracted.contains($0.id) }
    }

    /// Whether the verdict is one a later entry took back.
    public func isRetracted(_ verdict: VerdictEntry) -> Bool {
        contains { $0.retracts == verdict.id }
    }
}
