import AssayCore
import Foundation
import GRDB

extension Workbench {
    /// Stored documents' latest versions as `assay match` reads them, sorted by name: the claims
    /// (those not dismissed, with their current verdicts, carried over a rewording as
    /// `reviewedDocument` carries them) and the numeric findings that stand — nothing else (no
    /// text, paragraphs, other findings, citations or registry). Every document, or those `named`
    /// and those stored on or after `since` (ISO 8601, UTC). Six statements for them all, where
    /// `reviewedDocument` takes a dozen per document: archive-wide matching reads thousands.
    /// `progress` is told how many documents are read, of how many.
    public func documentsToMatch(named names: Set<String>? = nil, since: String? = nil,
                                 progress: (_ done: Int, _ total: Int) -> Void = { _, _ in })
        throws(WorkbenchError) -> [ReviewedDocument] {
        try read { db in
            // The names go in as one JSON array: no limit on how many. Without a date they are
            // looked up by the index on names, not by reading every version.
            let filtered = names != nil || since != nil
            let named = String(decoding: try JSONEncoder().encode((names ?? []).sorted()), as: UTF8.self)
            let condition = !filtered ? "" : since == nil ? "WHERE d.name IN (SELECT value FROM json_each(?))"
                : "WHERE d.name IN (SELECT value FROM json_each(?)) OR v.retrieved_at >= ?"
            let versions = try Row.fetchAll(db, sql: """
                SELECT v.id, v.document_id, d.name, v.number, v.title, v.content_hash, v.source, v.retrieved_at
                FROM latest_versions v JOIN documents d ON d.id = v.document_id \(condition) ORDER BY d.name
                """, arguments: StatementArguments(!filtered ? [] : since.map { [named, $0] } ?? [named]))
            // Constant fragments; the chosen versions' ids are bound, as one JSON array.
            let onlyChosen = filtered ? " AND v.id IN (SELECT value FROM json_each(?))" : ""
            let onlyChosenFindings = filtered ? " AND ver.id IN (SELECT value FROM json_each(?))" : ""
            let chosen = StatementArguments(filtered
                ? [String(decoding: try JSONEncoder().encode(versions.map { $0["id"] as Int64 }), as: UTF8.self)] : [])
            var texts: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT v.id, v.text FROM latest_versions v WHERE 1\(onlyChosen)", arguments: chosen) {
                texts[row["id"]] = row["text"]
            }
            let dismissed = Set(try Row.fetchAll(db, sql: """
                SELECT document_id, target_id FROM dismissals WHERE target = 'assertion' AND undone_at IS NULL
                """).map { "\($0["document_id"] as Int64):\($0["target_id"] as String)" })
            var verdicts: [Int64: [String: VerdictEntry]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT v.document_id, v.assertion_id, \(RowDecoding.verdictColumns) FROM verdicts v
                JOIN versions ver ON ver.id = v.version_id
                WHERE v.id IN (SELECT max(id) FROM standing_verdicts GROUP BY document_id, assertion_id)
                """) {
                verdicts[row["document_id"], default: [:]][row["assertion_id"]] = RowDecoding.verdict(row)
            }
            var moves: [Int64: [(old: String, new: String)]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT m.version_id, m.old_id, m.new_id FROM claim_moves m JOIN latest_versions v ON v.id = m.version_id
                WHERE m.new_id IS NOT NULL\(onlyChosen)
                """, arguments: chosen) {
                moves[row["version_id"], default: []].append((row["old_id"], row["new_id"]))
            }
            var findings: [Int64: [Row]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT f.version_id, \(RowDecoding.findingColumns) FROM findings f
                JOIN latest_versions ver ON ver.id = f.version_id JOIN documents d ON d.id = ver.document_id
                WHERE f.category = (SELECT id FROM phrases WHERE text = 'numeric')\(onlyChosenFindings)
                ORDER BY f.version_id, f.start, f."end", rule, f.id
                """, arguments: chosen) {
                findings[row["version_id"], default: []].append(row)
            }
            var assertions: [Int64: [Row]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.version_id, a.id, a.position, a.paragraph, a.sentence, a.start, a."end", a.text, \(RowDecoding.phrase("a.kind")) AS kind,
                       a.checkworthiness, \(RowDecoding.phrase("a.origin")) AS origin
                FROM assertions a JOIN latest_versions v ON v.id = a.version_id WHERE 1\(onlyChosen)
                ORDER BY a.version_id, a.position
                """, arguments: chosen) {
                assertions[row["version_id"], default: []].append(row)
            }
            var documents: [ReviewedDocument] = []
            documents.reserveCapacity(versions.count)
            for version in versions {
                let versionID: Int64 = version["id"], documentID: Int64 = version["document_id"]
                let name: String = version["name"], number: Int = version["number"]
                let text = VersionText(texts[versionID] ?? "")
                let current = verdicts[documentID] ?? [:]
                var carried: [String: VerdictEntry] = [:]
                for move in moves[versionID] ?? [] {
                    guard let verdict = current[move.old], verdict.id > (carried[move.new]?.id ?? 0) else { continue }
                    carried[move.new] = verdict
                }
                let claims = (assertions[versionID] ?? []).compactMap { row -> ReviewedAssertion? in
                    let id: String = row["id"], start: Int = row["start"], end: Int = row["end"]
                    guard !dismissed.contains("\(documentID):\(id)") else { return nil }
                    return ReviewedAssertion(
                        id: id, document: name, version: number, position: row["position"], paragraph: row["paragraph"],
                        sentence: row["sentence"], start: start, end: end, text: text.text(stored: row["text"], start: start, end: end),
                        kind: AssertionKind(rawValue: row["kind"]) ?? .factual, checkworthiness: CompactRows.score(row["checkworthiness"]), reasons: [],
                        origin: AssertionOrigin(rawValue: row["origin"]) ?? .extractor, flags: [:],
                        verdict: current[id] ?? carried[id], needsReview: current[id] == nil && carried[id] != nil, tags: [])
                }
                let numeric = (findings[versionID] ?? []).map { RowDecoding.finding($0, text: text) }.filter { $0.dismissal == nil }
                let header = ReviewedDocument.Header(
                    name: name, title: version["title"], version: number, contentHash: version["content_hash"],
                    ingestedAt: version["retrieved_at"], source: version["source"], analysts: [])
                documents.append(ReviewedDocument(header: header, text: "", paragraphs: [], boilerplate: [], claims: claims,
                                                  findings: numeric, verdicts: [:], citations: [:], registry: [], orphaned: []))
                if documents.count % 256 == 0 || documents.count == versions.count { progress(documents.count, versions.count) }
            }
            return documents
        }
    }
}
