import AssayCore
import Foundation

/// The report as JSON: `{"schemaVersion", "tool", "documents": [report…]}`, each report with its
/// header, summary, normalised text, paragraphs, claims, standing findings, verdict histories,
/// citations, sources and estimates. Spans are `[start, end)` in Unicode scalar offsets into
/// `text`, as in `analyze`. Schema: docs/report-json.md.
public struct ReviewJSONReporter: ReviewReporter {
    public static let schemaVersion = 1
    public let fileExtension = "json"

    public init() {}

    private struct Output: Encodable {
        var schemaVersion = ReviewJSONReporter.schemaVersion
        var tool = ["name": AssayVersion.name, "version": AssayVersion.current]
        var documents: [ReviewReport]
    }

    public func render(_ reports: [ReviewReport]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Output(documents: reports)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
