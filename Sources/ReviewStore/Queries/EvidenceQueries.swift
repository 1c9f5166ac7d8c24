import AssayCore
import Foundation
import GRDB

extension Workbench {
    /// Every stored file, with what it is evidence of, in hash order.
    public func evidence() throws(WorkbenchError) -> [EvidenceEntry] {
        try read { db in try Self.evidence(db, hash: nil) }
    }

    /// The stored file whose hash is or starts with `hash`, its bytes with it.
    public func evidenceFile(_ hash: String) throws(WorkbenchError) -> (entry: EvidenceEntry, bytes: [UInt8]) {
        let prefix = hash.lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { throw .unknownEvidence(hash) }
        return try read { db in
            let matches = try String.fetchAll(db, sql: "SELECT hash FROM attachments WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 6",
                                              arguments: [prefix, prefix + "g"])
            guard let full = matches.first, let entry = try Self.evidence(db, hash: full).first else {
                throw WorkbenchError.unknownEvidence(hash)
            }
            guard matches.count == 1 else { throw WorkbenchError.ambiguousEvidence(hash, candidates: matches) }
            let bytes = try Data.fetchOne(db, sql: "SELECT content FROM attachments WHERE hash = ?", arguments: [full]) ?? Data()
            return (entry, [UInt8](bytes))
        }
    }

    /// The stored files (every one, or the one with this full hash) and their uses.
    private static func evidence(_ db: Database, hash: String?) throws -> [EvidenceEntry] {
        var uses: [String: [EvidenceEntry.Use]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT v.evidence_hash AS hash, d.name, v.number, v.fetched_from, v.retrieved_at FROM versions v
            JOIN documents d ON d.id = v.document_id WHERE v.evidence_hash IS NOT NULL AND (? IS NULL OR v.evidence_hash = ?)
            ORDER BY d.name, v.number
            """, arguments: [hash, hash]) {
            uses[row["hash"], default: []].append(EvidenceEntry.Use(kind: .version, document: row["name"], version: row["number"],
                                                                     fetchedFrom: row["fetched_from"], at: row["retrieved_at"]))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT c.file_hash AS hash, d.name, c.assertion_id, c.file_name, c.created_at FROM citations c
            JOIN documents d ON d.id = c.document_id WHERE c.file_hash IS NOT NULL AND (? IS NULL OR c.file_hash = ?) ORDER BY c.id
            """, arguments: [hash, hash]) {
            uses[row["hash"], default: []].append(EvidenceEntry.Use(kind: .citation, document: row["name"], claim: row["assertion_id"],
                                                                     fileName: row["file_name"], at: row["created_at"]))
        }
        return try Row.fetchAll(db, sql: "SELECT hash, size, media_type FROM attachments WHERE ? IS NULL OR hash = ? ORDER BY hash",
                                arguments: [hash, hash]).map { row in
            EvidenceEntry(hash: row["hash"], size: row["size"], mediaType: row["media_type"], uses: uses[row["hash"]] ?? [])
        }
    }
}
