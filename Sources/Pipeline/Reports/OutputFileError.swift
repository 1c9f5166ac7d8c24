/// Why a command's output could not be written: the file (nil for standard output), the step
/// that failed and the system's reason. Printed as `error: <path>: cannot write: <reason>`.
public struct OutputFileError: Error, Equatable, CustomStringConvertible {
    public enum Step: Sendable, Equatable {
        /// Creating the temporary file, or writing to it or to standard output.
        case write
        /// Setting the temporary file's mode to owner-only.
        case makeOwnerOnly
        /// Making the written file durable (`fsync`).
        case save
        /// Renaming the temporary file over the target.
        case replace
    }

    /// The target file, or nil for standard output.
    public var path: String?
    public var failed: Step
    /// The system's reason, as `strerror` gives it.
    public var reason: String

    public init(path: String?, failed: Step, reason: String) {
        self.path = path
        self.failed = failed
        self.reason = reason
    }

    public var description: String { "\(path ?? "standard output"): \(what): \(reason)" }

    private var what: String {
        switch failed {
        case .write: "cannot write"
        case .makeOwnerOnly: "cannot make the file owner-only"
        case .save: "cannot save the file"
        case .replace: "cannot replace the file"
        }
    }
}
