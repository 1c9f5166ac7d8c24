import AssayCore

/// Renders `assay segment` output one document at a time: `header()`, then
/// `document(_:position:)` for each, then `footer(errors:)`.
public protocol SegmentationReporter: Sendable {
    func header() -> String
    /// `position` is the document's 0-based place in the output.
    func document(_ document: SegmentedDocument, position: Int) -> String
    /// `errors` are the inputs that could not be read, as (source, message).
    func footer(errors: [(source: String, message: String)]) -> String
}
