import GRDB

/// The whole workbench as JSON Lines (format: `docs/workbench-export.md`). The first line is a
/// header; then one line per row, `{"table":…,"row":{…}}`, tables in foreign-key order, rows by
/// primary key, columns by name — so the same content always gives the same bytes.
public enum WorkbenchExport {
    public static let format = "assay-workbench"

    /// The schema version an export records: the number of migrations this assay knows.
    public static var schemaVersion: Int { WorkbenchSchema.migrator.migrations.count }

    static var header: String {
        JSONText.object([("format", JSONText.quoted(format)), ("schemaVersion", String(schemaVersion)),
                         ("tool", JSONText.quoted("assay"))])
    }

    static func line(table: String, row: [(key: String, json: String)]) -> String {
        JSONText.object([("table", JSONText.quoted(table)), ("row", JSONText.object(row))])
    }
}

extension Workbench {
    /// Writes every row of the workbench, one line at a time (each ending in `\n`), from one
    /// consistent snapshot: processes writing meanwhile are neither blocked nor half-seen.
    /// Returns the number of rows written. An error thrown by `sink` stops the export.
    @discardableResult
    public func export(to sink: (String) throws(WorkbenchError) -> Void) throws(WorkbenchError) -> Int {
        try read { db in
            try sink(WorkbenchExport.header + "\n")
            var count = 0
            for layout in try WorkbenchTables.layouts(db) {
                count += try exportRows(db, layout, to: sink)
            }
            return count
        }
    }

    private func exportRows(_ db: Database, _ layout: WorkbenchTables.Layout,
                            to sink: (String) throws(WorkbenchError) -> Void) throws -> Int {
        let columns = layout.columns.map(WorkbenchTables.quoted).joined(separator: ", ")
        let order = layout.orderBy.map(WorkbenchTables.quoted).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM \(WorkbenchTables.quoted(layout.table)) ORDER BY \(order)")
        var count = 0
        while let row = try rows.next() {
            var members: [(key: String, json: String)] = []
            for (index, column) in layout.columns.enumerated() {
                let value: DatabaseValue = row[index]
                guard let json = ExportValue(value).json else {
                    throw WorkbenchError.invalid("\(layout.table).\(column) holds an infinite number, which JSON cannot carry; the export stopped")
                }
                members.append((column, json))
            }
            try sink(WorkbenchExport.line(table: layout.table, row: members) + "\n")
            count += 1
        }
        return count
    }
}
