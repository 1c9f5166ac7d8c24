/// Two claims from different documents and how alike they are.
public struct ClaimPair: Sendable, Equatable, Codable {
    public var first: MatchMember
    public var second: MatchMember
    public var score: MatchScore
}
