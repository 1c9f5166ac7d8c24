import Foundation

/// A small HTTP/1.0 server on 127.0.0.1 (a free port) for the tests of fetching: each request's
/// path is answered by `respond`, a connection at a time on a thread of its own. Never the
/// internet: every test address is this server's.
public final class LocalWebServer: @unchecked Sendable {
    /// What a path answers.
    public enum Answer: Sendable {
        /// A status, headers and body. Without a Content-Length header the body ends when the
        /// connection closes.
        case page(status: Int, headers: [(String, String)], body: [UInt8])
        /// Accepts the request and never answers (until the server stops).
        case silence
    }

    public let port: UInt16
    private let listener: Int32
    private let respond: @Sendable (String) -> Answer
    private let stopped = NSLock()
    private var isStopped = false

    /// Starts listening; `respond` gets each request's path (with its query).
    public init(respond: @escaping @Sendable (String) -> Answer) throws {
        self.respond = respond
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { close(listener); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// `http://127.0.0.1:PORT/path`.
    public func address(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Stops listening, once (a second close could close another server's reused descriptor).
    public func stop() {
        let first = stopped.withLock {
            defer { isStopped = true }
            return !isStopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    deinit { stop() }

    /// `text/html` page with a Content-Length.
    public static func html(_ text: String, status: Int = 200) -> Answer {
        .page(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "\(text.utf8.count)")],
              body: Array(text.utf8))
    }

    /// A redirect to `location`.
    public static func redirect(to location: String) -> Answer {
        .page(status: 302, headers: [("Location", location), ("Content-Length", "0")], body: [])
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var request: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: [13, 10, 13, 10]) {
            let count = read(connection, &chunk, chunk.count)
            guard count > 0 else { return }
            request += chunk[..<count]
        }
        let firstLine = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = firstLine.count > 1 ? String(firstLine[1]) : "/"
        switch respond(path) {
        case .silence:
            while !stopped.withLock({ isStopped }) { usleep(50_000) }
        case .page(let status, let headers, let body):
            var head = "HTTP/1.0 \(status) \(HTTPURLResponseName.name(status))\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            head += "Connection: close\r\n\r\n"
            write(connection, Array(head.utf8) + body)
        }
    }

    private func write(_ connection: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(connection, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}

private enum HTTPURLResponseName {
    static func name(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
