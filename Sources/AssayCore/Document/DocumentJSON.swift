import AssayText

/// The JSON of a document's parts, each type written by one encoder, in the key order of
/// `docs/analyze-json.md`: `analyze --format json` writes them, and the workbench stores a
/// version's paragraphs and boilerplate with them, keys sorted.
extension JSONWriter {
    public mutating func metadata(_ metadata: DocumentMetadata) {
        beginObject()
        let members: [(StaticString, String?)] = [("title", metadata.title), ("author", metadata.author), ("date", metadata.date),
                                                  ("url", metadata.url), ("siteName", metadata.siteName)]
        for (name, value) in members {
            guard let value else { continue }
            key(name)
            string(value)
        }
        endObject()
    }

    /// `{"text", "line"}`, `line` left out when there is none.
    public mutating func boilerplate(_ line: BoilerplateLine, order: JSONKeyOrder = .schema) {
        object(order, [("text", .string(line.text)), ("line", line.line.map(JSONMember.integer))])
    }

    public mutating func paragraph(_ paragraph: Paragraph, order: JSONKeyOrder = .schema) {
        object(order, [("index", .integer(paragraph.index)), ("start", .integer(paragraph.start)),
                       ("end", .integer(paragraph.end)), ("role", .string(paragraph.role.rawValue))])
    }

    public mutating func sentence(_ sentence: Sentence) {
        beginObject()
        key("index")
        number(sentence.index)
        key("paragraph")
        number(sentence.paragraph)
        key("start")
        number(sentence.start)
        key("end")
        number(sentence.end)
        key("text")
        string(sentence.text)
        endObject()
    }

    public mutating func assertion(_ assertion: Assertion) {
        beginObject()
        key("id")
        string(assertion.id)
        key("sentence")
        number(assertion.sentence)
        key("paragraph")
        number(assertion.paragraph)
        key("start")
        number(assertion.start)
        key("end")
        number(assertion.end)
        key("text")
        string(assertion.text)
        key("kind")
        string(assertion.kind.rawValue)
        key("checkworthiness")
        number(assertion.checkworthiness)
        key("reasons")
        beginArray()
        for reason in assertion.reasons { string(reason) }
        endArray()
        endObject()
    }

    /// A finding, with the ids of every assertion its span touches.
    public mutating func finding(_ finding: Finding, touching assertions: ArraySlice<Assertion>) {
        beginObject()
        key("rule")
        string(finding.rule)
        key("category")
        string(finding.category)
        key("severity")
        string(finding.severity.rawValue)
        key("start")
        number(finding.start)
        key("end")
        number(finding.end)
        key("text")
        string(finding.text)
        key("message")
        string(finding.message)
        if let assertion = finding.assertion {
            key("assertion")
            string(assertion)
        }
        key("assertions")
        beginArray()
        for assertion in assertions { string(assertion.id) }
        endArray()
        key("fields")
        fields(finding.fields)
        endObject()
    }

    /// An object of scalar members, those without a value left out.
    private mutating func object(_ order: JSONKeyOrder, _ members: [(key: StaticString, value: JSONMember?)]) {
        beginObject()
        let ordered = order == .schema ? members : members.sorted { JSONKeyOrder.precedes($0.key, $1.key) }
        for (name, value) in ordered {
            guard let value else { continue }
            key(name)
            switch value {
            case .integer(let integer): number(integer)
            case .string(let text): string(text)
            }
        }
        endObject()
    }
}

/// The order of an object's keys: as the schema lists them (`analyze --format json`), or sorted,
/// as `JSONEncoder` with `.sortedKeys` writes them — how the workbench has always stored a
/// version's paragraphs and boilerplate.
public enum JSONKeyOrder: Sendable {
    case schema
    case sorted

    /// Byte order of the keys' UTF-8, as `.sortedKeys` compares them.
    static func precedes(_ first: StaticString, _ second: StaticString) -> Bool {
        first.withUTF8Buffer { a in second.withUTF8Buffer { b in a.lexicographicallyPrecedes(b) } }
    }
}

/// A scalar member's value.
enum JSONMember {
    case integer(Int)
    case string(String)
}
