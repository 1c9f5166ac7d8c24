import GRDB
import GRDBSQLite

/// An INSERT run many times through SQLite's C API, for the rows an ingest stores by the tens of
/// thousands: `Statement.execute(arguments:)` boxes, converts and checks every value, which cost
/// more than SQLite's own work on the row.
///
/// Bind a row's values in column order with `bind`, then `insert()`. Runs on `db`'s connection,
/// inside the caller's transaction; use it only within the `write` that made it (it is finalized
/// when released).
final class RowInserter {
    private let db: Database
    private let statement: OpaquePointer
    private let sql: String
    private var column: Int32 = 0

    init(_ db: Database, sql: String) throws {
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

    func bind(_ value: Int64) {
        column += 1
        sqlite3_bind_int64(statement, column, value)
    }

    func bind(_ value: Int) {
        bind(Int64(value))
    }

    func bind(_ value: Double) {
        column += 1
        sqlite3_bind_double(statement, column, value)
    }

    func bind(_ value: String?) {
        column += 1
        guard var value else {
            sqlite3_bind_null(statement, column)
            return
        }
        // SQLITE_TRANSIENT: SQLite copies the bytes, which live only for the call. A NULL pointer
        // would bind NULL, so an empty text is bound from a literal.
        value.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else {
                _ = sqlite3_bind_text(statement, column, "", 0, Self.transient)
                return
            }
            _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(statement, column, $0, Int32(bytes.count), Self.transient)
            }
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Inserts the bound row; throws what SQLite refused, as GRDB would.
    func insert() throws {
        defer {
            sqlite3_reset(statement)
            column = 0
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                                message: db.lastErrorMessage, sql: sql)
        }
    }
}
