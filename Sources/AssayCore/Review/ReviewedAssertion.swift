/// One assertion of a document's latest version as `assay claims` lists it.
public struct ReviewedAssertion: Sendable, Codable, Equatable {
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

    public init(
        id: String,
        document: String,
        version: Int,
        position: Int,
        paragraph: Int,
        sentence: Int,
        start: Int,
        end: Int,
        text: String,
        kind: AssertionKind,
        checkworthiness: Double,
        reasons: [String],
        origin: AssertionOrigin,
        flags: [String: Int],
        verdict: VerdictEntry? = nil,
        needsReview: Bool = false,
        tags: [String],
        dismissal: String? = nil
    ) {
        self.id = id
        self.document = document
        self.version = version
        self.position = position
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.checkworthiness = checkworthiness
        self.reasons = reasons
        self.origin = origin
        self.flags = flags
        self.verdict = verdict
        self.needsReview = needsReview
        self.tags = tags
        self.dismissal = dismissal
    }
}
