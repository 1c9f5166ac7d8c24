import AssayCore
import GRDB

extension Workbench {
    /// Gives a document's claims (of its latest version, dismissed ones left out) to members of
    /// the desk, each claim to `overlap` of them, spread evenly in document order: claim i goes
    /// to members i·overlap … i·overlap + overlap − 1 (modulo their number), so loads differ by
    /// at most one. It replaces the document's earlier assignments. The members must have
    /// accounts; the counts per member come back in the order given.
    public func assign(document name: String, to analysts: [String], overlap: Int, analyst: String)
        throws(WorkbenchError) -> [(analyst: String, claims: Int)] {
        let members = analysts.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !members.isEmpty, (1...members.count).contains(overlap) else {
            throw .invalidOverlap(overlap, members: members.count)
        }
        return try write { db in
            for member in members where try Int.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE name = ?", arguments: [member]) == nil {
                throw WorkbenchError.unknownAccount(member)
            }
            guard let documentID = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE name = ?", arguments: [name]) else {
                throw WorkbenchError.unknownDocument(name)
            }
            let claims = try String.fetchAll(db, sql: """
                SELECT a.id FROM assertions a JOIN latest_versions v ON v.id = a.version_id
                WHERE v.document_id = ? AND NOT EXISTS (
                  SELECT 1 FROM dismissals d WHERE d.document_id = v.document_id AND d.target = 'assertion'
                    AND d.target_id = a.id AND d.undone_at IS NULL)
                ORDER BY a.position
                """, arguments: [documentID])
            // Audited first: that registers the analyst the rows name as their assigner.
            try Workbench.audit(db, analyst: analyst, action: "assign", subject: name,
                                detail: "\(claims.count) claims to \(members.joined(separator: " ")), each to \(overlap)")
            try db.execute(sql: "DELETE FROM assignments WHERE document_id = ?", arguments: [documentID])
            let now = Workbench.timestamp()
            var counts = [Int](repeating: 0, count: members.count)
            let insert = try db.cachedStatement(sql: """
                INSERT INTO assignments (document_id, assertion_id, analyst, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)
                """)
            for (position, claim) in claims.enumerated() {
                for offset in 0..<overlap {
                    let member = (position * overlap + offset) % members.count
                    counts[member] += 1
                    try insert.execute(arguments: [documentID, claim, members[member], analyst, now])
                }
            }
            return zip(members, counts).map { (analyst: $0, claims: $1) }
        }
    }

    /// Who is to review which claims: of one document, of one member, or all; in document and text order.
    public func assignments(document: String? = nil, analyst: String? = nil) throws(WorkbenchError) -> [AssignmentEntry] {
        try read { db in
            if let document, try Int.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [document]) == nil {
                throw WorkbenchError.unknownDocument(document)
            }
            return try Row.fetchAll(db, sql: """
                SELECT d.name, s.assertion_id, s.analyst, s.assigned_by, s.assigned_at
                FROM assignments s JOIN documents d ON d.id = s.document_id
                LEFT JOIN assertions a ON a.id = s.assertion_id AND a.version_id = (SELECT id FROM latest_versions WHERE document_id = d.id)
                WHERE (? IS NULL OR d.name = ?) AND (? IS NULL OR s.analyst = ?)
                ORDER BY d.name, a.position, s.assertion_id, s.analyst
                """, arguments: [document, document, analyst, analyst]).map { row in
                AssignmentEntry(document: row[0], claim: row[1], analyst: row[2], assignedBy: row[3], assignedAt: row[4])
            }
        }
    }
}
