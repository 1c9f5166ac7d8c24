import AssayCore
import Foundation
import GRDB

/// A verdict an analyst gives on one claim.
public struct VerdictRequest: Sendable {
    public var claim: String
    public var rating: String
    public var credibility: Int?
    public var confidence: String?
    public var note: String?
    public var analyst: String
    /// An idempotency key: a request whose key is already recorded records nothing, so a command
    /// retried after a crash cannot record the same verdict twice.
    public var key: String?

    public init(claim: String, rating: String, credibility: Int? = nil, confidence: String? = nil, note: String? = nil,
                analyst: String, key: String? = nil) {
        self.claim = claim
        self.rating = rating
        self.credibility = credibility
        self.confidence = confidence
        self.note = note
        self.analyst = analyst
        self.key = key
    }
}

/// What `recordVerdict` stored (or found already stored under the same key).
public struct RecordedVerdict: Sendable {
    public var document: String
    public var assertion: String
    public var verdict: VerdictEntry
    /// The key was recorded before: nothing new was written.
    public var alreadyRecorded: Bool
}

extension Workbench {
    public static let confidenceLevels = ["low", "medium", "high"]

    /// Checks a verdict as `recordVerdict` would (the claim, the rating, credibility and
    /// confidence) without writing anything: for batches that must be valid before any line is
    /// recorded.
    public func checkVerdict(_ request: VerdictRequest) throws(WorkbenchError) {
        try request.checkFields()
        _ = try read { db in try request.resolve(db) }
    }

    /// Appends a verdict; the claim's earlier verdicts stay in its history.
    @discardableResult
    public func recordVerdict(_ request: VerdictRequest) throws(WorkbenchError) -> RecordedVerdict {
        try request.checkFields()
        return try write { db in
            let key = try request.resolve(db)
            if let requestKey = request.key, let row = try Row.fetchOne(db, sql: """
                SELECT \(RowDecoding.verdictColumns) FROM verdicts v JOIN versions ver ON ver.id = v.version_id WHERE v.request_key = ?
                """, arguments: [requestKey]) {
                return RecordedVerdict(document: key.documentName, assertion: key.assertionID,
                                       verdict: RowDecoding.verdict(row), alreadyRecorded: true)
            }
            try Workbench.audit(db, analyst: request.analyst, action: "verdict", subject: "\(key.documentName):\(key.assertionID)",
                                detail: request.rating)
            let now = Workbench.timestamp()
            try db.execute(sql: """
                INSERT INTO verdicts (document_id, assertion_id, version_id, rating, credibility, confidence, note, analyst,
                                      created_at, request_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [key.documentID, key.assertionID, key.versionID, request.rating, request.credibility,
                                 request.confidence, request.note, request.analyst, now, request.key])
            let id = db.lastInsertedRowID
            try SearchIndex.add(db, kind: .note, body: request.note ?? "", documentID: key.documentID, assertionID: key.assertionID,
                                source: id)
            let number = try Int.fetchOne(db, sql: "SELECT number FROM versions WHERE id = ?", arguments: [key.versionID]) ?? 0
            let verdict = VerdictEntry(id: id, rating: request.rating, credibility: request.credibility,
                                       confidence: request.confidence, note: request.note, analyst: request.analyst,
                                       createdAt: now, version: number)
            return RecordedVerdict(document: key.documentName, assertion: key.assertionID, verdict: verdict, alreadyRecorded: false)
        }
    }
}

extension VerdictRequest {
    func checkFields() throws(WorkbenchError) {
        if let credibility, !(1...6).contains(credibility) {
            throw .credibilityOutOfRange(credibility)
        }
        if let confidence, !Workbench.confidenceLevels.contains(confidence) {
            throw .unknownConfidence(confidence)
        }
    }

    /// The claim it is about, once its rating is known to be on the workbench's scale.
    func resolve(_ db: Database) throws -> ClaimKey {
        let key = try ClaimKey.resolve(db, claim)
        let scale = try VerdictScale.current(db)
        guard scale.contains(rating) else {
            throw WorkbenchError.unknownRating(rating, scale: scale)
        }
        return key
    }
}
