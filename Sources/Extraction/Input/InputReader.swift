import Foundation

/// Reads an input's bytes. One document is in memory at a time: callers read, extract and
/// emit each document before reading the next.
public enum InputReader {
    /// The largest document Assay reads, in bytes. Extraction keeps the whole document model in
    /// memory (about 25 times the input's size), so without a limit a stray 200 MB log would
    /// take minutes and gigabytes before failing; news articles and reports are far smaller.
    public static let maximumSize = 64_000_000

    public static func read(_ item: InputItem) throws(InputError) -> [UInt8] {
        switch item {
        case .standardInput:
            return try read(descriptor: STDIN_FILENO, source: "-")
        case .file(let path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw InputError(source: path, problem: .unreadable(reason(errno))) }
            defer { close(descriptor) }
            var status = stat()
            if fstat(descriptor, &status) == 0, Int(status.st_size) > maximumSize {
                throw InputError(source: path, problem: .tooLarge(bytes: Int(status.st_size)))
            }
            return try read(descriptor: descriptor, source: path)
        }
    }

    /// Reads to the end, or refuses once more than `maximumSize` bytes came (a pipe has no size
    /// to check first).
    private static func read(descriptor: Int32, source: String) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw InputError(source: source, problem: .unreadable(reason(errno))) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if bytes.count > maximumSize { throw InputError(source: source, problem: .tooLarge(bytes: nil)) }
        }
    }

    private static func reason(_ code: Int32) -> String {
        code == EACCES ? "permission denied" : String(cString: strerror(code)).lowercased()
    }
}
