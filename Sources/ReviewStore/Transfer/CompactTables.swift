import GRDB

/// `assertions` and `findings` as export and import see them: the columns they had before their
/// rows were stored compactly (`CompactRows`), with the same values, so an export is the same
/// bytes whichever way a workbench stores them and imports into either.
struct CompactTables {
    /// The columns of each table as exported, sorted by name.
    static let columns: [String: [String]] = [
        "assertions": ["checkworthiness", "end", "id", "kind", "origin", "paragraph", "position", "reasons", "sentence", "start",
                       "text", "version_id"],
        "findings": ["assertion_id", "category", "end", "fields", "id", "message", "rule", "severity", "start", "text", "version_id"],
    ]

    /// What an assertion's origin is when an export from before the column says nothing.
    private static let defaultOrigin = "extractor"

    private let db: Database
    private let phrases: Phrases
    private var version: (id: Int64, text: VersionText)?
    /// The assertions of one version: ids by position, positions by id.
    private var assertions: (versionID: Int64, ids: [Int64: String], positions: [String: Int64])?

    init(_ db: Database) {
        self.db = db
        phrases = Phrases(db)
    }

    /// The stored columns to select for `table`'s rows, or nil for a table stored as exported.
    static func storedColumns(_ table: String) -> String? {
        switch table {
        case "assertions": #"version_id, id, position, sentence, paragraph, start, "end", text, kind, checkworthiness, reasons, origin"#
        case "findings": #"version_id, id, rule, category, severity, start, "end", text, message, assertion_id, fields, shape"#
        default: nil
        }
    }

    /// A row selected with `storedColumns`, by exported column.
    mutating func exported(_ table: String, _ row: Row) throws -> [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        for column in ["version_id", "id", "start", "end", "text"] { values[column] = row[column] }
        if table == "assertions" {
            for column in ["position", "sentence", "paragraph"] { values[column] = row[column] }
            let score: DatabaseValue = row["checkworthiness"]
            if case .int64 = score.storage { values["checkworthiness"] = CompactRows.score(score).databaseValue } else { values["checkworthiness"] = score }
            values["kind"] = try phrases.text(row["kind"]).databaseValue
            values["reasons"] = try phrases.reasons(stored: row["reasons"]).databaseValue
            values["origin"] = try phrases.text(row["origin"]).databaseValue
            return values
        }
        let assertion: DatabaseValue = row["assertion_id"]
        if case .int64(let position) = assertion.storage {
            values["assertion_id"] = try assertionsOf(version: row["version_id"]).ids[position]?.databaseValue ?? .null
        } else {
            values["assertion_id"] = assertion
        }
        for column in ["rule", "category", "severity"] { values[column] = try phrases.text(row[column]).databaseValue }
        let stored: String = row["fields"]
        values["fields"] = try phrases.fields(stored: stored, shape: row["shape"]).databaseValue
        let text = try findingText(versionID: row["version_id"], stored: row["text"], start: row["start"], end: row["end"])
        values["message"] = try phrases.message(stored: row["message"], text: text, fields: stored).databaseValue
        return values
    }

    /// An exported row as stored: the columns and their values, to insert into `table`.
    mutating func stored(_ table: String, _ exported: [String: DatabaseValue]) throws -> [(column: String, value: DatabaseValue)] {
        var values = exported
        if table == "assertions" {
            values["kind"] = try phraseID(values["kind"])
            values["origin"] = try phraseID(values["origin"] ?? Self.defaultOrigin.databaseValue)
            if let score = values["checkworthiness"].flatMap(Double.fromDatabaseValue) {
                values["checkworthiness"] = CompactRows.storedScore(score)
            }
            if let reasons = values["reasons"], let text = String.fromDatabaseValue(reasons) {
                values["reasons"] = try phrases.storedReasons(text).databaseValue
            }
        } else {
            for column in ["rule", "category", "severity"] { values[column] = try phraseID(values[column]) }
            if let id = values["assertion_id"].flatMap(String.fromDatabaseValue),
               let versionID = values["version_id"].flatMap(Int64.fromDatabaseValue),
               let position = try assertionsOf(version: versionID).positions[id] {
                values["assertion_id"] = position.databaseValue
            }
            if let message = values["message"].flatMap(String.fromDatabaseValue),
               let fields = values["fields"].flatMap(String.fromDatabaseValue),
               let versionID = values["version_id"].flatMap(Int64.fromDatabaseValue),
               let start = values["start"].flatMap(Int.fromDatabaseValue), let end = values["end"].flatMap(Int.fromDatabaseValue) {
                let text = try findingText(versionID: versionID, stored: values["text"].flatMap(String.fromDatabaseValue),
                                           start: start, end: end)
                let compact = CompactRows.finding(message: message, text: text, fields: fields)
                values["message"] = compact.isTemplate ? try phrases.id(compact.message).databaseValue : compact.message.databaseValue
                values["fields"] = compact.fields.databaseValue
                values["shape"] = try compact.shape.map(phrases.id).databaseValue
            }
        }
        return values.keys.sorted().map { ($0, values[$0] ?? .null) }
    }

    /// A text's phrase id; NULL stays NULL, for the table to refuse.
    private func phraseID(_ value: DatabaseValue?) throws -> DatabaseValue {
        guard let value, !value.isNull else { return .null }
        guard let text = String.fromDatabaseValue(value) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "\(value) is not a text")
        }
        return try phrases.id(text).databaseValue
    }

    private mutating func assertionsOf(version versionID: Int64) throws -> (ids: [Int64: String], positions: [String: Int64]) {
        if let assertions, assertions.versionID == versionID { return (assertions.ids, assertions.positions) }
        var ids: [Int64: String] = [:], positions: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, position FROM assertions WHERE version_id = ?", arguments: [versionID]) {
            ids[row["position"]] = row["id"]
            positions[row["id"]] = row["position"]
        }
        assertions = (versionID, ids, positions)
        return (ids, positions)
    }

    private mutating func findingText(versionID: Int64, stored: String?, start: Int, end: Int) throws -> String {
        if let stored { return stored }
        if version?.id != versionID {
            version = (versionID, try ClaimQueries.text(db, version: versionID))
        }
        return version?.text.text(stored: nil, start: start, end: end) ?? ""
    }
}
