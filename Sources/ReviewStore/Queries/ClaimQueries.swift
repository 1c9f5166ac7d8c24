import AssayCore
import Foundation
import GRDB

extension Workbench {
    /// The assertions of each document's latest version (or one document's), in document order,
    /// with their standing flags, current verdict, tags and dismissal.
    public func claims(_ filter: ClaimFilter = ClaimFilter()) throws(WorkbenchError) -> [ReviewedAssertion] {
        try read { db in
            let phrases = Phrases(db)
            let claims = try ClaimQueries.versions(db, document: filter.document).flatMap { version in
                try ClaimQueries.claims(db, version: version, phrases: phrases).filter(filter.accepts)
            }
            return filter.arranged(claims, scale: try VerdictScale.current(db))
        }
    }

    /// One assertion with its context, flags, verdict history and citations.
    /// The claim `reference` names, in its document's latest version — or, for a claim since
    /// reworded or removed, in the latest version that has it, with where it went.
    public func show(_ reference: String) throws(WorkbenchError) -> AssertionDetail {
        try read { db in
            let key: ClaimKey
            do {
                key = try ClaimKey.resolve(db, reference)
            } catch WorkbenchError.claimOfEarlierVersion {
                guard let earlier = try ClaimKey.resolveEarlier(db, reference) else { throw WorkbenchError.unknownClaim(reference) }
                key = earlier.key
            }
            let number = try Int.fetchOne(db, sql: "SELECT number FROM versions WHERE id = ?", arguments: [key.versionID]) ?? 0
            let version = ClaimQueries.Version(id: key.versionID, documentID: key.documentID, name: key.documentName, number: number)
            guard let claim = try ClaimQueries.claims(db, version: version, only: key.assertionID).first else {
                throw WorkbenchError.unknownClaim(reference)
            }
            var detail = try ClaimQueries.detail(db, claim: claim, key: key)
            let latest = try Int.fetchOne(db, sql: "SELECT max(number) FROM versions WHERE document_id = ?", arguments: [key.documentID]) ?? number
            if latest != number {
                detail.laterVersion = AssertionDetail.LaterVersion(
                    number: latest,
                    rewordedAs: try String.fetchOne(db, sql: """
                        SELECT m.new_id FROM claim_moves m JOIN versions v ON v.id = m.version_id
                        WHERE v.document_id = ? AND v.number > ? AND m.old_id = ? ORDER BY v.number LIMIT 1
                        """, arguments: [key.documentID, number, key.assertionID]))
            }
            return detail
        }
    }
}

/// The reads behind `claims` and `show`.
enum ClaimQueries {
    struct Version {
        var id: Int64
        var documentID: Int64
        var name: String
        var number: Int
    }

    static func versions(_ db: Database, document: String?) throws -> [Version] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT v.id, v.document_id, d.name, v.number FROM latest_versions v JOIN documents d ON d.id = v.document_id
            WHERE ? IS NULL OR d.name = ? ORDER BY d.name
            """, arguments: [document, document])
        if rows.isEmpty, let document, try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [document]) != true {
            throw WorkbenchError.unknownDocument(document)
        }
        return rows.map { Version(id: $0["id"], documentID: $0["document_id"], name: $0["name"], number: $0["number"]) }
    }

    /// A version's text, to cut the texts of its assertions and findings from.
    static func text(_ db: Database, version: Int64) throws -> VersionText {
        VersionText(try String.fetchOne(db, sql: "SELECT text FROM versions WHERE id = ?", arguments: [version]) ?? "")
    }

    /// The claims of a version (or its one assertion `assertionID`); `text` is the version's text
    /// when the caller has it already.
    /// `phrases` reads the rows' phrases; pass one to share what it read over many versions.
    static func claims(_ db: Database, version: Version, only assertionID: String? = nil,
                       text: VersionText? = nil, phrases: Phrases? = nil) throws -> [ReviewedAssertion] {
        let text = try text ?? ClaimQueries.text(db, version: version.id)
        let phrases = phrases ?? Phrases(db)
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, position, paragraph, sentence, start, "end", text, kind, checkworthiness, reasons, origin
            FROM assertions WHERE version_id = ? AND (? IS NULL OR id = ?) ORDER BY position
            """, arguments: [version.id, assertionID, assertionID])
        let ids = Dictionary(rows.map { ($0["position"] as Int64, $0["id"] as String) }) { first, _ in first }
        let flags = try standingFlags(db, version: version, ids: ids, phrases: phrases)
        let verdicts = try currentVerdicts(db, documentID: version.documentID)
        let carried = try carriedVerdicts(db, version: version, verdicts: verdicts)
        var tags: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT assertion_id, tag FROM tags WHERE document_id = ? ORDER BY tag",
                                    arguments: [version.documentID]) {
            tags[row["assertion_id"], default: []].append(row["tag"])
        }
        // A reworded claim keeps the tags of the wording it moved from, as it keeps its verdicts.
        for move in try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM claim_moves WHERE version_id = ? AND new_id IS NOT NULL",
                                     arguments: [version.id]) {
            let old: String = move["old_id"], new: String = move["new_id"]
            if let moved = tags[old] { tags[new] = Array(Set((tags[new] ?? []) + moved)).sorted() }
        }
        let dismissals = try Dictionary(Row.fetchAll(db, sql: """
            SELECT target_id, reason FROM dismissals WHERE document_id = ? AND target = 'assertion' AND undone_at IS NULL ORDER BY id
            """, arguments: [version.documentID]).map { ($0["target_id"] as String, $0["reason"] as String) }) { $1 }
        return try rows.map { row in
            let id: String = row["id"], start: Int = row["start"], end: Int = row["end"]
            return ReviewedAssertion(id: id, document: version.name, version: version.number, position: row["position"],
                                paragraph: row["paragraph"], sentence: row["sentence"], start: start, end: end,
                                text: text.text(stored: row["text"], start: start, end: end),
                                kind: AssertionKind(rawValue: try phrases.text(row["kind"])) ?? .factual,
                                checkworthiness: CompactRows.score(row["checkworthiness"]), reasons: try phrases.reasonLines(stored: row["reasons"]),
                                origin: AssertionOrigin(rawValue: try phrases.text(row["origin"])) ?? .extractor,
                                flags: flags[id] ?? [:], verdict: verdicts[id] ?? carried[id], needsReview: verdicts[id] == nil && carried[id] != nil,
                                tags: tags[id] ?? [], dismissal: dismissals[id])
        }
    }

    /// Categories of the flags that stand (not dismissed) on each assertion of a version; `ids`
    /// are the assertions' ids by position (`CompactRows`), those of the assertions wanted.
    private static func standingFlags(_ db: Database, version: Version, ids: [Int64: String],
                                      phrases: Phrases) throws -> [String: [String: Int]] {
        var flags: [String: [String: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT f.assertion_id, f.category, count(*) AS n FROM findings f
            WHERE f.version_id = ? AND f.assertion_id IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM dismissals x WHERE x.document_id = ? AND x.target = 'finding' AND x.target_id = f.id AND x.undone_at IS NULL)
            GROUP BY f.assertion_id, f.category
            """, arguments: [version.id, version.documentID]) {
            let stored: DatabaseValue = row["assertion_id"]
            let id: String? = if case .int64(let position) = stored.storage { ids[position] } else { String.fromDatabaseValue(stored) }
            guard let id else { continue }
            flags[id, default: [:]][try phrases.text(row["category"])] = row["n"]
        }
        return flags
    }

    /// The latest standing verdict of every assertion of a document.
    static func currentVerdicts(_ db: Database, documentID: Int64) throws -> [String: VerdictEntry] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT v.assertion_id, \(RowDecoding.verdictColumns) FROM verdicts v JOIN versions ver ON ver.id = v.version_id
            WHERE v.id IN (SELECT max(id) FROM standing_verdicts WHERE document_id = ? GROUP BY assertion_id)
            """, arguments: [documentID])
        return Dictionary(rows.map { ($0["assertion_id"] as String, RowDecoding.verdict($0)) }) { $1 }
    }

    /// For assertions of `version` that a reworded earlier assertion moved to: the latest verdict
    /// of that earlier wording.
    private static func carriedVerdicts(_ db: Database, version: Version, verdicts: [String: VerdictEntry]) throws -> [String: VerdictEntry] {
        var carried: [String: VerdictEntry] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM claim_moves WHERE version_id = ? AND new_id IS NOT NULL",
                                    arguments: [version.id]) {
            let newID: String = row["new_id"]
            guard let verdict = verdicts[row["old_id"]] else { continue }
            if verdict.id > (carried[newID]?.id ?? 0) { carried[newID] = verdict }
        }
        return carried
    }

    /// A claim's verdicts, oldest first: its own and those of the earlier wordings that moved to
    /// it in its latest version (retractions included).
    static func verdictHistory(_ db: Database, key: ClaimKey) throws -> [VerdictEntry] {
        try Row.fetchAll(db, sql: """
            SELECT \(RowDecoding.verdictColumns) FROM verdicts v JOIN versions ver ON ver.id = v.version_id
            WHERE v.document_id = ? AND (v.assertion_id = ? OR v.assertion_id IN (
              SELECT old_id FROM claim_moves WHERE version_id = ? AND new_id = ?))
            ORDER BY v.id
            """, arguments: [key.documentID, key.assertionID, key.versionID, key.assertionID]).map(RowDecoding.verdict)
    }

    static func detail(_ db: Database, claim: ReviewedAssertion, key: ClaimKey) throws -> AssertionDetail {
        let version = try Row.fetchOne(db, sql: "SELECT text, paragraphs, sentences FROM versions WHERE id = ?", arguments: [key.versionID])
        let text: String = version?["text"] ?? ""
        let cut = VersionText(text)
        let decoder = JSONDecoder()
        let paragraphs = (try? decoder.decode([Paragraph].self, from: Data((version?["paragraphs"] as String? ?? "[]").utf8))) ?? []
        let sentences = SentenceSpans.decode(version?["sentences"], text: text)
        let span = Span(start: claim.start, end: claim.end)
        let containing = QuoteLocator.sentence(containing: span, in: sentences)
        let sentence = containing?.text ?? claim.text
        let container = paragraphs.first { $0.start <= claim.start && claim.start < $0.end }
        let paragraph = container.map { cut.slice($0.start, $0.end) } ?? sentence
        let paragraphStart = container?.start ?? containing?.start ?? claim.start
        let findings = try Row.fetchAll(db, sql: """
            SELECT \(RowDecoding.findingColumns) FROM findings f JOIN versions ver ON ver.id = f.version_id
            JOIN documents d ON d.id = ver.document_id WHERE f.version_id = ? AND f.assertion_id IN (?, ?) ORDER BY f.start, f.id
            """, arguments: [key.versionID, key.assertionID, claim.position]).map { RowDecoding.finding($0, text: cut) }
        let verdicts = try verdictHistory(db, key: key)
        let citations = try Row.fetchAll(db, sql: """
            SELECT * FROM citations WHERE document_id = ? AND (assertion_id = ? OR assertion_id IN (
              SELECT old_id FROM claim_moves WHERE version_id = ? AND new_id = ?))
            ORDER BY id
            """, arguments: [key.documentID, key.assertionID, key.versionID, key.assertionID]).map(RowDecoding.citation)
        let note = try String.fetchOne(db, sql: "SELECT note FROM annotations WHERE document_id = ? AND assertion_id = ?",
                                       arguments: [key.documentID, key.assertionID])
        return AssertionDetail(claim: claim, sentence: sentence, paragraph: paragraph, paragraphStart: paragraphStart,
                           findings: findings, verdicts: verdicts, citations: citations, annotationNote: note)
    }
}
