import AssayCore

/// Renders `assay segment` output one document at a time, like `AnalysisReporter`: `header()`,
/// then each `document(_:)` with `separator` between them, then `footer(errors:)`; UTF-8 bytes.
public protocol SegmentationReporter: Sendable {
    func header() -> [UInt8]
    /// One document's output: a function of the document alone, so documents can be rendered
    /// in parallel and joined in input order.
    func document(_ document: SegmentedDocument) -> [UInt8]
    /// What goes between two documents' outputs.
    var separator: [UInt8] { get }
    /// `errors` are the inputs that could not be read, as (source, message).
    func footer(errors: [(source: String, message: String)]) -> [UInt8]
}
