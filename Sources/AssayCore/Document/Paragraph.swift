/// A block of the normalised text: a prose paragraph, a heading, a list item…
public struct Paragraph: Sendable, Hashable, Codable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var role: ParagraphRole

    public init(index: Int, start: Int, end: Int, role: ParagraphRole) {
        self.index = index
        self.start = start
        self.end = end
        self.role = role
    }

    public var span: Span { Span(start: start, end: end) }
}

/// What a paragraph is in the document's structure.
public enum ParagraphRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The document's headline.
    case title
    case heading
    case paragraph
    case listItem
    case quote
    /// Preformatted or code text: kept in the text, not split into sentences.
    case code
}
