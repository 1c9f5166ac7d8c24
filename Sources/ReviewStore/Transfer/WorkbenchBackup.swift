import Foundation
import GRDB

extension Workbench {
    /// Copies the workbench to a new file with SQLite's online backup API: one consistent
    /// snapshot, taken while other processes go on writing. The copy is readable and writable by
    /// its owner only and is checked with `PRAGMA integrity_check` before this returns.
    ///
    /// A file (or a symlink, even a dangling one) already at `destination` is refused, never
    /// overwritten. On any failure the partial copy is removed.
    public func backup(to destination: String) throws(WorkbenchError) {
        try WorkbenchBackup.createEmpty(destination)
        do {
            try WorkbenchBackup.copy(from: database, to: destination)
        } catch {
            WorkbenchBackup.remove(destination)
            throw error
        }
    }
}

enum WorkbenchBackup {
    /// Claims `path` with an exclusive create that does not follow symlinks, so nothing that is
    /// there — or appears there meanwhile — is ever written through.
    static func createEmpty(_ path: String) throws(WorkbenchError) {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST {
                throw .backupExists(path: path)
            }
            throw .backupNotCreated(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        // The umask may have taken bits away, never added them; make the mode exact.
        guard fchmod(descriptor, 0o600) == 0 else {
            let reason = String(cString: strerror(errno))
            remove(path)
            throw .backupNotOwnerOnly(path: path, reason: reason)
        }
    }

    static func copy(from source: any DatabaseReader, to path: String) throws(WorkbenchError) {
        let result: String
        do {
            let destination = try DatabaseQueue(path: path)
            try source.backup(to: destination)
            result = try destination.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
        } catch {
            throw .backupFailed(path: path, reason: Workbench.reason(error))
        }
        guard result == "ok" else {
            throw .backupDamaged(path: path, problems: result)
        }
    }

    /// Removes a copy this process created, with the journal files SQLite may have left beside it.
    static func remove(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
