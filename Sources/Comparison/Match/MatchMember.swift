import AssayCore


/// One claim as match reports it: where it is, its wording, its current verdict and its figures.
public struct MatchMember: Sendable, Equatable, Codable {
    /// The document's workbench name (the file's name for a document analyzed on the fly).
    public var document: String
    /// The assertion id.
    public var claim: String
    public var text: String
    /// The current (latest) verdict, if any.
    public var verdict: VerdictEntry?
    public var figures: [ClaimFigure]

    public init(document: String, claim: String, text: String, verdict: VerdictEntry?, figures: [ClaimFigure]) {
        self.document = document
        self.claim = claim
        self.text = text
        self.verdict = verdict
        self.figures = figures
    }

    /// `document:claim-prefix`, the form every workbench command accepts.
    public var reference: String { "\(document):\(AssertionID.shown(claim))" }
}
