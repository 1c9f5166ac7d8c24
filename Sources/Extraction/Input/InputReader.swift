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
            return try read(descriptor: STDIN_FILENO, source: "-", expectedSize: 0)
        case .webPage(let address):
            // Fetching is the application layer's (`PageFetcher`); a front end that reads an
            // address here has not fetched it.
            throw InputError(source: address, problem: .unreadable("web addresses are read by 'assay analyze' and 'assay ingest'"))
        case .file(let path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw InputError(source: path, problem: .unreadable(reason(errno))) }
            defer { close(descriptor) }
            var status = stat()
            let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
            if size > maximumSize { throw InputError(source: path, problem: .tooLarge(bytes: size)) }
            return try read(descriptor: descriptor, source: path, expectedSize: size)
        }
    }

    /// Reads to the end, or refuses once more than `maximumSize` bytes came (a pipe has no size
    /// to check first). `expectedSize` (a file's size, 0 if unknown) only reserves memory.
    private static func read(descriptor: Int32, source: String, expectedSize: Int) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expectedSize)
        // Raw memory: a zero-filled array cost more than reading a typical article.
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        while true {
            let count = Foundation.read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw InputError(source: source, problem: .unreadable(reason(errno))) }
            if count == 0 { return bytes }
            bytes += UnsafeBufferPointer(rebasing: chunk[..<count])
            if bytes.count > maximumSize { throw InputError(source: source, problem: .tooLarge(bytes: nil)) }
        }
    }

    private static func reason(_ code: Int32) -> String {
        code == EACCES ? "permission denied" : String(cString: strerror(code)).lowercased()
    }
}
