/// The markup an input document is written in.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text
    case markdown
    case html

    /// The format a file name's extension implies, or `nil` when the extension is not one Assay reads.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
