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
            return try Self.tags(db, key)
        }
    }

    /// Removes labels from a claim; a tag the claim does not have is an error (likely a typo).
    public func untag(_ claim: String, tags: [String], analyst: String) throws(WorkbenchError) -> [String] {
        try validate(tags)
        return try write { db in
            let key = try ClaimKey.resolve(db, claim)
            for tag in tags {
                // The tag may be on the wording the claim moved from in its latest version.
                try db.execute(sql: """
                    DELETE FROM tags WHERE document_id = ? AND tag = ? AND (assertion_id = ? OR assertion_id IN (
                      SELECT old_id FROM claim_moves WHERE version_id = ? AND new_id = ?))
                    """, arguments: [key.documentID, tag, key.assertionID, key.versionID, key.assertionID])
                guard db.changesCount > 0 else { throw WorkbenchError.missingTag(claim: key.assertionID, tag: tag) }
            }
            try Workbench.audit(db, analyst: analyst, action: "untag", subject: "\(key.documentName):\(key.assertionID)",
                                detail: tags.joined(separator: " "))
            return try Self.tags(db, key)
        }
    }

    /// A claim's tags, with those of the wording it moved from in its latest version.
    private static func tags(_ db: Database, _ key: ClaimKey) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT DISTINCT tag FROM tags WHERE document_id = ? AND (assertion_id = ? OR assertion_id IN (
              SELECT old_id FROM claim_moves WHERE version_id = ? AND new_id = ?)) ORDER BY tag
            """, arguments: [key.documentID, key.assertionID, key.versionID, key.assertionID])
    }

    private func validate(_ tags: [String]) throws(WorkbenchError) {
        guard !tags.isEmpty else { throw .noTags }
        for tag in tags where tag.isEmpty || tag.contains(where: { $0.isWhitespace || $0.isNewline }) {
            throw .invalidTag(tag)
        }
    }
}
