import AssayCore

/// One document to read: a file found on the command line or in a folder, or standard input.
public enum InputItem: Sendable, Equatable {
    case file(path: String)
    case standardInput

    /// How the item is named in output and error messages: its path, or `-`.
    public var source: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }

    /// The format the file extension implies; `nil` for stdin and unknown extensions (sniffed).
    var declaredFormat: DocumentFormat? {
        guard case .file(let path) = self, let dot = path.lastIndex(of: "."),
              !path[dot...].contains("/") else { return nil }
        return DocumentFormat(fileExtension: String(path[path.index(after: dot)...]))
    }
}
