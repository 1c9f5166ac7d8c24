import AssayCore

/// Renders `assay analyze` output one document at a time, so a run over many inputs holds only
/// one document in memory: `header()`, then `document(_:position:)` for each, then
/// `footer(errors:)`.
public protocol AnalysisReporter: Sendable {
    func header() -> String
    /// `position` is the document's 0-based place in the output.
    func document(_ document: Document, position: Int) -> String
    /// `errors` are the inputs that could not be read, as (source, message).
    func footer(errors: [(source: String, message: String)]) -> String
}
