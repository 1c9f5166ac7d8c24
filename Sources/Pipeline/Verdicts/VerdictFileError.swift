import ReviewStore

/// Why a verdict file (`assay verdict --batch`) was refused, before any of it was recorded: the
/// file, the 1-based line when the problem is on one, and the problem.
public struct VerdictFileError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case unreadable
        case notUTF8
        /// The line is not a JSON verdict object.
        case notAVerdict
        /// A field holding NUL: SQLite keeps it, but reading the text back stops at it.
        case nulCharacter(field: String)
        /// The workbench refused the line's verdict (an unknown claim or rating, say).
        case refused(WorkbenchError)
    }

    /// The file's path, or `-` for standard input.
    public var file: String
    public var line: Int?
    public var problem: Problem

    public init(file: String, line: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(explanation)" }

    private var explanation: String {
        switch problem {
        case .unreadable: "cannot read the verdict file"
        case .notUTF8: "is not valid UTF-8; save the verdict file as UTF-8 (nothing was recorded)"
        case .notAVerdict: "not a verdict object such as {\"claim\": \"3f2a9c1e\", \"rating\": \"mixed\"}"
        case .nulCharacter(let field): "the \(field) holds a NUL character (\\u0000), which a workbench cannot keep"
        case .refused(let error): error.description
        }
    }
}
