import GRDB
import GRDBSQLite

/// The columns of one table that a `RowInserter` fills, one case each: the single list its INSERT
/// is made from and its values are bound by. A case's raw value is its parameter's number, so a
/// value is bound by column at no cost.
protocol InsertColumn: RawRepresentable<Int32>, CaseIterable {
    static var table: String { get }
    /// The column's name in the table.
    var name: String { get }
}

extension InsertColumn {
    /// `INSERT INTO table ("column", …) VALUES (?1, …)`, each column given its case's parameter.
    static var insertSQL: String {
        let columns = allCases.map { WorkbenchTables.quoted($0.name) }.joined(separator: ", ")
        let placeholders = allCases.map { "?\($0.rawValue)" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns)) VALUES (\(placeholders))"
    }
}

/// An INSERT run many times through SQLite's C API, for the rows an ingest stores by the tens of
/// thousands: `Statement.execute(arguments:)` boxes, converts and checks every value, which cost
/// more than SQLite's own work on the row.
///
/// Bind a row's values by column with `bind(_:to:)`, in any order, then `insert()`; a column left
/// unbound is NULL. Runs on `db`'s connection, inside the caller's transaction; use it only within
/// the `write` that made it (it is finalized when released).
///
/// A row's texts are copied into one buffer of the inserter's and bound from there only for the
/// step: SQLite then reads them in place, instead of allocating, copying and freeing each one.
final class RowInserter<Column: InsertColumn> {
    private let db: Database
    private let statement: OpaquePointer
    private let sql: String
    // The row in the making. An inserter is used by one write at a time, and its methods never
    // call each other while changing these: the runtime's exclusivity checks on every access
    // cost more than binding the values.
    /// The UTF-8 of the row's texts, one after another, and where each one goes.
    @exclusivity(unchecked) private var textBytes: [UInt8] = []
    @exclusivity(unchecked) private var texts: [(parameter: Int32, start: Int, count: Int)] = []

    init(_ db: Database) throws {
        let sql = Column.insertSQL
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(db.sqliteConnection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
        }
        self.db = db
        self.statement = statement
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(statement)
    }

    func bind(_ value: Int64, to column: Column) {
        sqlite3_bind_int64(statement, column.rawValue, value)
    }

    func bind(_ value: Int, to column: Column) {
        bind(Int64(value), to: column)
    }

    func bind(_ value: Double, to column: Column) {
        sqlite3_bind_double(statement, column.rawValue, value)
    }

    /// Binds an integer or a double; anything else as NULL.
    func bind(_ value: DatabaseValue, to column: Column) {
        switch value.storage {
        case .int64(let integer): bind(integer, to: column)
        case .double(let double): bind(double, to: column)
        default: sqlite3_bind_null(statement, column.rawValue)
        }
    }

    func bind(_ value: String?, to column: Column) {
        guard var value else {
            sqlite3_bind_null(statement, column.rawValue)
            return
        }
        let start = textBytes.count
        value.withUTF8 { textBytes.append(contentsOf: $0) }
        texts.append((column.rawValue, start, textBytes.count - start))
    }

    /// Inserts the bound row; throws what SQLite refused, as GRDB would.
    func insert() throws {
        defer {
            textBytes.removeAll(keepingCapacity: true)
            texts.removeAll(keepingCapacity: true)
        }
        let code = textBytes.withUnsafeBufferPointer { bytes in
            for text in texts {
                bindText(text.count > 0 ? bytes.baseAddress.map { $0 + text.start } : nil, count: text.count, to: text.parameter)
            }
            let code = sqlite3_step(statement)
            // The texts are bound without a copy (SQLITE_STATIC): unbound before their buffer changes.
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            return code
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                                message: db.lastErrorMessage, sql: sql)
        }
    }

    /// Binds `count` bytes at `start`, which SQLite reads in place until the bindings are cleared;
    /// an empty text from a literal, since a NULL pointer would bind NULL.
    private func bindText(_ start: UnsafePointer<UInt8>?, count: Int, to parameter: Int32) {
        guard let start else {
            sqlite3_bind_text(statement, parameter, "", 0, transient)
            return
        }
        start.withMemoryRebound(to: CChar.self, capacity: count) {
            // A nil destructor is SQLITE_STATIC.
            _ = sqlite3_bind_text(statement, parameter, $0, Int32(count), nil)
        }
    }
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
