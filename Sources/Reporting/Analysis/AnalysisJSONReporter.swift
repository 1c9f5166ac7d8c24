import AssayCore
import Foundation

/// `assay analyze --format json`: one JSON object
/// `{"schemaVersion", "tool": {"name", "version"}, "documents": […], "errors": […]}`.
/// The schema is documented in `docs/analyze-json.md`; spans are `[start, end)` in Unicode
/// scalar offsets into each document's `text`.
public struct AnalysisJSONReporter: AnalysisReporter {
    public static let schemaVersion = 1
    private let pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    public func header() -> String {
        let tool = #"{"name":"\#(AssayVersion.name)","version":"\#(AssayVersion.current)"}"#
        return #"{"schemaVersion":\#(Self.schemaVersion),"tool":\#(tool),"documents":["#
    }

    public func document(_ document: Document, position: Int) -> String {
        let separator = position == 0 ? "" : ","
        return separator + encode(DocumentEntry(document))
    }

    public func footer(errors: [(source: String, message: String)]) -> String {
        let entries = errors.map { ErrorEntry(source: $0.source, message: $0.message) }
        return #"],"errors":\#(encode(entries))}"# + "\n"
    }

    private func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        // Encoding plain value types to JSON cannot fail; an empty object keeps the output valid.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct ErrorEntry: Encodable {
        var source: String
        var message: String
    }

    /// A document in the schema's key order.
    private struct DocumentEntry: Encodable {
        let document: Document
        init(_ document: Document) { self.document = document }

        enum CodingKeys: String, CodingKey {
            case source, format, title, metadata, text, boilerplate, paragraphs, sentences, assertions, findings
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(document.source, forKey: .source)
            try container.encode(document.format, forKey: .format)
            try container.encode(document.metadata.title, forKey: .title)
            try container.encode(document.metadata, forKey: .metadata)
            try container.encode(document.text, forKey: .text)
            try container.encode(document.boilerplate, forKey: .boilerplate)
            try container.encode(document.paragraphs, forKey: .paragraphs)
            try container.encode(document.sentences, forKey: .sentences)
            try container.encode(document.assertions, forKey: .assertions)
            let touched = FindingPlacement.touched(document)
            let findings = zip(document.findings, touched).map { finding, indices in
                FindingEntry(finding: finding, assertions: indices.map { document.assertions[$0].id })
            }
            try container.encode(findings, forKey: .findings)
        }
    }

    /// A finding with the ids of every assertion its span touches.
    private struct FindingEntry: Encodable {
        let finding: Finding
        let assertions: [String]

        enum CodingKeys: String, CodingKey {
            case assertions
        }

        func encode(to encoder: Encoder) throws {
            try finding.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(assertions, forKey: .assertions)
        }
    }
}
