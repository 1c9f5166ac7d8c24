import GRDB

/// The tables that make up a workbench's content, in the order export writes them and import
/// reads them back: every table comes after the tables its foreign keys point to.
///
/// The list is explicit so the order is plain to read, and checked against the database on
/// every use: a table that a later migration adds and this list forgets makes export and
/// import fail instead of silently leaving it out. Columns are always read from the database.
enum WorkbenchTables {
    static let ordered = [
        "analysts", "documents", "attachments", "versions", "assertions", "findings", "claim_moves", "sources", "settings",
        "verdicts", "citations", "tags", "annotations", "dismissals", "assignments", "audit_log",
    ]

    /// One table's columns, sorted by name, and the columns that order its rows.
    struct Layout {
        var table: String
        var columns: [String]
        var orderBy: [String]
    }

    /// The layout of every content table; throws when the database has a table the list lacks
    /// (or lacks one it names).
    static func layouts(_ db: Database) throws -> [Layout] {
        let present = try contentTables(db)
        let missing = present.subtracting(ordered).sorted()
        guard missing.isEmpty else {
            throw WorkbenchError.unknownTables(missing)
        }
        return try ordered.map { table in
            guard present.contains(table) else {
                throw WorkbenchError.storage("the workbench has no table '\(table)'")
            }
            return try layout(db, table: table)
        }
    }

    /// Tables holding content: not SQLite's or GRDB's own, not the full-text index (`search_…`:
    /// the FTS5 table, its shadow tables and its entries, which import rebuilds), not `phrases`
    /// (part of how assertions and findings are stored: `CompactTables`), not `accounts` (the
    /// desk's sign-ins and password hashes stay with the file; an export carries the review).
    static func contentTables(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
              AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'grdb\\_%' ESCAPE '\\'
              AND name NOT LIKE 'search\\_%' ESCAPE '\\' AND name NOT IN ('phrases', 'accounts')
            """))
    }

    private static func layout(_ db: Database, table: String) throws -> Layout {
        // hidden = 0: ordinary columns; generated columns are derived, so neither written nor read.
        let rows = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_xinfo(?) WHERE hidden = 0", arguments: [table])
        let columns = CompactTables.columns[table] ?? rows.map { $0["name"] as String }.sorted()
        let keyed = rows.compactMap { row -> (Int, String)? in
            let position: Int = row["pk"]
            return position > 0 ? (position, row["name"]) : nil
        }
        let orderBy = keyed.isEmpty ? ["rowid"] : keyed.sorted { $0.0 < $1.0 }.map(\.1)
        return Layout(table: table, columns: columns, orderBy: orderBy)
    }

    /// An identifier as SQL; only ever given names read from the schema itself.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
