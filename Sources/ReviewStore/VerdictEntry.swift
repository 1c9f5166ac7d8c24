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
}
