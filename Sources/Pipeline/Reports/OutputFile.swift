import Foundation

/// Where a command's data goes: standard output, or a file written atomically — a temporary
/// file in the same folder, renamed over the target only once complete. Workbench data (an
/// export) is owner-only like the workbench; a report, meant to be shared, gets the user's
/// umask like any other file. A symlink
/// planted at the target is replaced, never followed; an interrupted write leaves the old file.
/// A target that is a device or a pipe (`/dev/stdout`, a FIFO) is written in place: renaming
/// over it would replace the device with a file.
public final class OutputFile {
    private let target: String?
    /// The temporary file, until it is renamed over the target.
    private var temporary: String?
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Standard output.
    public init() {
        target = nil
        temporary = nil
        descriptor = STDOUT_FILENO
    }

    /// Who may read a file written.
    public enum Access: Sendable {
        /// Mode 0600 whatever the umask: what the workbench holds.
        case ownerOnly
        /// Mode 0666 less the umask, as any program's output: reports.
        case userDefault
    }

    /// A new file at `path`, written under a temporary name until `commit()`.
    public init(path: String, access: Access = .ownerOnly) throws(OutputFileError) {
        if Self.isStream(path) {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputFileError(path: path, failed: .write, reason: Self.reason) }
            self.target = path
            self.temporary = nil
            self.descriptor = descriptor
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        let mode: mode_t = access == .ownerOnly ? 0o600 : 0o666
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw OutputFileError(path: path, failed: .write, reason: Self.reason) }
        self.target = path
        self.temporary = temporary
        self.descriptor = descriptor
        guard access == .userDefault || fchmod(descriptor, 0o600) == 0 else { throw failure(.makeOwnerOnly) }
    }

    /// Whether `path` is a character device, a pipe or a socket (not followed if a symlink).
    private static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }

    deinit {
        guard target != nil else { return }
        close(descriptor)
        if let temporary { unlink(temporary) }  // the write failed or was never committed
    }

    public func write(_ text: String) throws(OutputFileError) {
        try write(bytes: text.utf8)
    }

    public func write(bytes: some Sequence<UInt8>) throws(OutputFileError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered; for a file, makes it durable and renames it over the target.
    public func commit() throws(OutputFileError) {
        try flush()
        guard let target, let temporary else { return }  // standard output, a device or a pipe
        guard fsync(descriptor) == 0 else { throw failure(.save) }
        guard rename(temporary, target) == 0 else { throw failure(.replace) }
        self.temporary = nil
    }

    private func flush() throws(OutputFileError) {
        guard OutputFile.writeAll(buffer, to: descriptor) else { throw failure(.write) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure(_ step: OutputFileError.Step) -> OutputFileError {
        OutputFileError(path: target, failed: step, reason: Self.reason)
    }

    /// Why the last system call failed (`errno` in words).
    private static var reason: String { String(cString: strerror(errno)) }

    /// Writes every byte, retrying short and interrupted writes; false (with `errno` set) when
    /// the descriptor refuses.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
