import AssayCore
import Foundation
import GRDB

/// A document to store, with what the analyst said about where it came from.
public struct IngestRequest: Sendable {
    /// The extracted document, findings included.
    public var document: Document
    /// `--doc`: the workbench name to store it under; nil to match by URL or path, else name it
    /// after its file.
    public var name: String?
    public var url: String?
    public var publisher: String?
    /// The input's absolute path, to recognise a later version of the same file.
    public var path: String?
    public var analyst: String

    public init(document: Document, name: String? = nil, url: String? = nil, publisher: String? = nil,
                path: String? = nil, analyst: String) {
        self.document = document
        self.name = name
        self.url = url
        self.publisher = publisher
        self.path = path
        self.analyst = analyst
    }
}

/// What `ingest` did with one document.
public struct IngestOutcome: Sendable, Equatable, Encodable {
    public enum Status: String, Sendable, Encodable {
        /// The text is identical to the latest stored version: nothing was written.
        case unchanged
        /// A document new to the workbench.
        case created
        /// A changed text of a document already stored.
        case newVersion = "new-version"
    }

    public var status: Status
    public var document: String
    public var version: Int
    public var assertions: Int
    public var findings: Int
    /// Assertions of this version that already had a verdict: their verdicts carry over.
    public var carriedVerdicts: Int
    /// Earlier assertions with verdicts found again, reworded: their verdicts follow, for re-review.
    public var reworded: Int
    /// Earlier assertions with verdicts no longer found: their verdicts are orphaned (`assay claims --orphaned`).
    public var orphaned: Int
    /// Analyst-added assertions whose quote is no longer in the text.
    public var unplacedAnnotations: [String]
}

extension Workbench {
    /// Stores a document as a new document or a new version of one, with its assertions,
    /// findings and the analyst-added assertions whose quotes it still contains — all in one
    /// transaction. An identical text is a no-op.
    @discardableResult
    public func ingest(_ request: IngestRequest) throws(WorkbenchError) -> IngestOutcome {
        try write { db in try DocumentIngest(db: db, request: request).run() }
    }

    /// Stores many documents in one transaction — one commit (one `fsync`) for the batch instead
    /// of one per document — each inside a savepoint of its own, so each is still stored whole
    /// or not at all: a document that fails is rolled back alone and reported in its place.
    public func ingest(_ requests: [IngestRequest]) throws(WorkbenchError) -> [Result<IngestOutcome, WorkbenchError>] {
        try write { db in
            requests.map { request in
                do {
                    var outcome: IngestOutcome?
                    try db.inSavepoint {
                        outcome = try DocumentIngest(db: db, request: request).run()
                        return .commit
                    }
                    guard let outcome else { return .failure(WorkbenchError.storage("the document was not stored")) }
                    return .success(outcome)
                } catch let error as WorkbenchError {
                    return .failure(error)
                } catch {
                    return .failure(Workbench.storageError(error, path: path))
                }
            }
        }
    }
}

/// One ingest inside its transaction.
private struct DocumentIngest {
    let db: Database
    let request: IngestRequest
    var document: Document { request.document }

    func run() throws -> IngestOutcome {
        let hash = ContentHash.sha256(document.text.utf8)
        let documentID = try findOrCreateDocument()
        let name = try String.fetchOne(db, sql: "SELECT name FROM documents WHERE id = ?", arguments: [documentID]) ?? ""
        let latest = try Row.fetchOne(db, sql: "SELECT id, number, content_hash FROM versions WHERE document_id = ? ORDER BY number DESC LIMIT 1",
                                      arguments: [documentID])
        if let latest, latest["content_hash"] as String == hash {
            let versionID: Int64 = latest["id"]
            return IngestOutcome(status: .unchanged, document: name, version: latest["number"],
                                 assertions: try count("assertions", versionID), findings: try count("findings", versionID),
                                 carriedVerdicts: 0, reworded: 0, orphaned: 0, unplacedAnnotations: [])
        }
        let number = (latest?["number"] as Int? ?? 0) + 1
        let previousIDs = Set(try String.fetchAll(db, sql: "SELECT id FROM assertions WHERE version_id = ?",
                                                  arguments: [latest?["id"] as Int64?]))
        try Workbench.audit(db, analyst: request.analyst, action: "ingest", subject: "\(name)@\(number)",
                            detail: document.source)
        let versionID = try insertVersion(documentID: documentID, number: number, hash: hash)
        var assertions = document.assertions.map { StoredAssertion($0, origin: .extractor) }
        let placement = try AnnotationPlacement.place(db, documentID: documentID, text: document.text,
                                                      sentences: document.sentences, existing: Set(assertions.map(\.id)))
        assertions += placement.placed
        try insert(assertions, versionID: versionID)
        try insertFindings(versionID: versionID)
        for assertion in assertions where !previousIDs.contains(assertion.id) {
            try SearchIndex.add(db, kind: .assertion, body: assertion.assertion.text, documentID: documentID, assertionID: assertion.id)
        }
        let anchoring = try VerdictAnchoring.reanchor(db, documentID: documentID, versionID: versionID, text: document.text,
                                                      assertions: assertions.map(\.assertion))
        let carried = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT a.id) FROM assertions a JOIN verdicts v ON v.assertion_id = a.id AND v.document_id = ?
            WHERE a.version_id = ?
            """, arguments: [documentID, versionID]) ?? 0
        return IngestOutcome(status: latest == nil ? .created : .newVersion, document: name, version: number,
                             assertions: assertions.count, findings: document.findings.count,
                             carriedVerdicts: carried, reworded: anchoring.moved, orphaned: anchoring.orphaned,
                             unplacedAnnotations: placement.unplaced)
    }

    private func count(_ table: String, _ versionID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE version_id = ?", arguments: [versionID]) ?? 0
    }

    /// `--doc NAME`, else the document with this URL, else the one read from this path, else a
    /// new document named after the file.
    private func findOrCreateDocument() throws -> Int64 {
        let url = request.url ?? document.metadata.url
        if let name = request.name {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE name = ?", arguments: [name]) { return id }
            return try createDocument(name: name, url: url)
        }
        if let url, let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM documents WHERE url = ? UNION SELECT document_id FROM versions WHERE url = ? LIMIT 1
            """, arguments: [url, url]) {
            return id
        }
        if let path = request.path, let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) {
            return id
        }
        return try createDocument(name: try uniqueName(DocumentName.suggest(source: document.source, title: document.title)), url: url)
    }

    private func uniqueName(_ base: String) throws -> String {
        var candidate = base, suffix = 2
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [candidate]) == true {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    private func createDocument(name: String, url: String?) throws -> Int64 {
        try DocumentName.validate(name)
        try db.execute(sql: "INSERT INTO documents (name, path, url, publisher, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [name, request.path, url, request.publisher ?? document.metadata.siteName, Workbench.timestamp()])
        return db.lastInsertedRowID
    }

    private func insertVersion(documentID: Int64, number: Int, hash: String) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        try db.execute(sql: """
            INSERT INTO versions (document_id, number, content_hash, title, author, url, publisher, source, format, retrieved_at,
                                  ingested_by, text, boilerplate, paragraphs, sentences)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [documentID, number, hash, document.title, document.metadata.author, request.url ?? document.metadata.url,
                             request.publisher ?? document.metadata.siteName, document.source, document.format.rawValue,
                             Workbench.timestamp(), request.analyst, document.text, try json(document.boilerplate),
                             try json(document.paragraphs), SentenceSpans.encode(document.sentences)])
        return db.lastInsertedRowID
    }

    private func insert(_ assertions: [StoredAssertion], versionID: Int64) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO assertions (version_id, id, position, sentence, paragraph, start, "end", text, kind,
                                    checkworthiness, reasons, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, stored) in assertions.enumerated() {
            let assertion = stored.assertion
            try statement.execute(arguments: [versionID, assertion.id, position, assertion.sentence, assertion.paragraph,
                                              assertion.start, assertion.end, assertion.text, assertion.kind.rawValue,
                                              assertion.checkworthiness, assertion.reasons.joined(separator: "\n"),
                                              stored.origin.rawValue])
        }
    }

    private func insertFindings(versionID: Int64) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO findings (version_id, id, rule, category, severity, start, "end", text, message, assertion_id, fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (finding, id) in zip(document.findings, FindingID.ids(document.findings)) {
            var fields = JSONWriter()
            fields.fields(finding.fields)
            try statement.execute(arguments: [versionID, id, finding.rule, finding.category, finding.severity.rawValue,
                                              finding.start, finding.end, finding.text, finding.message, finding.assertion,
                                              fields.string])
        }
    }
}
