import AssayCore

/// One assertion of a document's latest version as `assay claims` lists it.
public struct ClaimSummary: Sendable, Codable, Equatable {
    public var id: String
    public var document: String
    public var version: Int
    public var position: Int
    public var paragraph: Int
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: AssertionKind
    public var checkworthiness: Double
    public var reasons: [String]
    public var origin: AssertionOrigin
    /// Categories of the flags on it that stand (not dismissed), with how many of each.
    public var flags: [String: Int]
    /// The latest verdict, if any: its own, or else one carried from the wording it had in an
    /// earlier version (then `needsReview` is true).
    public var verdict: VerdictEntry?
    /// The verdict was recorded on an earlier wording of this claim: it follows the claim, but an
    /// analyst should confirm it.
    public var needsReview = false
    public var tags: [String]
    /// The reason given when an analyst marked it as not a claim.
    public var dismissal: String?
}
