import AssayCore
import Extraction
import Foundation

/// A fetched web page: its bytes as sent, what the server said they are, the address the fetch
/// ended at (after redirects) and when it was fetched.
public struct FetchedPage: Sendable {
    public var bytes: [UInt8]
    /// The `Content-Type` header as sent, if any.
    public var contentType: String?
    public var finalAddress: String
    public var retrievedAt: String

    /// The media type alone, lower-cased: `text/html` of `text/html; charset=UTF-8`.
    public var mediaType: String? {
        contentType.map { String($0.split(separator: ";", maxSplits: 1)[0]).trimmingCharacters(in: .whitespaces).lowercased() }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The format the media type declares; nil to sniff the content (an unknown text type, none given).
    var declaredFormat: DocumentFormat? {
        switch mediaType {
        case "text/html", "application/xhtml+xml": .html
        case "text/markdown", "text/x-markdown": .markdown
        case "text/plain": .text
        default: nil
        }
    }

    /// Whether the media type is one Assay can read: text of any kind, HTML, a PDF — or none
    /// given (the content decides).
    var isReadable: Bool {
        guard let mediaType else { return true }
        return mediaType.hasPrefix("text/") || ["application/xhtml+xml", "application/pdf", "application/xml"].contains(mediaType)
            || (mediaType == "application/octet-stream" && PDFText.isPDF(bytes))
    }

    /// The legacy encoding the `charset` parameter names (ISO-8859-1 read as windows-1252, as
    /// browsers do); nil for UTF-8, UTF-16 or none.
    var legacyEncoding: LegacyEncoding? {
        guard let contentType, let range = contentType.range(of: "charset=", options: .caseInsensitive) else { return nil }
        let name = contentType[range.upperBound...].prefix { $0 != ";" }
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).lowercased()
        switch name {
        case "iso-8859-1", "latin1", "iso8859-1", "windows-1252", "cp1252", "us-ascii": return .windows1252
        case "iso-8859-15", "latin9", "latin-9": return .latin9
        default: return nil
        }
    }

    /// The page kept as the version's evidence.
    var evidence: InputEvidence {
        InputEvidence(bytes: bytes, mediaType: mediaType ?? "application/octet-stream", fetchedFrom: finalAddress,
                      retrievedAt: retrievedAt)
    }
}
