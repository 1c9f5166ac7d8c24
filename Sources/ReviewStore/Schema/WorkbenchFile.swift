import Foundation

/// Checks on the workbench file made before SQLite touches it, so a wrong path is refused without
/// being modified: is it there, readable, writable, an SQLite file at all. Also creates a new
/// workbench owner-only and serialises first-use migrations between processes.
enum WorkbenchFile {
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Whether the file exists; throws when it exists but cannot be used as a workbench file.
    static func inspect(_ path: String) throws(WorkbenchError) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return false }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw .cannotOpen(path: path, reason: "it is not a regular file")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: sqliteHeader.count)
        let count = read(descriptor, &header, header.count)
        if count == 0 { return true }  // an empty file is an empty database
        guard count == header.count, header == sqliteHeader else { throw .notADatabase(path: path) }
        return true
    }

    /// Whether SQLite could write the file and its `-wal`/`-shm` companions.
    static func isWritable(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// Creates an empty workbench file readable and writable by its owner only.
    static func create(_ path: String) throws(WorkbenchError) {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return }  // another process created it first: fine
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }

    /// Runs `body` holding an exclusive lock on `<path>.lock`: without it, processes opening a
    /// new workbench at the same moment race to create the same tables.
    static func withMigrationLock<T>(_ path: String, _ body: () throws(WorkbenchError) -> T) throws(WorkbenchError) -> T {
        let lockPath = path + ".lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: lockPath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .cannotOpen(path: lockPath, reason: String(cString: strerror(errno))) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// An SQLite URI that opens `path` read-only with no locking or WAL files (`immutable=1`).
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
            .replacingOccurrences(of: "#", with: "%23")
        return "file:\(escaped)?immutable=1"
    }
}
