import AssayCore
import GRDB

extension Workbench {
    /// The flags on each document's latest version (or one document's), dismissed ones included
    /// and marked.
    public func findings(document: String? = nil) throws(WorkbenchError) -> [FindingEntry] {
        try read { db in
            try ClaimQueries.versions(db, document: document).flatMap { version in
                let text = try ClaimQueries.text(db, version: version.id)
                return try Row.fetchAll(db, sql: """
                    SELECT \(RowDecoding.findingColumns) FROM findings f JOIN versions ver ON ver.id = f.version_id
                    JOIN documents d ON d.id = ver.document_id WHERE f.version_id = ? ORDER BY f.start, rule, f.id
                    """, arguments: [version.id]).map { RowDecoding.finding($0, text: text) }
            }
        }
    }

    /// Records that a flag is wrong here (or, with `undo`, withdraws that). Dismissed flags are
    /// left out of claim listings and reports, and count against their rule in `stats`.
    public func dismissFinding(_ reference: String, reason: String?, undo: Bool, analyst: String) throws(WorkbenchError) -> String {
        try write { db in
            let prefix = reference.lowercased()
            guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { throw WorkbenchError.unknownFinding(reference) }
            // As for claims (`ClaimKey`): each latest version, then a primary-key search.
            let rows = try Row.fetchAll(db, sql: """
                SELECT DISTINCT v.document_id, f.id FROM latest_versions v CROSS JOIN findings f ON f.version_id = v.id
                WHERE f.id >= ? AND f.id < ? || 'g' ORDER BY f.id
                """, arguments: [prefix, prefix])
            guard let row = rows.first else { throw WorkbenchError.unknownFinding(reference) }
            guard rows.count == 1 else { throw WorkbenchError.ambiguousFinding(reference, candidates: rows.map { $0["id"] }) }
            let id: String = row["id"]
            try Dismissals.set(db, documentID: row["document_id"], target: "finding", targetID: id,
                               kind: "finding", reason: reason, undo: undo, analyst: analyst)
            return id
        }
    }
}
