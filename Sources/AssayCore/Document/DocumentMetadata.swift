/// What a document says about itself: from HTML `<title>`/`<meta>`/canonical link, a Markdown
/// heading, or the first lines of plain text.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var author: String?
    public var date: String?
    public var url: String?
    /// The site or masthead name the document carries (HTML `og:site_name`, or a masthead line
    /// above a plain-text headline). A hint, not a verified publisher.
    public var siteName: String?

    public init(title: String? = nil, author: String? = nil, date: String? = nil,
                url: String? = nil, siteName: String? = nil) {
        self.title = title
        self.author = author
        self.date = date
        self.url = url
        self.siteName = siteName
    }
}
