/// One recorded verdict. Verdicts are append-only: the latest is the current one, the earlier
/// ones are its history.
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

    public init(
        id: Int64,
        rating: String,
        credibility: Int? = nil,
        confidence: String? = nil,
        note: String? = nil,
        analyst: String,
        createdAt: String,
        version: Int
    ) {
        self.id = id
        self.rating = rating
        self.credibility = credibility
        self.confidence = confidence
        self.note = note
        self.analyst = analyst
        self.createdAt = createdAt
        self.version = version
    }
}
