/// One token of HTML markup, as `HTMLTokenizer` produces it. Text is given as a byte range of
/// the input, so that entities can be decoded straight into the block being built.
enum HTMLToken: Sendable, Equatable {
    /// An attribute of a start tag: name lowercased, value with its entities decoded.
    struct Attribute: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// Character data between tags, entities not yet decoded. `line` is where it starts.
    case text(Range<Int>, line: Int)
    /// The content of a raw-text element (`script`, `style`, `title`, `textarea`…), which runs
    /// to the matching close tag; markup inside it is not parsed.
    case rawText(Range<Int>, element: String)
    /// The content of a `<![CDATA[…]]>` section: literal text, without entities.
    case cdata(Range<Int>, line: Int)
    /// Names are lowercased. `selfClosing` is set for `<name … />`.
    case startTag(name: String, attributes: [Attribute], selfClosing: Bool)
    case endTag(name: String)
}
