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

    static let findingColumns = """
        f.id, d.name AS document, ver.number AS version, f.rule, f.category, f.severity, f.start, f."end", f.text,
        f.message, f.assertion_id, f.fields,
        (SELECT reason FROM dismissals x WHERE x.document_id = ver.document_id AND x.target = 'finding'
           AND x.target_id = f.id AND x.undone_at IS NULL ORDER BY x.id DESC LIMIT 1) AS dismissal
        """

    /// A finding selected with `findingColumns`, of the version whose text is `text`.
    static func finding(_ row: Row, text: VersionText) -> FindingEntry {
        let fieldsJSON: String = row["fields"]
        let fields = (try? JSONDecoder().decode([String: FieldValue].self, from: Data(fieldsJSON.utf8))) ?? [:]
        let start: Int = row["start"], end: Int = row["end"]
        return FindingEntry(id: row["id"], document: row["document"], version: row["version"], rule: row["rule"],
                            category: row["category"], severity: Severity(rawValue: row["severity"]) ?? .info,
                            start: start, end: end, text: text.text(stored: row["text"], start: start, end: end), message: row["message"],
                            assertion: row["assertion_id"], fields: fields, dismissal: row["dismissal"])
    }
}
