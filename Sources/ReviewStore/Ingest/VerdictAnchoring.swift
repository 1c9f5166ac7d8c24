import Alignment
import AssayCore
import GRDB

/// Re-attaches verdicts to their claims in a new version of a document. The previous version's
/// assertions are paired with the new ones by `AssertionAligner` — the pairing `assay diff`
/// shows — and a verdict follows its claim: to the same text (kept), or to the text it was
/// reworded into (marked for re-review). A claim with no partner is removed: its verdicts are
/// orphaned — recorded as such, never dropped.
enum VerdictAnchoring {
    struct Result {
        /// Earlier assertions whose verdicts now sit, for re-review, on a reworded assertion.
        var moved = 0
        /// Earlier assertions with verdicts that no assertion of the new version matches.
        var orphaned = 0
    }

    /// An assertion of the previous version, as alignment reads it.
    private struct Previous: AlignableAssertion {
        var id: String
        var text: String
    }

    static func reanchor(_ db: Database, documentID: Int64, versionID: Int64, text: String,
                         assertions: [Assertion]) throws -> Result {
        let present = Set(assertions.map(\.id))
        // Claims with verdicts are followed, and so are tagged ones (their tags follow them);
        // only verdicts count as moved or orphaned.
        let withVerdicts = Set(try String.fetchAll(db, sql: "SELECT DISTINCT assertion_id FROM verdicts WHERE document_id = ?",
                                                   arguments: [documentID]))
        let lost = try String.fetchAll(db, sql: """
            SELECT assertion_id FROM verdicts WHERE document_id = ? UNION SELECT assertion_id FROM tags WHERE document_id = ? ORDER BY 1
            """, arguments: [documentID, documentID]).filter { !present.contains($0) }
        guard !lost.isEmpty else { return Result() }
        let previousVersion = try Int64.fetchOne(db, sql: "SELECT max(id) FROM versions WHERE document_id = ? AND id < ?",
                                                 arguments: [documentID, versionID])
        let previous = try Row.fetchAll(db, sql: """
            SELECT a.id, \(VersionText.sql("a")) AS text FROM assertions a JOIN versions ver ON ver.id = a.version_id
            WHERE a.version_id = ? ORDER BY a.position
            """, arguments: [previousVersion]).map { Previous(id: $0["id"], text: $0["text"] ?? "") }
        // Where each previous assertion went in this version, and how alike its new text is.
        var partner: [String: (id: String, similarity: Double)] = [:]
        for pair in AssertionAligner.align(old: previous, new: assertions) {
            guard let old = pair.old, let new = pair.new else { continue }
            partner[previous[old].id] = (assertions[new].id, pair.similarity ?? 1)
        }
        // A claim reworded in an earlier version stands in the previous one under its new id.
        var standIn: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM claim_moves WHERE version_id = ? AND new_id IS NOT NULL",
                                    arguments: [previousVersion]) {
            standIn[row["old_id"]] = row["new_id"]
        }
        var result = Result()
        for id in lost {
            let found = partner[id] ?? standIn[id].flatMap { partner[$0] }
            try db.execute(sql: "INSERT INTO claim_moves (version_id, old_id, new_id, similarity) VALUES (?, ?, ?, ?)",
                           arguments: [versionID, id, found?.id, found?.similarity])
            guard withVerdicts.contains(id) else { continue }
            if found == nil { result.orphaned += 1 } else { result.moved += 1 }
        }
        return result
    }
}
