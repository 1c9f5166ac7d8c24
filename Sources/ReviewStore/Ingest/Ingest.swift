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
    /// The page or PDF the text was got out of, kept with a new version.
    public var evidence: InputEvidence?

    public init(document: Document, name: String? = nil, url: String? = nil, publisher: String? = nil,
                path: String? = nil, analyst: String, evidence: InputEvidence? = nil) {
        self.document = document
        self.name = name
        self.url = url
        self.publisher = publisher
        self.path = path
        self.analyst = analyst
        self.evidence = evidence
    }
}

extension Workbench {
    /// Stores a document as a new document or a new version of one, with its assertions,
    /// findings and the analyst-added assertions whose quotes it still contains — all in one
    /// transaction. An identical text is a no-op.
    @discardableResult
    public func ingest(_ request: IngestRequest) throws(WorkbenchError) -> IngestOutcome {
        let prepared = PreparedDocument(request)
        return try write { db in
            let inserters = try RowInserters(db)
            let stored = try DocumentIngest(db: db, prepared: prepared, inserters: inserters).run()
            for pending in stored.unindexed { try inserters.search.index(pending) }
            return stored.outcome
        }
    }

    /// Stores many documents in one transaction — one commit (one `fsync`) for the batch instead
    /// of one per document — each inside a savepoint of its own, so each is still stored whole
    /// or not at all: a document that fails is rolled back alone and reported in its place.
    public func ingest(_ requests: [IngestRequest]) throws(WorkbenchError) -> [Result<IngestOutcome, WorkbenchError>] {
        let batch = PreparedDocument.all(requests)
        var learned: [PhraseKey: Int64] = [:]
        let committed = committedPhrases.snapshot
        let results = try write { db in
            let inserters = try RowInserters(db, committedPhrases: committed)
            var unindexed: [SearchIndex.Pending] = []
            let results = batch.map { prepared -> Result<IngestOutcome, WorkbenchError> in
                do {
                    var stored: DocumentIngest.Stored?
                    do {
                        try db.inSavepoint {
                            stored = try DocumentIngest(db: db, prepared: prepared, inserters: inserters).run()
                            return .commit
                        }
                    } catch {
                        inserters.phrases.forget()
                        throw error
                    }
                    guard let stored else { return .failure(WorkbenchError.storage("the document was not stored")) }
                    unindexed += stored.unindexed
                    return .success(stored.outcome)
                } catch let error as WorkbenchError {
                    return .failure(error)
                } catch {
                    return .failure(Workbench.storageError(error, path: path))
                }
            }
            // Indexed after the savepoints, in the same transaction: FTS5 writes out what it holds
            // in memory at every savepoint, which would make one small index segment per document.
            for pending in unindexed { try inserters.search.index(pending) }
            learned = inserters.phrases.ids
            return results
        }
        committedPhrases.add(learned)
        return results
    }
}

extension RowInserters {
    /// Inserts a version's prepared findings; `positions` are the version's assertions' positions
    /// by id (the prepared document's when nil).
    /// `ids`: the ids of the document's `phrases`, when the caller has them.
    func insertFindings(_ prepared: PreparedDocument, versionID: Int64, positions: [String: Int]? = nil,
                        ids: [Int64]? = nil) throws {
        let positions = positions ?? prepared.positions
        let ids = try ids ?? prepared.phrases.map { try phrases.id($0) }
        let row = finding
        let document = prepared.request.document
        for ready in prepared.findings {
            let finding = document.findings[ready.index], compact = ready.compact
            row.bind(versionID, to: .versionID)
            row.bind(ready.id, to: .id)
            row.bind(ids[ready.rule], to: .rule)
            row.bind(ids[ready.category], to: .category)
            row.bind(ids[ready.severity], to: .severity)
            row.bind(finding.start, to: .start)
            row.bind(finding.end, to: .end)
            row.bind(ready.text, to: .text)
            if let template = ready.template {
                row.bind(ids[template], to: .message)
            } else {
                row.bind(compact.message, to: .message)
            }
            if let assertion = finding.assertion, let position = positions[assertion] {
                row.bind(position, to: .assertionID)
            } else {
                row.bind(finding.assertion, to: .assertionID)
            }
            row.bind(compact.fields, to: .fields)
            if let shape = ready.shape { row.bind(ids[shape], to: .shape) }
            try row.insert()
        }
    }
}

/// The inserts an ingest runs for every assertion, finding and search entry, prepared once per
/// transaction, and the phrases their rows name.
struct RowInserters {
    let assertion: RowInserter<AssertionColumn>
    let finding: RowInserter<FindingColumn>
    let search: SearchIndex.Writer
    let phrases: Phrases

    /// `committedPhrases`: phrases known to be committed before this transaction.
    init(_ db: Database, committedPhrases: [PhraseKey: Int64] = [:]) throws {
        assertion = try RowInserter(db)
        finding = try RowInserter(db)
        search = try SearchIndex.Writer(db)
        phrases = Phrases(db, committed: committedPhrases)
    }

    /// Inserts an assertion of a version.
    /// `storedReasons`: the reasons as stored, when the caller has them (else from `reasons`).
    func insert(_ stored: StoredAssertion, position: Int, text: String?, reasons: [String], storedReasons: String? = nil,
                versionID: Int64) throws {
        let row = assertion, value = stored.assertion
        row.bind(versionID, to: .versionID)
        row.bind(value.id, to: .id)
        row.bind(position, to: .position)
        row.bind(value.sentence, to: .sentence)
        row.bind(value.paragraph, to: .paragraph)
        row.bind(value.start, to: .start)
        row.bind(value.end, to: .end)
        row.bind(text, to: .text)
        row.bind(try phrases.id(value.kind.rawValue, slot: Phrases.Slot.kind), to: .kind)
        row.bind(CompactRows.storedScore(value.checkworthiness), to: .checkworthiness)
        row.bind(try storedReasons ?? phrases.storedReasons(lines: reasons), to: .reasons)
        row.bind(try phrases.id(stored.origin.rawValue, slot: Phrases.Slot.origin), to: .origin)
        try row.insert()
    }
}

enum AssertionColumn: Int32, InsertColumn {
    case versionID = 1, id, position, sentence, paragraph, start, end, text, kind, checkworthiness, reasons, origin

    static let table = "assertions"

    var name: String {
        switch self {
        case .versionID: "version_id"
        case .id: "id"
        case .position: "position"
        case .sentence: "sentence"
        case .paragraph: "paragraph"
        case .start: "start"
        case .end: "end"
        case .text: "text"
        case .kind: "kind"
        case .checkworthiness: "checkworthiness"
        case .reasons: "reasons"
        case .origin: "origin"
        }
    }
}

enum FindingColumn: Int32, InsertColumn {
    case versionID = 1, id, rule, category, severity, start, end, text, message, assertionID, fields, shape

    static let table = "findings"

    var name: String {
        switch self {
        case .versionID: "version_id"
        case .id: "id"
        case .rule: "rule"
        case .category: "category"
        case .severity: "severity"
        case .start: "start"
        case .end: "end"
        case .text: "text"
        case .message: "message"
        case .assertionID: "assertion_id"
        case .fields: "fields"
        case .shape: "shape"
        }
    }
}

/// One ingest inside its transaction.
private struct DocumentIngest {
    /// What was stored, and the entries of its new assertions, still to index.
    struct Stored {
        var outcome: IngestOutcome
        var unindexed: [SearchIndex.Pending]
    }

    let db: Database
    let prepared: PreparedDocument
    let inserters: RowInserters
    var request: IngestRequest { prepared.request }
    var document: Document { request.document }

    func run() throws -> Stored {
        let hash = prepared.hash
        let (documentID, name, created) = try findOrCreateDocument()
        let latest = created ? nil : try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, number, content_hash FROM versions WHERE document_id = ? ORDER BY number DESC LIMIT 1
            """), arguments: [documentID])
        if let latest, latest["content_hash"] as String == hash {
            let versionID: Int64 = latest["id"]
            return Stored(outcome: IngestOutcome(status: .unchanged, document: name, version: latest["number"],
                                                 assertions: try count("assertions", versionID),
                                                 findings: try count("findings", versionID),
                                                 carriedVerdicts: 0, reworded: 0, orphaned: 0, unplacedAnnotations: []),
                          unindexed: [])
        }
        let number = (latest?["number"] as Int? ?? 0) + 1
        try Workbench.audit(db, analyst: request.analyst, action: "ingest", subject: "\(name)@\(number)",
                            detail: document.source)
        let versionID = try insertVersion(documentID: documentID, number: number, hash: hash)
        let phraseIDs = try prepared.phrases.map { try inserters.phrases.id($0) }
        var assertions = document.assertions.map { StoredAssertion($0, origin: .extractor) }
        // A document created just now has no earlier version, verdicts or analyst-added assertions.
        if created {
            try insert(prepared.assertions, of: assertions, versionID: versionID, phraseIDs: phraseIDs)
            try insertFindings(versionID: versionID, phraseIDs: phraseIDs)
            return Stored(outcome: IngestOutcome(status: .created, document: name, version: number,
                                                 assertions: assertions.count, findings: document.findings.count,
                                                 carriedVerdicts: 0, reworded: 0, orphaned: 0, unplacedAnnotations: []),
                          unindexed: try enter(assertions, documentID: documentID, versionID: versionID, previous: []))
        }
        let previousIDs = Set(try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM assertions WHERE version_id = ?"),
                                                  arguments: [latest?["id"] as Int64?]))
        let placement = try AnnotationPlacement.place(db, documentID: documentID, text: document.text,
                                                      sentences: document.sentences, existing: Set(assertions.map(\.id)))
        let placed = placement.placed.enumerated().map { offset, stored in
            PreparedDocument.row(stored.assertion, position: assertions.count + offset, text: prepared.text)
        }
        assertions += placement.placed
        try insert(prepared.assertions + placed, of: assertions, versionID: versionID, phraseIDs: phraseIDs)
        try insertFindings(versionID: versionID, phraseIDs: phraseIDs)
        let unindexed = try enter(assertions, documentID: documentID, versionID: versionID, previous: previousIDs)
        let anchoring = try VerdictAnchoring.reanchor(db, documentID: documentID, versionID: versionID, text: document.text,
                                                      assertions: assertions.map(\.assertion))
        let carried = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT a.id) FROM assertions a JOIN verdicts v ON v.assertion_id = a.id AND v.document_id = ?
            WHERE a.version_id = ?
            """, arguments: [documentID, versionID]) ?? 0
        return Stored(outcome: IngestOutcome(status: latest == nil ? .created : .newVersion, document: name, version: number,
                                             assertions: assertions.count, findings: document.findings.count,
                                             carriedVerdicts: carried, reworded: anchoring.moved, orphaned: anchoring.orphaned,
                                             unplacedAnnotations: placement.unplaced),
                      unindexed: unindexed)
    }

    private func count(_ table: String, _ versionID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE version_id = ?", arguments: [versionID]) ?? 0
    }

    /// `--doc NAME`, else the document with this URL, else the one read from this path, else a
    /// new document named after the file. Returns its id, its name and whether it is new.
    private func findOrCreateDocument() throws -> (id: Int64, name: String, created: Bool) {
        let url = request.url ?? document.metadata.url
        if let name = request.name {
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE name = ?"), arguments: [name]) {
                return (id, name, false)
            }
            return (try createDocument(name: name, url: url), name, true)
        }
        if let url, let id = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM documents WHERE url = ? UNION SELECT document_id FROM versions WHERE url = ? LIMIT 1
            """), arguments: [url, url]) {
            return (id, try existingName(id), false)
        }
        if let path = request.path,
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?"), arguments: [path]) {
            return (id, try existingName(id), false)
        }
        let name = try uniqueName(DocumentName.suggest(source: document.source, title: document.title))
        return (try createDocument(name: name, url: url), name, true)
    }

    private func existingName(_ id: Int64) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM documents WHERE id = ?"), arguments: [id]) ?? ""
    }

    private func uniqueName(_ base: String) throws -> String {
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE name = ?")
        var candidate = base, suffix = 2
        while try Bool.fetchOne(taken, arguments: [candidate]) == true {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    private func createDocument(name: String, url: String?) throws -> Int64 {
        try DocumentName.validate(name)
        try db.cachedStatement(sql: "INSERT INTO documents (name, path, url, publisher, created_at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [name, request.path, url, request.publisher ?? document.metadata.siteName, Workbench.timestamp()])
        return db.lastInsertedRowID
    }

    private func insertVersion(documentID: Int64, number: Int, hash: String) throws -> Int64 {
        let evidence = request.evidence
        let evidenceHash = evidence.map { ContentHash.sha256($0.bytes) }
        if let evidence, let evidenceHash {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO attachments (hash, size, content, media_type) VALUES (?, ?, ?, ?)")
                .execute(arguments: [evidenceHash, evidence.bytes.count, Data(evidence.bytes), evidence.mediaType])
        }
        try db.cachedStatement(sql: """
            INSERT INTO versions (document_id, number, content_hash, title, author, url, publisher, source, format, retrieved_at,
                                  ingested_by, text, boilerplate, paragraphs, sentences, evidence_hash, fetched_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [documentID, number, hash, document.title, document.metadata.author,
                                     request.url ?? document.metadata.url, request.publisher ?? document.metadata.siteName,
                                     document.source, document.format.rawValue, evidence?.retrievedAt ?? Workbench.timestamp(),
                                     request.analyst, document.text, prepared.boilerplate, prepared.paragraphs, prepared.sentences,
                                     evidenceHash, evidence?.fetchedFrom])
        return db.lastInsertedRowID
    }

    private func insert(_ rows: [PreparedDocument.AssertionRow], of assertions: [StoredAssertion], versionID: Int64,
                        phraseIDs: [Int64]) throws {
        let lineIDs = phraseIDs.map { String($0) }
        for ready in rows {
            let stored = ready.reasonIndexes.map { $0.map { lineIDs[$0] }.joined(separator: " ") }
            try inserters.insert(assertions[ready.position], position: ready.position, text: ready.text, reasons: ready.reasons,
                                 storedReasons: stored, versionID: versionID)
        }
    }

    private func insertFindings(versionID: Int64, phraseIDs: [Int64]) throws {
        try inserters.insertFindings(prepared, versionID: versionID, ids: phraseIDs)
    }


    /// Search entries for the assertions not in the previous version (whose entries stand).
    private func enter(_ assertions: [StoredAssertion], documentID: Int64, versionID: Int64,
                       previous: Set<String>) throws -> [SearchIndex.Pending] {
        try assertions.compactMap { stored in
            guard !previous.contains(stored.id), !stored.assertion.text.isEmpty else { return nil }
            return SearchIndex.Pending(entry: try inserters.search.enter(.assertion, documentID: documentID,
                                                                         assertionID: stored.id, source: versionID),
                                       body: stored.assertion.text)
        }
    }
}
