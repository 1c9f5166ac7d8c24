import AssayCore
import Foundation
import GRDB

/// Builds the public value types from database rows; the SQL that selects them is next to each.
enum RowDecoding {
    static let verdictColumns = """
        v.id, v.rating, v.credibility, v.confidence, v.note, v.analyst, v.created_at, ver.number AS version, v.retracts
        """

    static func verdict(_ row: Row) -> VerdictEntry {
        VerdictEntry(id: row["id"], rating: row["rating"], credibility: row["credibility"], confidence: row["confidence"],
                     note: row["note"], analyst: row["analyst"], createdAt: row["created_at"], version: row["version"],
                     retracts: row["retracts"])
    }

    static func citation(_ row: Row) -> CitationEntry {
        CitationEntry(id: row["id"], url: row["url"], title: row["title"], publisher: row["publisher"],
                      published: row["published"], quote: row["quote"], stance: row["stance"], fileHash: row["file_hash"],
                      fileName: row["file_name"], analyst: row["analyst"], createdAt: row["created_at"])
    }

    /// The phrase a row's column names, as SQL (`CompactRows`).
    static func phrase(_ column: String) -> String {
        "(SELECT text FROM phrases WHERE id = \(column))"
    }

    /// The id of the assertion of the finding aliased `finding`: stored as its position or its id.
    static func assertionID(_ finding: String) -> String {
        """
        CASE typeof(\(finding).assertion_id) WHEN 'integer' THEN (SELECT a.id FROM assertions a
          WHERE a.version_id = \(finding).version_id AND a.position = \(finding).assertion_id) ELSE \(finding).assertion_id END
        """
    }

    /// A finding's columns, its rule, category and severity as text, its message template when it
    /// has one. Order by `rule` for the rule's name.
    static let findingColumns = """
        f.id, d.name AS document, ver.number AS version, \(phrase("f.rule")) AS rule, \(phrase("f.category")) AS category,
        \(phrase("f.severity")) AS severity, f.start, f."end", f.text, f.message,
        CASE typeof(f.message) WHEN 'integer' THEN \(phrase("f.message")) END AS template, \(assertionID("f")) AS assertion_id,
        f.fields,
        \(phrase("f.shape")) AS shape,
        (SELECT reason FROM dismissals x WHERE x.document_id = ver.document_id AND x.target = 'finding'
           AND x.target_id = f.id AND x.undone_at IS NULL ORDER BY x.id DESC LIMIT 1) AS dismissal
        """

    /// A finding selected with `findingColumns`, of the version whose text is `text`.
    static func finding(_ row: Row, text: VersionText) -> FindingEntry {
        let stored: String = row["fields"]
        let fieldsJSON = CompactRows.fields(stored: stored, shape: row["shape"])
        let fields = (try? JSONDecoder().decode([String: FieldValue].self, from: Data(fieldsJSON.utf8))) ?? [:]
        let start: Int = row["start"], end: Int = row["end"]
        let findingText = text.text(stored: row["text"], start: start, end: end)
        let message: String = if let template: String = row["template"] {
            CompactRows.message(template: template, text: findingText, fields: stored)
        } else {
            row["message"]
        }
        return FindingEntry(id: row["id"], document: row["document"], version: row["version"], rule: row["rule"],
                            category: row["category"], severity: Severity(rawValue: row["severity"]) ?? .info,
                            start: start, end: end, text: findingText, message: message,
                            assertion: row["assertion_id"], fields: fields, dismissal: row["dismissal"])
    }
}
