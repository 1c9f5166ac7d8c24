import AssayCore
import Foundation

/// One side of `assay diff` as written on the command line: a file, a web page, or a stored
/// version.
public enum DiffSide: Equatable, Sendable {
    case file(String)
    /// An http or https address, fetched and analyzed as `assay analyze` does.
    case webPage(String)
    /// `NAME@N`, or `NAME` for the latest version (`version` nil).
    case stored(name: String, version: Int?)

    /// A file when one exists at the path (or the argument looks like a path: it has a `/` or a
    /// text extension); else `NAME@N` is version N of a stored document and `NAME` its latest.
    public init(_ argument: String) {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            self = .webPage(argument)
        } else if FileManager.default.fileExists(atPath: argument) {
            self = .file(argument)
        } else if argument.contains("@"), let reference = VersionReference(argument) {
            self = .stored(name: reference.name, version: reference.version)
        } else if argument.contains("/") || DiffSide.textExtensions.contains(URL(fileURLWithPath: argument).pathExtension.lowercased()) {
            self = .file(argument)
        } else {
            self = .stored(name: argument, version: nil)
        }
    }

    private static let textExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
}
