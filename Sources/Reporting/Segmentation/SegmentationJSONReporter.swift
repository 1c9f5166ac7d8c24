import AssayCore
import AssayText

/// `assay segment --format json`: one JSON object
/// `{"schemaVersion", "tool": {"name", "version"}, "documents": […], "errors": […]}`, each
/// document `{"source", "format", "text", "sentences": [[start, end], …], "assertions": […]}`
/// (`assertions` only when asked for). Spans are `[start, end)` in Unicode scalar offsets into
/// the document's `text`, as in `assay analyze --format json`; see `docs/segment-json.md`.
public struct SegmentationJSONReporter: SegmentationReporter {
    public static let schemaVersion = 1

    public init() {}

    public func header() -> [UInt8] { JSONEnvelope.header(schemaVersion: Self.schemaVersion) }

    public var separator: [UInt8] { JSONEnvelope.separator }

    public func document(_ document: SegmentedDocument) -> [UInt8] {
        var json = JSONWriter(capacity: 2 * document.text.utf8.count + 1024)
        json.beginObject()
        json.key("source")
        json.string(document.source)
        json.key("format")
        json.string(document.format.rawValue)
        json.key("text")
        json.string(document.text)
        json.key("sentences")
        write(document.sentences, to: &json)
        if let assertions = document.assertions {
            json.key("assertions")
            write(assertions, to: &json)
        }
        json.endObject()
        return json.bytes
    }

    public func footer(errors: [(source: String, message: String)]) -> [UInt8] { JSONEnvelope.footer(errors: errors) }

    private func write(_ spans: [Span], to json: inout JSONWriter) {
        json.beginArray()
        for span in spans {
            json.beginArray()
            json.number(span.start)
            json.number(span.end)
            json.endArray()
        }
        json.endArray()
    }
}
