import AssayCore
import Foundation
import GRDB

extension Workbench {
    /// Adds an assertion the extractor missed, located by its exact quote in the document's
    /// latest version. It is placed again in every later version that still contains the quote.
    public func annotate(document: String, quote: String, note: String?, analyst: String) throws(WorkbenchError) -> ReviewedAssertion {
        guard !quote.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyQuote }
        return try write { db in
            guard let version = try ClaimQueries.versions(db, document: document).first else {
                throw WorkbenchError.unknownDocument(document)
            }
            let row = try Row.fetchOne(db, sql: "SELECT text, sentences FROM versions WHERE id = ?", arguments: [version.id])
            let text: String = row?["text"] ?? ""
            let spans = QuoteLocator.spans(of: quote, in: text)
            guard let span = spans.first else {
                throw WorkbenchError.quoteNotFound(document: document, version: version.number)
            }
            guard spans.count == 1 else {
                throw WorkbenchError.ambiguousQuote(document: document, version: version.number, occurrences: spans.count)
            }
            let id = AssertionID.derive(from: quote)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM assertions WHERE version_id = ? AND id = ?", arguments: [version.id, id]) == true {
                throw WorkbenchError.assertionExists(document: document, id: id)
            }
            let sentences = SentenceSpans.decode(row?["sentences"], text: text)
            let assertion = AnnotationPlacement.assertion(id: id, quote: quote, span: span, sentences: sentences).assertion
            try Workbench.audit(db, analyst: analyst, action: "annotate", subject: "\(document):\(id)", detail: quote)
            try db.execute(sql: """
                INSERT INTO annotations (document_id, assertion_id, quote, note, analyst, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [version.documentID, id, quote, note, analyst, Workbench.timestamp()])
            let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM assertions WHERE version_id = ?",
                                             arguments: [version.id]) ?? -1) + 1
            try RowInserters(db).insert(StoredAssertion(assertion, origin: .analyst), position: position,
                                        text: VersionText(text).stored(quote, start: span.start, end: span.end),
                                        reasons: assertion.reasons, versionID: version.id)
            try SearchIndex.add(db, kind: .assertion, body: quote, documentID: version.documentID, assertionID: id, source: version.id)
            guard let claim = try ClaimQueries.claims(db, version: version, only: id).first else {
                throw WorkbenchError.storage("the added assertion could not be read back")
            }
            return claim
        }
    }

    /// Marks an extracted assertion as not a claim (or, with `undo`, withdraws that). Kept
    /// across re-ingestion, since it is recorded against the assertion's stable id.
    public func dismissClaim(_ claim: String, reason: String?, undo: Bool, analyst: String) throws(WorkbenchError) -> String {
        try write { db in
            let key = try ClaimKey.resolve(db, claim)
            try Dismissals.set(db, documentID: key.documentID, target: "assertion", targetID: key.assertionID,
                               kind: "claim", reason: reason, undo: undo, analyst: analyst)
            return key.assertionID
        }
    }
}

/// The dismissals of claims and findings: who marked what as wrong, why, and whether undone.
enum Dismissals {
    static func set(_ db: Database, documentID: Int64, target: String, targetID: String, kind: String,
                    reason: String?, undo: Bool, analyst: String) throws {
        let active = try Int64.fetchOne(db, sql: """
            SELECT id FROM dismissals WHERE document_id = ? AND target = ? AND target_id = ? AND undone_at IS NULL
            """, arguments: [documentID, target, targetID])
        let now = Workbench.timestamp()
        if undo {
            guard let active else { throw WorkbenchError.notDismissed(kind: kind, id: targetID) }
            try Workbench.audit(db, analyst: analyst, action: "undismiss", subject: "\(target) \(targetID)")
            try db.execute(sql: "UPDATE dismissals SET undone_by = ?, undone_at = ? WHERE id = ?", arguments: [analyst, now, active])
            return
        }
        guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkbenchError.dismissalNeedsReason
        }
        guard active == nil else { throw WorkbenchError.alreadyDismissed(kind: kind, id: targetID) }
        try Workbench.audit(db, analyst: analyst, action: "dismiss", subject: "\(target) \(targetID)", detail: reason)
        try db.execute(sql: """
            INSERT INTO dismissals (document_id, target, target_id, reason, analyst, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [documentID, target, targetID, reason, analyst, now])
    }
}
