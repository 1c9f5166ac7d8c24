import GRDB

/// A claim resolved from what an analyst typed: an assertion of a document's latest version.
struct ClaimKey: Sendable {
    var documentID: Int64
    var documentName: String
    var versionID: Int64
    var assertionID: String

    /// `[DOC:]PREFIX`: a unique prefix of an assertion id, optionally qualified by document name
    /// when the same text (so the same id) is in several documents.
    static func resolve(_ db: Database, _ reference: String) throws -> ClaimKey {
        let (document, prefix) = split(reference)
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { throw WorkbenchError.unknownClaim(reference) }
        // Each document's latest version, then a primary-key search of its assertions (CROSS JOIN
        // keeps that order): assertion ids have no index of their own.
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id AS document_id, d.name, v.id AS version_id, a.id
            FROM latest_versions v CROSS JOIN assertions a ON a.version_id = v.id JOIN documents d ON d.id = v.document_id
            WHERE a.id >= ? AND a.id < ? || 'g' AND (? IS NULL OR d.name = ?)
            ORDER BY d.name, a.id
            """, arguments: [prefix, prefix, document, document])
        let keys = rows.map { ClaimKey(documentID: $0["document_id"], documentName: $0["name"],
                                       versionID: $0["version_id"], assertionID: $0["id"]) }
        guard let first = keys.first else {
            if let document, try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [document]) != true {
                throw WorkbenchError.unknownDocument(document)
            }
            if let earlier = try resolveEarlier(db, reference) {
                throw WorkbenchError.claimOfEarlierVersion(reference, document: earlier.key.documentName, version: earlier.version)
            }
            throw WorkbenchError.unknownClaim(reference)
        }
        guard keys.count == 1 else {
            let sameID = Set(keys.map(\.assertionID)).count == 1
            throw WorkbenchError.ambiguousClaim(reference, candidates: keys.map { sameID ? "\($0.documentName):\($0.assertionID)" : $0.assertionID })
        }
        return first
    }

    /// A claim of the latest version that has it, for an id no longer in its document's latest
    /// version (a claim since reworded or removed), and that version's number: `show` opens it.
    static func resolveEarlier(_ db: Database, _ reference: String) throws -> (key: ClaimKey, version: Int)? {
        let (document, prefix) = split(reference)
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id AS document_id, d.name, v.id AS version_id, v.number, a.id
            FROM versions v CROSS JOIN assertions a ON a.version_id = v.id JOIN documents d ON d.id = v.document_id
            WHERE a.id >= ? AND a.id < ? || 'g' AND (? IS NULL OR d.name = ?)
              AND v.number = (SELECT max(v2.number) FROM versions v2 JOIN assertions a2 ON a2.version_id = v2.id
                              WHERE v2.document_id = v.document_id AND a2.id = a.id)
            ORDER BY d.name, a.id
            """, arguments: [prefix, prefix, document, document])
        guard rows.count == 1, let row = rows.first else {
            if rows.count > 1 {
                throw WorkbenchError.ambiguousClaim(reference, candidates: rows.map { "\($0["name"] as String):\($0["id"] as String)" })
            }
            return nil
        }
        return (ClaimKey(documentID: row["document_id"], documentName: row["name"], versionID: row["version_id"],
                         assertionID: row["id"]), row["number"])
    }

    private static func split(_ reference: String) -> (document: String?, prefix: String) {
        guard let colon = reference.lastIndex(of: ":") else { return (nil, reference.lowercased()) }
        return (String(reference[..<colon]), String(reference[reference.index(after: colon)...]).lowercased())
    }
}
