import AssayCore
import Foundation
import GRDB

/// What re-flagging did to one version's flags.
public struct ReflagOutcome: Sendable, Codable, Equatable {
    public var document: String
    public var version: Int
    /// Flags after, and how many are new, gone, or kept with another message, severity or fields
    /// (a source now seen as self-sourced).
    public var findings: Int
    public var added: Int
    public var removed: Int
    public var changed: Int

    public var isUnchanged: Bool { added == 0 && removed == 0 && changed == 0 }
}

extension Workbench {
    /// The stored version of `name` (the latest unless `version`) as extraction left it: its text,
    /// layout and extracted assertions, without flags — what `reflag` runs the rules over. Its
    /// site name is the publisher stored with it, so self-sourcing is judged as at ingest.
    public func extractedDocument(_ name: String, version: Int? = nil) throws(WorkbenchError) -> (document: Document, version: Int) {
        try read { db in
            guard let documentID = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE name = ?", arguments: [name]) else {
                throw WorkbenchError.unknownDocument(name)
            }
            let latest = try Int.fetchOne(db, sql: "SELECT max(number) FROM versions WHERE document_id = ?", arguments: [documentID]) ?? 0
            let number = version ?? latest
            guard let row = try Row.fetchOne(db, sql: """
                SELECT v.*, d.publisher AS document_publisher FROM versions v JOIN documents d ON d.id = v.document_id
                WHERE v.document_id = ? AND v.number = ?
                """, arguments: [documentID, number]) else {
                throw WorkbenchError.unknownVersion(document: name, number: number, latest: latest)
            }
            let text: String = row["text"]
            let key = ClaimQueries.Version(id: row["id"], documentID: documentID, name: name, number: number)
            let assertions = try ClaimQueries.claims(db, version: key, text: VersionText(text)).filter { $0.origin == .extractor }.map {
                Assertion(id: $0.id, sentence: $0.sentence, paragraph: $0.paragraph, start: $0.start, end: $0.end, text: $0.text,
                          kind: $0.kind, checkworthiness: $0.checkworthiness, reasons: $0.reasons)
            }
            let decoder = JSONDecoder()
            func decode<T: Decodable>(_ column: String, as type: T.Type) -> T? {
                (row[column] as String?).flatMap { try? decoder.decode(T.self, from: Data($0.utf8)) }
            }
            let metadata = DocumentMetadata(title: row["title"], author: row["author"], url: row["url"],
                                            siteName: row["publisher"] ?? row["document_publisher"])
            let document = Document(source: row["source"], format: DocumentFormat(rawValue: row["format"]) ?? .text, metadata: metadata,
                                    text: text, boilerplate: decode("boilerplate", as: [BoilerplateLine].self) ?? [],
                                    paragraphs: decode("paragraphs", as: [Paragraph].self) ?? [],
                                    sentences: SentenceSpans.decode(row["sentences"], text: text), assertions: assertions)
            return (document, number)
        }
    }

    /// Replaces the flags of a stored version with `document`'s findings (the rules run again on
    /// `extractedDocument`), in one transaction, audited. Dismissals stay with their flags: a
    /// flag keeps its id while its rule, claim and text are the same.
    public func replaceFindings(_ name: String, version: Int, with document: Document,
                                analyst: String) throws(WorkbenchError) -> ReflagOutcome {
        let prepared = PreparedDocument(IngestRequest(document: document, analyst: analyst))
        return try write { db in
            guard let versionID = try Int64.fetchOne(db, sql: """
                SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.name = ? AND v.number = ?
                """, arguments: [name, version]) else {
                throw WorkbenchError.unknownDocument(name)
            }
            var before: [String: String] = [:]
            let phrases = Phrases(db), text = try ClaimQueries.text(db, version: versionID)
            for row in try Row.fetchAll(db, sql: """
                SELECT id, severity, message, fields, shape, text, start, "end" FROM findings WHERE version_id = ?
                """, arguments: [versionID]) {
                let stored: String = row["fields"]
                let message = try phrases.message(stored: row["message"], text: text.text(stored: row["text"], start: row["start"], end: row["end"]),
                                                  fields: stored)
                let fields = try phrases.fields(stored: stored, shape: row["shape"])
                before[row["id"]] = "\(try phrases.text(row["severity"]))\n\(message)\n\(fields)"
            }
            var after: [String: String] = [:]
            for ready in prepared.findings {
                let finding = document.findings[ready.index]
                after[ready.id] = "\(finding.severity.rawValue)\n\(finding.message)\n\(StoredJSON.encode(finding.fields))"
            }
            let outcome = ReflagOutcome(document: name, version: version, findings: after.count,
                                        added: after.keys.count { before[$0] == nil }, removed: before.keys.count { after[$0] == nil },
                                        changed: after.count { id, content in before[id].map { $0 != content } ?? false })
            guard !outcome.isUnchanged else { return outcome }
            try Workbench.audit(db, analyst: analyst, action: "reflag", subject: "\(name)@\(version)",
                                detail: "+\(outcome.added) -\(outcome.removed) ~\(outcome.changed)")
            try db.execute(sql: "DELETE FROM findings WHERE version_id = ?", arguments: [versionID])
            let positions = try Dictionary(Row.fetchAll(db, sql: "SELECT id, position FROM assertions WHERE version_id = ?",
                                                        arguments: [versionID]).map { ($0["id"] as String, $0["position"] as Int) }) { $1 }
            try RowInserters(db).insertFindings(prepared, versionID: versionID, positions: positions)
            return outcome
        }
    }
}
