import AssayCore
import Foundation
import GRDB

/// Evidence an analyst cites for, against or around a claim.
public struct CitationRequest: Sendable {
    public enum Stance: String, Sendable, CaseIterable {
        case supports
        case refutes
        case context
    }

    public var claim: String
    public var url: String
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var quote: String?
    public var stance: Stance
    /// A local copy of the evidence (name and bytes), stored in the workbench by content hash.
    public var file: (name: String, bytes: [UInt8])?
    public var analyst: String

    public init(claim: String, url: String, title: String? = nil, publisher: String? = nil, published: String? = nil,
                quote: String? = nil, stance: Stance = .context, file: (name: String, bytes: [UInt8])? = nil, analyst: String) {
        self.claim = claim
        self.url = url
        self.title = title
        self.publisher = publisher
        self.published = published
        self.quote = quote
        self.stance = stance
        self.file = file
        self.analyst = analyst
    }

    /// Only absolute http(s) URLs with a host are evidence links; `cite` checks this first, and
    /// an interactive caller may check it as soon as the URL is typed.
    public static func validate(url: String) throws(WorkbenchError) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty,
              !url.contains(where: { $0.isWhitespace }) else {
            throw .invalidURL(url)
        }
    }
}

extension Workbench {
    /// Records a citation (and its attached file, once per content) on a claim.
    @discardableResult
    public func cite(_ request: CitationRequest) throws(WorkbenchError) -> (document: String, assertion: String, citation: CitationEntry) {
        try CitationRequest.validate(url: request.url)
        let fileHash = request.file.map { ContentHash.sha256($0.bytes) }
        return try write { db in
            let key = try ClaimKey.resolve(db, request.claim)
            try Workbench.audit(db, analyst: request.analyst, action: "cite", subject: "\(key.documentName):\(key.assertionID)",
                                detail: request.url)
            if let file = request.file, let fileHash {
                try db.execute(sql: "INSERT OR IGNORE INTO attachments (hash, size, content) VALUES (?, ?, ?)",
                               arguments: [fileHash, file.bytes.count, Data(file.bytes)])
            }
            let now = Workbench.timestamp()
            try db.execute(sql: """
                INSERT INTO citations (document_id, assertion_id, url, title, publisher, published, quote, stance, file_hash,
                                       file_name, analyst, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [key.documentID, key.assertionID, request.url, request.title, request.publisher, request.published,
                                 request.quote, request.stance.rawValue, fileHash, request.file?.name, request.analyst, now])
            let citation = CitationEntry(id: db.lastInsertedRowID, url: request.url, title: request.title,
                                         publisher: request.publisher, published: request.published, quote: request.quote,
                                         stance: request.stance.rawValue, fileHash: fileHash, fileName: request.file?.name,
                                         analyst: request.analyst, createdAt: now)
            try SearchIndex.add(db, kind: .citation,
                                body: SearchIndex.citationBody(quote: request.quote, title: request.title, publisher: request.publisher),
                                documentID: key.documentID, assertionID: key.assertionID,
                                source: citation.id)
            return (key.documentName, key.assertionID, citation)
        }
    }
}
