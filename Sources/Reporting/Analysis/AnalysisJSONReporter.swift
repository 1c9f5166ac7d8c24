import AssayCore

/// `assay analyze --format json`: one JSON object
/// `{"schemaVersion", "tool": {"name", "version"}, "documents": […], "errors": […]}`.
/// The schema is documented in `docs/analyze-json.md`; spans are `[start, end)` in Unicode
/// scalar offsets into each document's `text`. Written by hand (`JSONWriter`), in the schema's
/// key order; optional members that are unknown are left out, except `title`, which is `null`.
public struct AnalysisJSONReporter: AnalysisReporter {
    public static let schemaVersion = 1

    public init() {}

    public func header() -> [UInt8] { JSONEnvelope.header(schemaVersion: Self.schemaVersion) }

    public var separator: [UInt8] { JSONEnvelope.separator }

    public func document(_ document: Document) -> [UInt8] {
        // The output is about seven times the text (which sentences and assertions repeat).
        var json = JSONWriter(capacity: 8 * document.text.utf8.count + 4096)
        json.beginObject()
        json.key("source")
        json.string(document.source)
        json.key("format")
        json.string(document.format.rawValue)
        json.key("title")
        json.string(document.title)
        json.key("metadata")
        write(document.metadata, to: &json)
        json.key("text")
        json.string(document.text)
        json.key("boilerplate")
        json.beginArray()
        for line in document.boilerplate { write(line, to: &json) }
        json.endArray()
        json.key("paragraphs")
        json.beginArray()
        for paragraph in document.paragraphs { write(paragraph, to: &json) }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in document.sentences { write(sentence, to: &json) }
        json.endArray()
        json.key("assertions")
        json.beginArray()
        for assertion in document.assertions { write(assertion, to: &json) }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for (finding, touched) in zip(document.findings, FindingPlacement.touched(document)) {
            write(finding, assertions: document.assertions[touched], to: &json)
        }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    public func footer(errors: [(source: String, message: String)]) -> [UInt8] { JSONEnvelope.footer(errors: errors) }

    private func write(_ metadata: DocumentMetadata, to json: inout JSONWriter) {
        json.beginObject()
        let members: [(StaticString, String?)] = [("title", metadata.title), ("author", metadata.author), ("date", metadata.date),
                                                  ("url", metadata.url), ("siteName", metadata.siteName)]
        for (name, value) in members {
            guard let value else { continue }
            json.key(name)
            json.string(value)
        }
        json.endObject()
    }

    private func write(_ line: BoilerplateLine, to json: inout JSONWriter) {
        json.beginObject()
        json.key("text")
        json.string(line.text)
        if let number = line.line {
            json.key("line")
            json.number(number)
        }
        json.endObject()
    }

    private func write(_ paragraph: Paragraph, to json: inout JSONWriter) {
        json.beginObject()
        json.key("index")
        json.number(paragraph.index)
        json.key("start")
        json.number(paragraph.start)
        json.key("end")
        json.number(paragraph.end)
        json.key("role")
        json.string(paragraph.role.rawValue)
        json.endObject()
    }

    private func write(_ sentence: Sentence, to json: inout JSONWriter) {
        json.beginObject()
        json.key("index")
        json.number(sentence.index)
        json.key("paragraph")
        json.number(sentence.paragraph)
        json.key("start")
        json.number(sentence.start)
        json.key("end")
        json.number(sentence.end)
        json.key("text")
        json.string(sentence.text)
        json.endObject()
    }

    private func write(_ assertion: Assertion, to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(assertion.id)
        json.key("sentence")
        json.number(assertion.sentence)
        json.key("paragraph")
        json.number(assertion.paragraph)
        json.key("start")
        json.number(assertion.start)
        json.key("end")
        json.number(assertion.end)
        json.key("text")
        json.string(assertion.text)
        json.key("kind")
        json.string(assertion.kind.rawValue)
        json.key("checkworthiness")
        json.number(assertion.checkworthiness)
        json.key("reasons")
        json.beginArray()
        for reason in assertion.reasons { json.string(reason) }
        json.endArray()
        json.endObject()
    }

    /// A finding with the ids of every assertion its span touches.
    private func write(_ finding: Finding, assertions: ArraySlice<Assertion>, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule")
        json.string(finding.rule)
        json.key("category")
        json.string(finding.category)
        json.key("severity")
        json.string(finding.severity.rawValue)
        json.key("start")
        json.number(finding.start)
        json.key("end")
        json.number(finding.end)
        json.key("text")
        json.string(finding.text)
        json.key("message")
        json.string(finding.message)
        if let assertion = finding.assertion {
            json.key("assertion")
            json.string(assertion)
        }
        json.key("assertions")
        json.beginArray()
        for assertion in assertions { json.string(assertion.id) }
        json.endArray()
        json.key("fields")
        json.fields(finding.fields)
        json.endObject()
    }
}
