import AssayCore
import GRDB

extension Workbench {
    /// The orphaned verdicts of every document (or one), by document and claim id.
    public func orphanedVerdicts(document: String? = nil) throws(WorkbenchError) -> [OrphanedVerdict] {
        try read { db in
            try ClaimQueries.versions(db, document: document).flatMap { try OrphanedVerdicts.of(db, version: $0) }
        }
    }
}

enum OrphanedVerdicts {
    /// Claims with verdicts that are neither in `version` nor moved to one of its assertions.
    static func of(_ db: Database, version: ClaimQueries.Version) throws -> [OrphanedVerdict] {
        let verdicts = try ClaimQueries.currentVerdicts(db, documentID: version.documentID)
        let rows = try Row.fetchAll(db, sql: """
            SELECT DISTINCT v.assertion_id FROM verdicts v WHERE v.document_id = ?
              AND NOT EXISTS (SELECT 1 FROM assertions a WHERE a.version_id = ? AND a.id = v.assertion_id)
              AND NOT EXISTS (SELECT 1 FROM claim_moves m WHERE m.version_id = ? AND m.old_id = v.assertion_id AND m.new_id IS NOT NULL)
            ORDER BY 1
            """, arguments: [version.documentID, version.id, version.id])
        return try rows.compactMap { row in
            let id: String = row["assertion_id"]
            guard let verdict = verdicts[id], let last = try Row.fetchOne(db, sql: """
                SELECT \(VersionText.sql("a")) AS text, ver.number FROM assertions a JOIN versions ver ON ver.id = a.version_id
                WHERE ver.document_id = ? AND a.id = ? ORDER BY ver.number DESC LIMIT 1
                """, arguments: [version.documentID, id]) else { return nil }
            return OrphanedVerdict(document: version.name, assertion: id, text: last["text"], lastVersion: last["number"],
                                   verdict: verdict)
        }
    }
}
