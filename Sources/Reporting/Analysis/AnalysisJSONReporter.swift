import AssayCore
import AssayText

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
        json.metadata(document.metadata)
        json.key("text")
        json.string(document.text)
        json.key("boilerplate")
        json.beginArray()
        for line in document.boilerplate { json.boilerplate(line) }
        json.endArray()
        json.key("paragraphs")
        json.beginArray()
        for paragraph in document.paragraphs { json.paragraph(paragraph) }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in document.sentences { json.sentence(sentence) }
        json.endArray()
        json.key("assertions")
        json.beginArray()
        for assertion in document.assertions { json.assertion(assertion) }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for (finding, touched) in zip(document.findings, FindingPlacement.touched(document)) {
            json.finding(finding, touching: document.assertions[touched])
        }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    public func footer(errors: [(source: String, message: String)]) -> [UInt8] { JSONEnvelope.footer(errors: errors) }
}
