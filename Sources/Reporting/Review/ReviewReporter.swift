/// Renders review reports in one output format (`assay report`, `assay analyze --format md|html`).
/// One reporter per format; the CLI picks one, it does not format.
public protocol ReviewReporter: Sendable {
    /// The extension of the files it writes (`md`, `html`…).
    var fileExtension: String { get }
    /// One output for all `reports` (one file per document when writing to a folder).
    func render(_ reports: [ReviewReport]) -> String
}
