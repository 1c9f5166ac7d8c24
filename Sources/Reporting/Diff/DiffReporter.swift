import Comparison

/// Renders a version comparison in one output format (`assay diff --format …`). One reporter
/// per format; the CLI picks one, it does not format.
public protocol DiffReporter: Sendable {
    func render(_ diff: DocumentDiff) -> String
}
