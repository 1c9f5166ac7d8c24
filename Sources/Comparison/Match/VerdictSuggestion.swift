/// A verdict recorded on one member of a group, offered to a member that has none. Only offered:
/// the analyst records it (with `assay verdict`) or not.
public struct VerdictSuggestion: Sendable, Equatable, Codable {
    /// The unreviewed claim the verdict is offered to.
    public var document: String
    public var claim: String
    public var rating: String
    /// The reviewed claim it comes from, and who recorded it.
    public var fromDocument: String
    public var fromClaim: String
    public var analyst: String
    /// How alike the two claims are.
    public var score: Double
}
