/// One sentence of a paragraph; its `text` is the normalised text between `start` and `end`.
public struct Sentence: Sendable, Hashable, Codable {
    public var index: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, paragraph: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
    }

    public var span: Span { Span(start: start, end: end) }

    private enum CodingKeys: String, CodingKey { case index, paragraph, start, end, text }
}
