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
}
