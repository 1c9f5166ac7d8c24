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
    /// In [0, 1]; `reasons` say what raised or lowered it.
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
}
