/// One claim a sentence makes, with its kind and how worth checking it is.
public struct Assertion: Sendable, Hashable, Codable {
    /// Stable id derived from the normalised text (see `AssertionID`): the same claim keeps its
    /// id across runs and across versions of a document.
    public var id: String
    public var sentence: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: AssertionKind
    /// The probability that a professional fact-checker would choose this claim to check, from
    /// the check-worthiness model (calibrated on held-out data); `reasons` say what raised or
    /// lowered it. Chosen claims are rare, so most scores are low: see `checkWorthyScore`.
    public var checkworthiness: Double
    public var reasons: [String]

    public init(id: String, sentence: Int, paragraph: Int, start: Int, end: Int, text: String,
                kind: AssertionKind, checkworthiness: Double, reasons: [String]) {
        self.id = id
        self.sentence = sentence
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.checkworthiness = checkworthiness
        self.reasons = reasons
    }

    public var span: Span { Span(start: start, end: end) }

    /// From this score a claim counts as check-worthy in summaries and is shown in bold. On
    /// held-out debates, about one line in seven scored at 0.1–0.2 was chosen by fact-checkers,
    /// one in sixty below 0.05 (`Models/README.md`).
    public static let checkWorthyScore = 0.1
}
