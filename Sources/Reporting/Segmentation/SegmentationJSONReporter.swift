import AssayCore
import Foundation

/// `assay segment --format json`: one JSON object
/// `{"schemaVersion", "tool": {"name", "version"}, "documents": […], "errors": […]}`, each
/// document `{"source", "format", "text", "sentences": [[start, end], …], "assertions": […]}`
/// (`assertions` only when asked for). Spans are `[start, end)` in Unicode scalar offsets into
/// the document's `text`, as in `assay analyze --format json`; see `docs/segment-json.md`.
public struct SegmentationJSONReporter: SegmentationReporter {
    public static let schemaVersion = 1

    public init() {}

    public func header() -> String {
        let tool = #"{"name":"\#(AssayVersion.name)","version":"\#(AssayVersion.current)"}"#
        return #"{"schemaVersion":\#(Self.schemaVersion),"tool":\#(tool),"documents":["#
    }

    public func document(_ document: SegmentedDocument, position: Int) -> String {
        var out = position == 0 ? "{" : ",{"
        out += #""source":\#(encode(document.source)),"format":"\#(document.format.rawValue)","#
        out += #""text":\#(encode(document.text)),"sentences":\#(spans(document.sentences))"#
        if let assertions = document.assertions { out += #","assertions":\#(spans(assertions))"# }
        return out + "}"
    }

    public func footer(errors: [(source: String, message: String)]) -> String {
        let entries = errors.map { #"{"source":\#(encode($0.source)),"message":\#(encode($0.message))}"# }
        return #"],"errors":[\#(entries.joined(separator: ","))]}"# + "\n"
    }

    private func spans(_ spans: [Span]) -> String {
        "[" + spans.map { "[\($0.start),\($0.end)]" }.joined(separator: ",") + "]"
    }

    /// A JSON string literal, escaped by the JSON encoder.
    private func encode(_ string: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a string cannot fail; an empty string keeps the output valid.
        guard let data = try? encoder.encode(string) else { return #""""# }
        return String(decoding: data, as: UTF8.self)
    }
}
