import AssayCore

/// One document to read: a file found on the command line or in a folder, standard input, or
/// a web page (an http or https address, fetched by the application layer).
public enum InputItem: Sendable, Equatable {
    case file(path: String)
    case standardInput
    case webPage(address: String)

    /// How the item is named in output and error messages: its path, `-` or its address.
    public var source: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        case .webPage(let address): address
        }
    }

    /// Whether the file's name ends in `.pdf` (any case).
    var isNamedPDF: Bool {
        guard case .file(let path) = self else { return false }
        return path.lowercased().hasSuffix(".pdf")
    }

    /// The format the file extension implies; `nil` for stdin and unknown extensions (sniffed).
    public var declaredFormat: DocumentFormat? {
        guard case .file(let path) = self, let dot = path.lastIndex(of: "."),
              !path[dot...].contains("/") else { return nil }
        return DocumentFormat(fileExtension: String(path[path.index(after: dot)...]))
    }
}
