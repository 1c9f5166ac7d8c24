/// A file kept in the workbench by content hash: a web page or PDF a version was read from, or
/// a file attached to a citation — with what it is evidence of.
public struct EvidenceEntry: Sendable, Codable, Equatable {
    /// SHA-256 of the bytes, in hex.
    public var hash: String
    public var size: Int
    /// `text/html`, `application/pdf`…; nil for files attached before media types were kept.
    public var mediaType: String?
    public var uses: [Use]

    /// One thing the file is evidence of.
    public struct Use: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            /// The page or PDF a version's text was read from.
            case version
            /// A file attached to a citation.
            case citation
        }

        public var kind: Kind
        public var document: String
        /// The version (for `version`).
        public var version: Int?
        /// The claim cited (for `citation`).
        public var claim: String?
        /// Where the page was fetched from, after redirects (for a fetched version).
        public var fetchedFrom: String?
        /// The attached file's name (for `citation`).
        public var fileName: String?
        /// When the page was fetched, or the version or citation recorded.
        public var at: String

        public init(kind: Kind, document: String, version: Int? = nil, claim: String? = nil, fetchedFrom: String? = nil,
                    fileName: String? = nil, at: String) {
            self.kind = kind
            self.document = document
            self.version = version
            self.claim = claim
            self.fetchedFrom = fetchedFrom
            self.fileName = fileName
            self.at = at
        }
    }

    public init(hash: String, size: Int, mediaType: String?, uses: [Use]) {
        self.hash = hash
        self.size = size
        self.mediaType = mediaType
        self.uses = uses
    }
}
