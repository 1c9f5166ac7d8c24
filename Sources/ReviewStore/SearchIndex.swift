import GRDB

/// The FTS5 index over assertion text, verdict notes and citation excerpts. It is derived data:
/// every row can be rebuilt from the tables it indexes (after an import or an upgrade).
enum SearchIndex {
    enum Kind: String {
        case assertion
        case note
        case citation
    }

    static func add(_ db: Database, kind: Kind, body: String, documentID: Int64, assertionID: String) throws {
        guard !body.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT INTO search_index (body, kind, document_id, subject) VALUES (?, ?, ?, ?)")
            .execute(arguments: [body, kind.rawValue, documentID, assertionID])
    }

    /// Indexes every assertion of a document once (its text in the latest version that has it),
    /// every verdict note and every citation excerpt.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM search_index;
            INSERT INTO search_index (body, kind, document_id, subject)
              SELECT a.text, 'assertion', v.document_id, a.id
              FROM assertions a JOIN versions v ON v.id = a.version_id
              WHERE v.number = (SELECT max(v2.number) FROM versions v2 JOIN assertions a2 ON a2.version_id = v2.id
                                WHERE v2.document_id = v.document_id AND a2.id = a.id);
            INSERT INTO search_index (body, kind, document_id, subject)
              SELECT note, 'note', document_id, assertion_id FROM verdicts WHERE coalesce(note, '') <> '' ORDER BY id;
            INSERT INTO search_index (body, kind, document_id, subject)
              SELECT quote, 'citation', document_id, assertion_id FROM citations WHERE coalesce(quote, '') <> '' ORDER BY id;
            """)
    }
}
