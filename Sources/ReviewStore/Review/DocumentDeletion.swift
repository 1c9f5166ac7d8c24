import AssayCore
import GRDB

/// What `deleteDocument` removed.
public struct DocumentDeletion: Sendable, Equatable {
    public var document: String
    /// The version removed, or nil for the whole document.
    public var version: Int?
    public var versions: Int
    public var verdicts: Int
    public var citations: Int
    /// The other review work: tags, annotations, dismissals.
    public var otherRows: Int
    /// The review work removed, with the document rows it stands on, as export lines (header
    /// first): a file of them imports into a new workbench. Empty when there was no work.
    public var keptLines: [String]
}

extension Workbench {
    /// Removes a document, or one version of it (`version`; the only version removes the whole
    /// document). Review work on what is removed — verdicts, citations, tags, annotations,
    /// dismissals — makes it refuse unless `force`; then that work is handed to `keep` as export
    /// lines (`assay import` reads them) before anything is removed, and if `keep` throws, nothing
    /// is. Audited; the search index is rebuilt.
    @discardableResult
    public func deleteDocument(_ name: String, version: Int? = nil, force: Bool, analyst: String,
                               keep: ([String]) throws -> Void = { _ in }) throws(WorkbenchError) -> DocumentDeletion {
        try write { db in
            guard let documentID = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE name = ?", arguments: [name]) else {
                throw WorkbenchError.unknownDocument(name)
            }
            let versions = try Row.fetchAll(db, sql: "SELECT id, number FROM versions WHERE document_id = ? ORDER BY number",
                                            arguments: [documentID]).map { (id: $0["id"] as Int64, number: $0["number"] as Int) }
            var removed = versions
            if let version {
                guard let match = versions.first(where: { $0.number == version }) else {
                    throw WorkbenchError.unknownVersion(document: name, number: version, latest: versions.last?.number ?? 0)
                }
                if versions.count > 1 { removed = [match] }
            }
            let wholeDocument = removed.count == versions.count
            // What goes is named in a temporary table, so that every statement below is constant
            // SQL over it (no value is ever written into SQL text).
            try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS deleting (version_id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL)")
            try db.execute(sql: "DELETE FROM temp.deleting")
            for version in removed {
                try db.execute(sql: "INSERT INTO temp.deleting (version_id, document_id) VALUES (?, ?)", arguments: [version.id, documentID])
            }
            // The rows of review work that go: for a version, the verdicts recorded on it and the
            // retractions of those; for the document, everything recorded on it.
            let work = DeletedRows.work(wholeDocument: wholeDocument)
            var counts: [String: Int] = [:]
            for (deletionTable, deletionFilter) in work {
                counts[deletionTable] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(deletionTable) WHERE \(deletionFilter)") ?? 0
            }
            let verdicts = counts["verdicts"] ?? 0, citations = counts["citations"] ?? 0
            let other = (counts["tags"] ?? 0) + (counts["annotations"] ?? 0) + (counts["dismissals"] ?? 0)
            let subject = wholeDocument ? name : "\(name)@\(removed[0].number)"
            var kept: [String] = []
            if verdicts + citations + other > 0 {
                guard force else {
                    let parts = [(verdicts, "verdict"), (citations, "citation"), (other, "tag, annotation or dismissal")]
                        .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 || $0.1.hasSuffix("dismissal") ? "" : "s")" }
                    throw WorkbenchError.deletionHoldsReviewWork(document: subject, work: parts.joined(separator: ", "))
                }
                // The work, with what it stands on — the document, the versions removed, their
                // assertions and findings, the analysts, attached files — so that the file is an
                // export 'assay import' reads into a new workbench.
                let context = DeletedRows.context(wholeDocument: wholeDocument)
                kept = [WorkbenchExport.header]
                for layout in try WorkbenchTables.layouts(db) {
                    guard let rowFilter = (context + work).first(where: { $0.table == layout.table })?.filter else { continue }
                    _ = try exportRows(db, layout, rowFilter: rowFilter) { kept.append(String($0.dropLast())) }
                }
                try keep(kept)
            }
            try Workbench.audit(db, analyst: analyst, action: "delete", subject: subject,
                                detail: "\(removed.count) version(s), \(verdicts) verdict(s), \(citations) citation(s), \(other) other row(s)")
            try db.execute(sql: "DROP TRIGGER verdicts_no_delete")
            // Retractions before what they retract, then the rest in foreign-key order.
            let verdictFilter = DeletedRows.verdicts(wholeDocument: wholeDocument)
            try db.execute(sql: "DELETE FROM verdicts WHERE (\(verdictFilter)) AND retracts IS NOT NULL")
            try db.execute(sql: "DELETE FROM verdicts WHERE \(verdictFilter)")
            try db.execute(sql: """
                CREATE TRIGGER verdicts_no_delete BEFORE DELETE ON verdicts
                  BEGIN SELECT RAISE(ABORT, 'verdicts are append-only: record a new verdict instead'); END
                """)
            for (deletionTable, deletionFilter) in work + DeletedRows.versionRows where deletionTable != "verdicts" {
                try db.execute(sql: "DELETE FROM \(deletionTable) WHERE \(deletionFilter)")
            }
            try db.execute(sql: "DELETE FROM documents WHERE id NOT IN (SELECT document_id FROM versions)")
            try db.execute(sql: """
                DELETE FROM attachments WHERE hash NOT IN (SELECT file_hash FROM citations WHERE file_hash IS NOT NULL)
                  AND hash NOT IN (SELECT evidence_hash FROM versions WHERE evidence_hash IS NOT NULL)
                """)
            try db.execute(sql: "DELETE FROM temp.deleting")
            try SearchIndex.rebuild(db)
            return DocumentDeletion(document: name, version: wholeDocument ? nil : removed[0].number, versions: removed.count,
                                    verdicts: verdicts, citations: citations, otherRows: other, keptLines: kept)
        }
    }
}

/// Which rows a deletion takes, as constant SQL conditions over `temp.deleting` (the versions
/// removed, with their document).
private enum DeletedRows {
    static let byVersion = "version_id IN (SELECT version_id FROM temp.deleting)"
    static let byDocument = "document_id IN (SELECT document_id FROM temp.deleting)"

    static func verdicts(wholeDocument: Bool) -> String {
        wholeDocument ? byDocument
            : "version_id IN (SELECT version_id FROM temp.deleting) OR retracts IN (SELECT id FROM verdicts WHERE version_id IN (SELECT version_id FROM temp.deleting))"
    }

    /// The review work: verdicts, and for a whole document its citations, tags, annotations,
    /// dismissals and assignments.
    static func work(wholeDocument: Bool) -> [(table: String, filter: String)] {
        [("verdicts", verdicts(wholeDocument: wholeDocument))]
            + (wholeDocument ? ["citations", "tags", "annotations", "dismissals", "assignments"].map { ($0, byDocument) } : [])
    }

    /// The versions' own rows, in the order they are deleted.
    static let versionRows: [(table: String, filter: String)] = [
        ("claim_moves", byVersion), ("findings", byVersion), ("assertions", byVersion),
        ("versions", "id IN (SELECT version_id FROM temp.deleting)"),
    ]

    /// What the work stands on, kept with it so the file imports into a new workbench.
    static func context(wholeDocument: Bool) -> [(table: String, filter: String)] {
        [("analysts", "1"), ("documents", "id IN (SELECT document_id FROM temp.deleting)"),
         ("versions", "id IN (SELECT version_id FROM temp.deleting)"), ("assertions", byVersion), ("findings", byVersion),
         ("claim_moves", byVersion),
         ("attachments", (wholeDocument ? "hash IN (SELECT file_hash FROM citations WHERE \(byDocument)) OR " : "")
            + "hash IN (SELECT evidence_hash FROM versions WHERE id IN (SELECT version_id FROM temp.deleting))")]
    }
}
