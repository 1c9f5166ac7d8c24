import AssayCore
import Extraction
import Foundation

/// Fetches a web page for `analyze` and `ingest`: http and https only (redirects too), at most
/// `maximumRedirects` redirects and `maximumSize` bytes, within `timeout` seconds in all. Every
/// failure is an `InputError` naming the address and what went wrong.
///
/// The transfer runs in `assay-fetch`, a small program installed beside `assay` (the only code
/// that reaches the network): linked into `assay`, the networking libraries made every command
/// start half again slower, fetching or not.
public struct PageFetcher: Sendable {
    /// Articles and reports are far smaller; a larger answer is most often not the page meant.
    public static let defaultMaximumSize = 32_000_000
    public static let maximumRedirects = 5

    /// Seconds the whole fetch may take.
    public var timeout: Double
    /// Bytes a page may have.
    public var maximumSize: Int

    public init(timeout: Double = 30, maximumSize: Int = PageFetcher.defaultMaximumSize) {
        self.timeout = timeout
        self.maximumSize = maximumSize
    }

    /// The page's bytes, media type and charset, the address it ended at and when it was read.
    public func fetch(_ address: String) throws(InputError) -> FetchedPage {
        guard let url = URL(string: address), let host = url.host, !host.isEmpty else {
            throw InputError(source: address, problem: .notFetched("it is not a valid web address"))
        }
        guard let program = ShippedFiles.fetcher else {
            throw InputError(source: address, problem: .notFetched(
                "assay-fetch, which fetches web pages, was not found beside the assay binary "
                    + "(build both with 'swift build', or install both with scripts/install.sh PREFIX)"))
        }
        let retrievedAt = Timestamp.now()
        let output = try run(program, arguments: [timeout.description, String(maximumSize), String(Self.maximumRedirects), address],
                             address: address)
        guard let newline = output.firstIndex(of: 0x0A),
              let header = try? JSONSerialization.jsonObject(with: Data(output[..<newline])) as? [String: Any] else {
            throw InputError(source: address, problem: .notFetched("assay-fetch gave no answer"))
        }
        if let problem = header["problem"] as? String { throw InputError(source: address, problem: .notFetched(problem)) }
        let status = header["status"] as? Int ?? 0
        guard (200..<300).contains(status) else {
            throw InputError(source: address, problem: .notFetched("the server answered \(status) (\(Self.statusName(status)))"))
        }
        return FetchedPage(bytes: Array(output[(newline + 1)...]), contentType: header["contentType"] as? String,
                           finalAddress: header["finalAddress"] as? String ?? address, retrievedAt: retrievedAt)
    }

    /// `assay-fetch`'s output; it is stopped if it outlives its own timeout by 10 seconds.
    private func run(_ program: String, arguments: [String], address: String) throws(InputError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw InputError(source: address, problem: .notFetched("assay-fetch could not be started (\(error.localizedDescription))"))
        }
        let limit = timeout + 10, started = Date()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        if process.terminationReason == .uncaughtSignal {
            let stoppedByWatchdog = Date().timeIntervalSince(started) >= limit
            throw InputError(source: address, problem: .notFetched(stoppedByWatchdog
                ? "no answer within \(timeout.formatted()) seconds (--fetch-timeout)"
                : "assay-fetch stopped on signal \(process.terminationStatus)"))
        }
        return [UInt8](bytes)
    }

    /// `Not Found` for 404: the reason phrases an analyst meets.
    private static func statusName(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: status >= 500 ? "a server error" : status >= 400 ? "a client error" : "not a page"
        }
    }
}
