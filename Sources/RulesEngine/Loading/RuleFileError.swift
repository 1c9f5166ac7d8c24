/// A problem in a rule pack or source registry file, located by file, line and column — and,
/// when a pack has several bad rules, the problems after it, so that all are reported at once.
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    public var column: Int
    public var message: String
    /// The file's further problems, in file order, each located the same way.
    public var more: [RuleFileError]

    public init(file: String, line: Int = 0, column: Int = 0, message: String, more: [RuleFileError] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.more = more
    }

    /// One error for every problem of `problems`, the first first; nil when there is none.
    init?(every problems: [RuleFileError]) {
        let all = problems.flatMap(\.problems)
        guard let first = all.first else { return nil }
        self.init(file: first.file, line: first.line, column: first.column, message: first.message, more: Array(all.dropFirst()))
    }

    /// This problem and the further ones, each on its own.
    public var problems: [RuleFileError] {
        [RuleFileError(file: file, line: line, column: column, message: message)] + more.flatMap(\.problems)
    }

    /// `file:line:column: message`, the form editors and compilers use; one line per problem.
    public var description: String {
        problems.map { $0.line > 0 ? "\($0.file):\($0.line):\($0.column): \($0.message)" : "\($0.file): \($0.message)" }
            .joined(separator: "\n")
    }
}
