import Foundation
import GRDB

/// What an import stored.
public struct ImportSummary: Sendable, Equatable {
    /// Rows stored, by table (tables without rows left out).
    public var rows: [String: Int]
    public var total: Int { rows.values.reduce(0, +) }
}

extension Workbench {
    /// Loads a workbench export (`export(to:)`) into this workbench, which must be empty — no
    /// row in any table. All of it or nothing, in one transaction: a malformed line, an unknown
    /// table or column, or a row the schema refuses is reported as `<source>:<line>: problem`
    /// and nothing is stored. The full-text index is rebuilt from the imported rows.
    ///
    /// The import itself is recorded as one audit-log entry (action `import`), appended after
    /// the imported ones; it does not register `analyst` in `analysts`, which lists who recorded
    /// review data. So exporting the result gives the imported lines plus that entry, last.
    public func importLines(_ file: WorkbenchExportFile, analyst: String) throws(WorkbenchError) -> ImportSummary {
        let source = file.source
        return try write { db in
            let layouts = try WorkbenchTables.layouts(db)
            try refuseUnlessEmpty(db, layouts)
            var columnsByTable: [String: Set<String>] = [:]
            for layout in layouts { columnsByTable[layout.table] = Set(layout.columns) }
            var summary = ImportSummary(rows: [:])
            var compact = CompactTables(db)
            for row in file.rows {
                try insert(db, row, columnsByTable: columnsByTable, compact: &compact, source: source)
                summary.rows[row.table, default: 0] += 1
            }
            // An export written before the fifth migration may hold sentences as full objects.
            try db.execute(sql: WorkbenchSchema.legacySentencesToSpans)
            try SearchIndex.rebuild(db)
            try Workbench.audit(db, analyst: analyst, action: "import", subject: source,
                                detail: "\(summary.total) rows, schema version \(file.schemaVersion)", registering: false)
            return summary
        }
    }

    /// Reads and imports an export in one step.
    public func importLines(_ data: Data, source: String, analyst: String) throws(WorkbenchError) -> ImportSummary {
        try importLines(try WorkbenchExportFile(data, source: source), analyst: analyst)
    }

    private func refuseUnlessEmpty(_ db: Database, _ layouts: [WorkbenchTables.Layout]) throws {
        var filled: [String] = []
        for layout in layouts {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(WorkbenchTables.quoted(layout.table))") ?? 0
            if count > 0 { filled.append("\(count) \(layout.table)") }
        }
        guard filled.isEmpty else {
            throw WorkbenchError.importIntoNonEmpty(path: path, filled: filled)
        }
    }

    /// Inserts one row after checking its table and columns against the schema, the only names
    /// that reach the SQL text; values are bound as parameters.
    private func insert(_ db: Database, _ row: WorkbenchExportFile.Row, columnsByTable: [String: Set<String>],
                        compact: inout CompactTables, source: String) throws {
        func refused(_ problem: ExportLineProblem) -> WorkbenchError {
            .exportLine(source: source, line: row.line, problem)
        }
        guard let known = columnsByTable[row.table] else { throw refused(.unknownTable(row.table)) }
        let columns = row.values.keys.sorted()
        guard !columns.isEmpty else { throw refused(.noColumns(table: row.table)) }
        if let unknown = columns.first(where: { !known.contains($0) }) {
            throw refused(.unknownColumn(table: row.table, column: unknown, known: known.sorted()))
        }
        // SQLite stores a NUL, but its text functions and every reader stop at it: the rest would be lost.
        if let column = columns.first(where: { if case .text(let text) = row.values[$0] { text.contains("\0") } else { false } }) {
            throw refused(.nulCharacter(table: row.table, column: column))
        }
        do {
            var values = columns.map { row.values[$0]?.databaseValue ?? .null }
            var columns = columns
            if CompactTables.storedColumns(row.table) != nil {
                let stored = try compact.stored(row.table, Dictionary(uniqueKeysWithValues: zip(columns, values)))
                columns = stored.map(\.column)
                values = stored.map(\.value)
            }
            let names = columns.map(WorkbenchTables.quoted).joined(separator: ", ")
            let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            try db.cachedStatement(sql: "INSERT INTO \(WorkbenchTables.quoted(row.table)) (\(names)) VALUES (\(placeholders))")
                .execute(arguments: StatementArguments(values))
        } catch let error as DatabaseError {
            throw refused(.rowRefused(table: row.table, reason: Workbench.reason(error)))
        }
    }
}
