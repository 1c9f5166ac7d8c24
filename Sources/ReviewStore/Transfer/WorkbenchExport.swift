import GRDB

/// The whole workbench as JSON Lines (format: `docs/workbench-export.md`). The first line is a
/// header; then one line per row, `{"table":…,"row":{…}}`, tables in foreign-key order, rows by
/// primary key, columns by name — so the same content always gives the same bytes.
public enum WorkbenchExport {
    public static let format = "assay-workbench"

    /// The schema version an export records: the number of migrations this assay knows, less
    /// those that change nothing an export holds (`WorkbenchSchema.exportNeutralMigrations`),
    /// after which the same workbench exports the same lines.
    public static var schemaVersion: Int {
        WorkbenchSchema.migrator.migrations.count { !WorkbenchSchema.exportNeutralMigrations.contains($0) }
    }

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
    /// Returns the number of rows written. Throws a `WorkbenchError`, or the error `sink` threw,
    /// which stops the export.
    @discardableResult
    public func export<SinkError: Error>(to sink: (String) throws(SinkError) -> Void) throws -> Int {
        // The sink's error is kept aside and thrown as it is: `read` would turn it into a failure
        // to read the workbench.
        var refusal: SinkError?
        func deliver(_ line: String) throws {
            do throws(SinkError) {
                try sink(line)
            } catch {
                refusal = error
                throw CancellationError()
            }
        }
        do {
            return try read { db in
                try deliver(WorkbenchExport.header + "\n")
                var count = 0
                for layout in try WorkbenchTables.layouts(db) {
                    count += try exportRows(db, layout, to: deliver)
                }
                return count
            }
        } catch {
            if let refusal { throw refusal }
            throw error
        }
    }

    /// Writes the rows of one table (those matching `rowFilter`, a constant SQL condition of this
    /// module's own, when given) as export lines.
    func exportRows(_ db: Database, _ layout: WorkbenchTables.Layout, rowFilter: String? = nil,
                    to sink: (String) throws -> Void) throws -> Int {
        let stored = CompactTables.storedColumns(layout.table)
        let columns = stored ?? layout.columns.map(WorkbenchTables.quoted).joined(separator: ", ")
        let order = layout.orderBy.map(WorkbenchTables.quoted).joined(separator: ", ")
        let rowCondition = rowFilter.map { " WHERE " + $0 } ?? ""
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM \(WorkbenchTables.quoted(layout.table))\(rowCondition) ORDER BY \(order)")
        var compact = CompactTables(db)
        var count = 0
        while let row = try rows.next() {
            let exported = stored == nil ? nil : try compact.exported(layout.table, row)
            var members: [(key: String, json: String)] = []
            for (index, column) in layout.columns.enumerated() {
                let value: DatabaseValue = exported?[column] ?? row[index]
                guard let json = ExportValue(value).json else {
                    throw WorkbenchError.infiniteNumber(table: layout.table, column: column)
                }
                members.append((column, json))
            }
            try sink(WorkbenchExport.line(table: layout.table, row: members) + "\n")
            count += 1
        }
        return count
    }
}
