import GRDB

extension Workbench {
    /// Adds free labels to a claim (`needs-expert`, `1988-massacre`); a tag it has is kept once.
    public func tag(_ claim: String, tags: [String], analyst: String) throws(WorkbenchError) -> [String] {
        try validate(tags)
        return try write { db in
            let key = try ClaimKey.resolve(db, claim)
            try Workbench.audit(db, analyst: analyst, action: "tag", subject: "\(key.documentName):\(key.assertionID)",
                                detail: tags.joined(separator: " "))
            for tag in tags {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO tags (document_id, assertion_id, tag, analyst, created_at) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [key.documentID, key.assertionID, tag, analyst, Workbench.timestamp()])
            }
            return try String.fetchAll(db, sql: "SELECT tag FROM tags WHERE document_id = ? AND assertion_id = ? ORDER BY tag",
                                       arguments: [key.documentID, key.assertionID])
        }
    }

    /// Removes labels from a claim; a tag the claim does not have is an error (likely a typo).
    public func untag(_ claim: String, tags: [String], analyst: String) throws(WorkbenchError) -> [String] {
        try validate(tags)
        return try write { db in
            let key = try ClaimKey.resolve(db, claim)
            for tag in tags {
                try db.execute(sql: "DELETE FROM tags WHERE document_id = ? AND assertion_id = ? AND tag = ?",
                               arguments: [key.documentID, key.assertionID, tag])
                guard db.changesCount > 0 else { throw WorkbenchError.missingTag(claim: key.assertionID, tag: tag) }
            }
            try Workbench.audit(db, analyst: analyst, action: "untag", subject: "\(key.documentName):\(key.assertionID)",
                                detail: tags.joined(separator: " "))
            return try String.fetchAll(db, sql: "SELECT tag FROM tags WHERE document_id = ? AND assertion_id = ? ORDER BY tag",
                                       arguments: [key.documentID, key.assertionID])
        }
    }

    private func validate(_ tags: [String]) throws(WorkbenchError) {
        guard !tags.isEmpty else { throw .noTags }
        for tag in tags where tag.isEmpty || tag.contains(where: { $0.isWhitespace || $0.isNewline }) {
            throw .invalidTag(tag)
        }
    }
}
