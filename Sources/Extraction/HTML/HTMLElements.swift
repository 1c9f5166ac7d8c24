import AssayCore

/// What the converter does with each element, by lowercased tag name. Elements not listed
/// here (`a`, `b`, `span`, custom elements…) are inline: they only contribute their text.
enum HTMLElements {
    /// Elements whose whole content is dropped: code, page chrome, embedded and foreign
    /// content, form controls, and `head` (whose title and meta tags are still read). `form`
    /// itself is kept: some sites (ASP.NET WebForms) wrap the whole article in one.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "footer", "aside",
        "svg", "math", "iframe", "object", "canvas", "audio", "video",
        "button", "select", "option", "datalist", "textarea",
    ]

    /// Elements whose content runs to the matching close tag without being parsed as markup.
    static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements that end the current block where they start and where they end.
    static let blocks: Set<String> = headings.union([
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "form",
        "li", "dt", "dd", "ul", "ol", "dl", "menu", "dir", "blockquote", "pre", "figure", "figcaption",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "br",
        "address", "details", "summary", "center", "fieldset", "legend", "hgroup", "dialog", "search",
    ])

    /// Elements that never have content or an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    ]

    /// Block elements whose start closes an open `p`, as in browsers.
    static let closesParagraph: Set<String> = headings.union([
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "form",
        "li", "dt", "dd", "ul", "ol", "dl", "menu", "dir", "blockquote", "pre", "figure", "figcaption",
        "table", "hr", "address", "details", "summary", "center", "fieldset", "hgroup", "dialog", "search",
    ])

    /// Elements that may appear in `head`; any other start tag ends an unclosed `head`.
    static let headContent: Set<String> = [
        "title", "meta", "link", "base", "style", "script", "noscript", "template",
    ]

    /// The role an element gives the text inside it, or nil when it keeps its parent's.
    static func role(of name: String) -> ParagraphRole? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dt", "dd": .listItem
        case "blockquote": .quote
        case "pre": .code
        default: nil
        }
    }

    /// Whether the start tag `name` implicitly ends the dropped element `skipped`: an unclosed
    /// `head` ends at the first body element, an `option` (which holds only text) at a block.
    static func endsSkip(of skipped: String, atStartOf name: String) -> Bool {
        switch skipped {
        case "head": !headContent.contains(name)
        case "option": blocks.contains(name) || name == "option" || name == "optgroup"
        default: false
        }
    }

    /// Whether the end tag `name` implicitly ends the dropped element `skipped`.
    static func endsSkip(of skipped: String, atEndOf name: String) -> Bool {
        switch skipped {
        case "head": name == "body" || name == "html"
        case "option": blocks.contains(name) || ["select", "datalist", "optgroup"].contains(name)
        default: false
        }
    }
}
