/// Why an input could not be read as a document. Each case names the input and the problem in
/// words an analyst can act on; the CLI prints `error: <description>` and exits 2.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case notFound
        /// A folder holding no file of a format Assay reads.
        case noDocuments
        case unreadable(String)
        /// Over `InputReader.maximumSize`; `bytes` is the size when known (not for a pipe).
        case tooLarge(bytes: Int?)
        case empty
        case whitespaceOnly
        /// NUL or other control bytes: not text.
        case binary(offset: Int)
        /// NUL bytes at every other position, as UTF-16 without a byte-order mark has.
        case utf16WithoutBOM
        case invalidUTF8(offset: Int)
        case invalidUTF16(offset: Int)
        case unsupportedEncoding(String)
        /// A PDF (`%PDF-` at the start) and no `pdftotext` to get its text out.
        case pdf
        /// `pdftotext` could not read the PDF (damaged, encrypted…), or it holds no text (a scan).
        case unreadablePDF(String)
        /// An address with a scheme other than http or https.
        case unsupportedAddress(scheme: String)
        /// A web page that could not be fetched: the reason in words.
        case notFetched(String)
        /// Fetched, but not a document: an image, an archive… (its media type).
        case notADocument(mediaType: String)
        /// A byte the named legacy encoding does not define.
        case undefinedInEncoding(String, offset: Int)
    }

    /// The path as the user gave it, or `-` for standard input.
    public var source: String
    public var problem: Problem

    public init(source: String, problem: Problem) {
        self.source = source
        self.problem = problem
    }

    public var description: String { "\(source == "-" ? "<stdin>" : source): \(explanation)" }

    private var explanation: String {
        switch problem {
        case .notFound:
            return "no such file or folder"
        case .noDocuments:
            return "is a folder with no .txt, .md, .markdown, .html, .htm or .pdf file in it"
        case .unreadable(let reason):
            return "cannot be read (\(reason))"
        case .tooLarge(let bytes):
            let limit = "Assay reads up to \(megabytes(InputReader.maximumSize)) MB per document"
            return "is too large (\(bytes.map { "\(megabytes($0)) MB; " } ?? "")\(limit)): split it, or check it is the document you meant"
        case .empty:
            return "is empty: there is nothing to analyze"
        case .whitespaceOnly:
            return "contains only whitespace: there is nothing to analyze"
        case .binary(let offset):
            return "looks binary (control byte at offset \(offset)); Assay reads UTF-8 or UTF-16 text"
        case .utf16WithoutBOM:
            return "looks like UTF-16 without a byte-order mark; save it as UTF-8 or UTF-16 with a BOM"
        case .invalidUTF8(let offset):
            return "is not valid UTF-8 (bad byte at offset \(offset)); if it is an older file, name its encoding "
                + "(--encoding windows-1252, latin1 or latin9), or save it as UTF-8"
        case .invalidUTF16(let offset):
            return "is not valid UTF-16 (bad code unit at byte offset \(offset))"
        case .unsupportedEncoding(let name):
            return "is encoded as \(name), which Assay does not read; save it as UTF-8"
        case .undefinedInEncoding(let encoding, let offset):
            return "has a byte that \(encoding) does not define (offset \(offset)); it may be in another encoding"
        case .pdf:
            return "is a PDF; Assay reads PDFs through pdftotext, which is not installed "
                + "(install poppler-utils: apt-get install poppler-utils, or brew install poppler)"
        case .unreadablePDF(let reason):
            return "is a PDF whose text cannot be read: \(reason)"
        case .unsupportedAddress(let scheme):
            return "Assay fetches only http and https addresses, not \(scheme): ones (save the document and give its file)"
        case .notFetched(let reason):
            return "could not be fetched: \(reason)"
        case .notADocument(let mediaType):
            return "is \(mediaType), not a document Assay reads (HTML, text, Markdown or PDF)"
        }
    }

    /// `200.1` for 200,123,456 bytes.
    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
