import AssayCore
import GRDB

/// What `retractVerdict` took back, and the verdict that stands now.
public struct RetractedVerdict: Sendable {
    public var document: String
    public var assertion: String
    /// The verdict taken back.
    public var retracted: VerdictEntry
    /// The retraction entry appended to the history.
    public var retraction: VerdictEntry
    /// The claim's current verdict after the retraction, if any stands.
    public var current: VerdictEntry?
}

extension Workbench {
    /// Takes back `analyst`'s latest standing verdict on a claim (its own wording's, or one a
    /// reworded claim carried), or the standing verdict of theirs with the id `verdict`: appends
    /// a retraction to the history, so the verdict before it becomes current again. Nothing is
    /// deleted.
    @discardableResult
    public func retractVerdict(claim: String, analyst: String, note: String? = nil,
                               verdict: Int64? = nil) throws(WorkbenchError) -> RetractedVerdict {
        try write { db in
            let key = try ClaimKey.resolve(db, claim)
            let history = try ClaimQueries.verdictHistory(db, key: key)
            guard let target = history.standing.last(where: { $0.analyst == analyst && (verdict == nil || $0.id == verdict) }) else {
                throw WorkbenchError.noVerdictToRetract(claim: "\(key.documentName):\(AssertionID.shown(key.assertionID))", analyst: analyst)
            }
            try Workbench.audit(db, analyst: analyst, action: "retract", subject: "\(key.documentName):\(key.assertionID)",
                                detail: "verdict \(target.id) (\(target.rating))")
            let now = Workbench.timestamp()
            try db.execute(sql: """
                INSERT INTO verdicts (document_id, assertion_id, version_id, rating, note, analyst, created_at, retracts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [key.documentID, key.assertionID, key.versionID, VerdictEntry.retractedRating, note, analyst, now,
                                 target.id])
            let id = db.lastInsertedRowID
            if let note { try SearchIndex.add(db, kind: .note, body: note, documentID: key.documentID, assertionID: key.assertionID, source: id) }
            let number = try Int.fetchOne(db, sql: "SELECT number FROM versions WHERE id = ?", arguments: [key.versionID]) ?? 0
            let retraction = VerdictEntry(id: id, rating: VerdictEntry.retractedRating, note: note, analyst: analyst, createdAt: now,
                                          version: number, retracts: target.id)
            return RetractedVerdict(document: key.documentName, assertion: key.assertionID, retracted: target, retraction: retraction,
                                    current: (history + [retraction]).standing.last)
        }
    }
}
