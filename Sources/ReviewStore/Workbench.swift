import AssayCore
import Foundation
import GRDB

/// An analyst's workbench: one SQLite file holding documents, their assertions and findings,
/// verdicts, citations, the source registry and the audit log.
///
/// The only door to the database. Every public method that writes runs one transaction that
/// leaves the data consistent and records who did it in the audit log; a refused operation
/// changes nothing. Several processes may use one workbench at once (WAL, busy timeout).
public final class Workbench: Sendable {
    public enum Access: Sendable {
        /// Read commands: a missing workbench is an error; a read-only file is opened read-only.
        case read
        /// Write commands: a missing workbench is an error; a read-only one is refused.
        case write
        /// Commands that may start a workbench (`init`, `ingest`, `import`): as `write`, but a
        /// missing workbench is created (owner-only).
        case create
    }

    public let path: String
    public let isReadOnly: Bool
    let database: any DatabaseWriter
    /// The phrases this process has seen committed, for ingests to look up without a query.
    let committedPhrases = CommittedPhrases()

    private init(path: String, database: any DatabaseWriter, isReadOnly: Bool) {
        self.path = path
        self.database = database
        self.isReadOnly = isReadOnly
    }

    /// Opens (and, for writers, creates or upgrades) the workbench at `path`.
    public static func open(path: String, access: Access) throws(WorkbenchError) -> Workbench {
        let exists = try WorkbenchFile.inspect(path)
        let writable = exists ? WorkbenchFile.isWritable(path) : access == .create
        if !exists && access != .create { throw .missing(path: path) }
        if access != .read && exists && !writable { throw .readOnly(path: path) }
        guard writable else { return try openReadOnly(path) }
        return try WorkbenchFile.withMigrationLock(path) { () throws(WorkbenchError) -> Workbench in
            if exists {
                // Checked read-only first: opening in WAL mode would already rewrite a foreign file's header.
                let queue = try readOnlyQueue(path)
                try guardAgainstForeignFile(queue, path: path)
                if let problem = try damage(queue, path: path) {
                    // A write could spread the damage; a read is served without touching the file.
                    guard access == .read else { throw .damaged(path: path, problem: problem) }
                    return try openReadOnly(path)
                }
            } else {
                try WorkbenchFile.create(path)
            }
            let pool: DatabasePool
            do {
                pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
                // GRDB sets NORMAL for a pool in WAL mode, under which a commit can be lost on power
                // loss. FULL makes every commit durable, at one fsync per commit — few, as ingest
                // commits a batch at a time.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            } catch {
                throw .cannotOpen(path: path, reason: reason(error))
            }
            do {
                let applied = try pool.read { db in try WorkbenchSchema.migrator.appliedIdentifiers(db) }
                try WorkbenchSchema.migrator.migrate(pool)
                // A migration that rewrites tables leaves their old pages free: give them back.
                if !applied.isEmpty && !WorkbenchSchema.rewritingMigrations.isSubset(of: applied) {
                    try pool.vacuum()
                }
            } catch {
                throw .cannotOpen(path: path, reason: "upgrading the schema failed: \(reason(error))")
            }
            return Workbench(path: path, database: pool, isReadOnly: false)
        }
    }

    /// A connection that cannot write. SQLite can read a WAL database only where it can use the
    /// `-wal` and `-shm` files; when this process may not create them (a read-only file in a
    /// folder it cannot write) and no `-wal` holds unmerged commits, the file is opened as
    /// immutable instead.
    private static func readOnlyQueue(_ path: String) throws(WorkbenchError) -> DatabaseQueue {
        var location = path
        if !WorkbenchFile.isWritable(path) && !FileManager.default.fileExists(atPath: path + "-wal") {
            location = WorkbenchFile.immutableURI(path)
        }
        do {
            return try DatabaseQueue(path: location, configuration: configuration(readOnly: true))
        } catch {
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB { throw .notADatabase(path: path) }
            throw .cannotOpen(path: path, reason: reason(error))
        }
    }

    private static func openReadOnly(_ path: String) throws(WorkbenchError) -> Workbench {
        let queue = try readOnlyQueue(path)
        try guardAgainstForeignFile(queue, path: path)
        let upToDate: Bool
        do {
            upToDate = try queue.read { db in try WorkbenchSchema.migrator.hasCompletedMigrations(db) }
        } catch {
            throw .cannotOpen(path: path, reason: reason(error))
        }
        guard upToDate else {
            throw .cannotOpen(path: path, reason: "its schema is older than this assay and the file is read-only, so it cannot be upgraded")
        }
        return Workbench(path: path, database: queue, isReadOnly: true)
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        // Concurrent `assay` processes wait for each other instead of failing with SQLITE_BUSY.
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.label = "workbench"
        configuration.prepareDatabase { db in
            // Each document stored in a batch is a savepoint, for which SQLite keeps a copy of every
            // page the document changes: in memory, not in a temporary file (where 2,225 documents
            // wrote 490 MB). A page cache of 4 MB (not 2) holds a batch's changes until its commit.
            try db.execute(sql: "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -4096")
        }
        return configuration
    }

    /// Copies what the WAL holds into the workbench file and empties the WAL, as closing the last
    /// connection would: after a large ingest, so the files on disk are the workbench's size.
    /// Best effort: a reader of another process that holds on past the busy timeout leaves the
    /// WAL as it is, for a later checkpoint.
    public func checkpoint() {
        guard !isReadOnly else { return }
        _ = try? database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    /// Refuses SQLite files that are not workbenches, and workbenches of a newer schema.
    private static func guardAgainstForeignFile(_ database: some DatabaseReader, path: String) throws(WorkbenchError) {
        let (applicationID, tableCount, superseded): (Int32, Int, Bool)
        do {
            (applicationID, tableCount, superseded) = try database.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                let superseded = id == WorkbenchSchema.applicationID ? try WorkbenchSchema.migrator.hasBeenSuperseded(db) : false
                return (id, tables, superseded)
            }
        } catch {
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB { throw .notADatabase(path: path) }
            throw .cannotOpen(path: path, reason: reason(error))
        }
        if applicationID != WorkbenchSchema.applicationID && !(applicationID == 0 && tableCount == 0) {
            throw .notAWorkbench(path: path)
        }
        if superseded { throw .newerSchema(path: path) }
    }

    /// What SQLite's quick check finds wrong with the file, nil when it is sound. The check reads
    /// every page once (about 0.1 s for a workbench of the whole BBC corpus). Only corruption
    /// counts as damage: any other failure (a lock held too long, an I/O error) is a failure to open.
    private static func damage(_ database: some DatabaseReader, path: String) throws(WorkbenchError) -> String? {
        do {
            let answer = try database.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check(1)") } ?? "ok"
            return answer == "ok" ? nil : answer
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return reason(error)
        } catch {
            throw .cannotOpen(path: path, reason: reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        return error.message ?? "\(error.resultCode)"
    }

    // MARK: transactions

    /// Runs `body` in one write transaction; any error rolls it back.
    func write<T>(_ body: (Database) throws -> T) throws(WorkbenchError) -> T {
        guard !isReadOnly else { throw .readOnly(path: path) }
        do {
            return try database.write(body)
        } catch let error as WorkbenchError {
            throw error
        } catch {
            throw Workbench.storageError(error, path: path)
        }
    }

    /// What a failed write tells the analyst.
    static func storageError(_ error: any Error, path: String) -> WorkbenchError {
        guard let error = error as? DatabaseError else { return .storage("\(error)") }
        switch error.resultCode {
        case .SQLITE_FULL: return .storage("the disk is full")
        case .SQLITE_READONLY: return .readOnly(path: path)
        default: return .storage(Workbench.reason(error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(WorkbenchError) -> T {
        do {
            return try database.read(body)
        } catch let error as WorkbenchError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: Workbench.reason(error))
        }
    }

    /// Registers the analyst (first write) and appends to the audit log. `registering: false`
    /// leaves `analysts` alone, for an entry that records no review data of the analyst's own.
    static func audit(_ db: Database, analyst: String, action: String, subject: String, detail: String = "",
                      registering: Bool = true) throws {
        let now = timestamp()
        if registering {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO analysts (name, created_at) VALUES (?, ?)")
                .execute(arguments: [analyst, now])
        }
        try db.cachedStatement(sql: "INSERT INTO audit_log (at, analyst, action, subject, detail) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [now, analyst, action, subject, detail])
    }

    /// Now, as every row of the workbench records it.
    static func timestamp() -> String { Timestamp.now() }

    /// `PRAGMA integrity_check`'s answer ("ok" when the file is sound), followed, when the file is
    /// sound, by any row whose foreign key points nowhere.
    public func integrityCheck() throws(WorkbenchError) -> String {
        do {
            // Outside a transaction: on a damaged file, ending one would fail after the check.
            return try database.unsafeRead { db in try Self.integrityProblems(db) }
        } catch {
            throw .cannotOpen(path: path, reason: Workbench.reason(error))
        }
    }

    private static let missingPhrases = """
        SELECT 'assertions', count(*) FROM assertions a
          WHERE NOT EXISTS (SELECT 1 FROM phrases WHERE id = a.kind) OR NOT EXISTS (SELECT 1 FROM phrases WHERE id = a.origin)
        UNION ALL
        SELECT 'findings', count(*) FROM findings f
          WHERE NOT EXISTS (SELECT 1 FROM phrases WHERE id = f.rule) OR NOT EXISTS (SELECT 1 FROM phrases WHERE id = f.category)
             OR NOT EXISTS (SELECT 1 FROM phrases WHERE id = f.severity)
             OR (f.shape IS NOT NULL AND NOT EXISTS (SELECT 1 FROM phrases WHERE id = f.shape))
             OR (typeof(f.message) = 'integer' AND NOT EXISTS (SELECT 1 FROM phrases WHERE id = f.message))
        """

    private static func integrityProblems(_ db: Database) throws -> String {
        var problems: [String] = []
        // On some damage SQLite reports a few problems, then stops the check with an error: the
        // error is the last problem, not a failure to read the file.
        do {
            let rows = try String.fetchCursor(db, sql: "PRAGMA integrity_check")
            while let row = try rows.next() { problems.append(row) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            problems.append(Workbench.reason(error))
        }
        guard problems == ["ok"] else { return problems.joined(separator: "\n") }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            problems.append("\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")")
        }
        // Labels, kinds and templates are phrase ids (`CompactRows`) without a declared foreign key.
        for (table, count) in try Row.fetchAll(db, sql: Self.missingPhrases).map({ ($0[0] as String, $0[1] as Int64) }) where count > 0 {
            problems.append("\(table): \(count) \(count == 1 ? "row refers" : "rows refer") to a missing phrase")
        }
        return problems.joined(separator: "\n")
    }
}
