import AssayCore

/// Reads document metadata from `<title>`, `<meta>` and `<link rel="canonical">`, keeping the
/// first value of each field. `<title>` wins over `og:title`, the canonical link over `og:url`.
struct HTMLMetadataCollector {
    private var title: String?
    private var openGraphTitle: String?
    private var author: String?
    private var date: String?
    private var canonicalURL: String?
    private var openGraphURL: String?
    private var siteName: String?

    var metadata: DocumentMetadata {
        DocumentMetadata(title: title ?? openGraphTitle, author: author, date: date,
                         url: canonicalURL ?? openGraphURL, siteName: siteName)
    }

    /// The text of a `<title>` element, entities already decoded.
    mutating func collectTitle(_ text: String) {
        keepFirst(&title, Self.collapsed(text))
    }

    mutating func collect(tag name: String, attributes: [HTMLToken.Attribute]) {
        switch name {
        case "meta": collectMeta(attributes)
        case "link": collectLink(attributes)
        default: break
        }
    }

    private mutating func collectMeta(_ attributes: [HTMLToken.Attribute]) {
        guard let content = Self.collapsed(Self.value(of: "content", in: attributes)) else { return }
        for keyAttribute in ["name", "property", "itemprop"] {
            switch Self.collapsed(Self.value(of: keyAttribute, in: attributes))?.lowercased() {
            case "author", "article:author": keepFirst(&author, content)
            case "article:published_time", "date", "pubdate", "datepublished": keepFirst(&date, content)
            case "og:url": keepFirst(&openGraphURL, content)
            case "og:site_name": keepFirst(&siteName, content)
            case "og:title": keepFirst(&openGraphTitle, content)
            default: break
            }
        }
    }

    private mutating func collectLink(_ attributes: [HTMLToken.Attribute]) {
        guard let rel = Self.value(of: "rel", in: attributes)?.lowercased(),
              rel.split(whereSeparator: \.isWhitespace).contains("canonical") else { return }
        keepFirst(&canonicalURL, Self.collapsed(Self.value(of: "href", in: attributes)))
    }

    private func keepFirst(_ field: inout String?, _ value: String?) {
        if field == nil { field = value }
    }

    private static func value(of name: String, in attributes: [HTMLToken.Attribute]) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `text` with runs of whitespace made one space and the ends trimmed; nil when empty.
    private static func collapsed(_ text: String?) -> String? {
        guard let text else { return nil }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if HTMLBytes.isBlank(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return result.isEmpty ? nil : String(result)
    }
}
