/// The bytes a document's text was got out of, when they are not that text: a fetched web page
/// or a PDF. Stored by content hash as the version's evidence, so what was read can be shown
/// later exactly as it was (`assay evidence`).
public struct InputEvidence: Sendable, Equatable {
    public var bytes: [UInt8]
    /// What the server or the file said the bytes are: `text/html`, `application/pdf`…
    public var mediaType: String
    /// For a fetched page, the address the fetch ended at, after any redirects.
    public var fetchedFrom: String?
    /// For a fetched page, when it was fetched (`Timestamp.now()`'s form).
    public var retrievedAt: String?

    public init(bytes: [UInt8], mediaType: String, fetchedFrom: String? = nil, retrievedAt: String? = nil) {
        self.bytes = bytes
        self.mediaType = mediaType
        self.fetchedFrom = fetchedFrom
        self.retrievedAt = retrievedAt
    }
}
