/// A piece of evidence cited for or against an assertion.
public struct CitationEntry: Sendable, Codable, Equatable {
    public var id: Int64
    public var url: String
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var quote: String?
    public var stance: String
    /// SHA-256 of an attached local file, stored in the workbench.
    public var fileHash: String?
    public var fileName: String?
    public var analyst: String
    public var createdAt: String

    public init(
        id: Int64,
        url: String,
        title: String? = nil,
        publisher: String? = nil,
        published: String? = nil,
        quote: String? = nil,
        stance: String,
        fileHash: String? = nil,
        fileName: String? = nil,
        analyst: String,
        createdAt: String
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.publisher = publisher
        self.published = published
        self.quote = quote
        self.stance = stance
        self.fileHash = fileHash
        self.fileName = fileName
        self.analyst = analyst
        self.createdAt = createdAt
    }
}
