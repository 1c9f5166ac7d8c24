import AssayCore
import Foundation
import GRDB

extension Workbench {
    /// The names of the stored documents, sorted.
    public func documentNames() throws(WorkbenchError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM documents ORDER BY name") }
    }

    /// A document's version (the latest when `version` is nil) with its claims, standing flags,
    /// verdict histories, citations and the source registry.
    public func reviewedDocument(_ name: String, version: Int? = nil) throws(WorkbenchError) -> ReviewedDocument {
        try read { db in
            guard let documentID = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE name = ?", arguments: [name]) else {
                throw WorkbenchError.unknownDocument(name)
            }
            let versions = try Int.fetchOne(db, sql: "SELECT max(number) FROM versions WHERE document_id = ?",
                                            arguments: [documentID]) ?? 0
            let number = version ?? versions
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM versions WHERE document_id = ? AND number = ?",
                                             arguments: [documentID, number]) else {
                throw WorkbenchError.unknownVersion(document: name, number: number, latest: versions)
            }
            let versionID: Int64 = row["id"]
            let key = ClaimQueries.Version(id: versionID, documentID: documentID, name: name, number: number)
            let text = VersionText(row["text"])
            let claims = try ClaimQueries.claims(db, version: key, text: text).filter { $0.dismissal == nil }
            let findings = try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.findingColumns) FROM findings f JOIN versions ver ON ver.id = f.version_id
                JOIN documents d ON d.id = ver.document_id WHERE f.version_id = ? ORDER BY f.start, f."end", rule, f.id
                """, arguments: [versionID]).map { RowDecoding.finding($0, text: text) }.filter { $0.dismissal == nil }
            var verdicts: [String: [VerdictEntry]] = [:]
            for verdict in try Row.fetchAll(db, sql: """
                SELECT v.assertion_id, \(RowDecoding.verdictColumns) FROM verdicts v JOIN versions ver ON ver.id = v.version_id
                WHERE v.document_id = ? ORDER BY v.id
                """, arguments: [documentID]) {
                verdicts[verdict["assertion_id"], default: []].append(RowDecoding.verdict(verdict))
            }
            var citations: [String: [CitationEntry]] = [:]
            for citation in try Row.fetchAll(db, sql: "SELECT * FROM citations WHERE document_id = ? ORDER BY id", arguments: [documentID]) {
                citations[citation["assertion_id"], default: []].append(RowDecoding.citation(citation))
            }
            // A reworded claim shows the verdicts and citations of the wording it moved from.
            for move in try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM claim_moves WHERE version_id = ? AND new_id IS NOT NULL",
                                         arguments: [versionID]) {
                let old: String = move["old_id"], new: String = move["new_id"]
                if let moved = verdicts[old] { verdicts[new] = (moved + (verdicts[new] ?? [])).sorted { $0.id < $1.id } }
                if let moved = citations[old] { citations[new] = (moved + (citations[new] ?? [])).sorted { $0.id < $1.id } }
            }
            let analysts = try String.fetchAll(db, sql: """
                SELECT analyst FROM verdicts WHERE document_id = ? UNION SELECT analyst FROM citations WHERE document_id = ?
                ORDER BY 1
                """, arguments: [documentID, documentID])
            let decoder = JSONDecoder()
            func decode<T: Decodable>(_ column: String, as type: T.Type) -> T? {
                (row[column] as String?).flatMap { try? decoder.decode(T.self, from: Data($0.utf8)) }
            }
            let documentPublisher = try String.fetchOne(db, sql: "SELECT publisher FROM documents WHERE id = ?", arguments: [documentID])
            let header = ReviewedDocument.Header(
                name: name, title: row["title"], url: row["url"], publisher: row["publisher"] ?? documentPublisher,
                author: row["author"], version: number, versions: versions, contentHash: row["content_hash"], ingestedAt: row["retrieved_at"],
                source: row["source"], fetchedFrom: row["fetched_from"], evidenceHash: row["evidence_hash"], analysts: analysts)
            return ReviewedDocument(header: header, text: row["text"], paragraphs: decode("paragraphs", as: [Paragraph].self) ?? [],
                                    boilerplate: decode("boilerplate", as: [BoilerplateLine].self) ?? [], claims: claims,
                                    findings: findings, verdicts: verdicts, citations: citations,
                                    registry: try Row.fetchAll(db, sql: "SELECT * FROM sources ORDER BY name").map(SourceRows.entry),
                                    orphaned: try OrphanedVerdicts.of(db, version: key))
        }
    }
}
