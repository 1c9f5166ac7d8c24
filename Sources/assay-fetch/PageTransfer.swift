import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One transfer's state, filled by URLSession's delegate calls on its own queue and read by the
/// fetching thread once `wait` returns.
final class PageTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Answer {
        var status: Int
        var contentType: String?
        var finalAddress: String?
        var body: [UInt8]
    }

    enum Problem: Error {
        case tooLarge(Int?)
        case tooManyRedirects(Int)
        case redirectedAway(String)
        case transport(URLError)
        case other(String)

        func description(timeout: Double, maximumSize: Int) -> String {
            switch self {
            case .tooLarge(let size):
                let limit = "Assay fetches up to \(Self.size(maximumSize))"
                return size.map { "the page is too large (\(Self.size($0)); \(limit))" } ?? "the page is too large (\(limit))"
            case .tooManyRedirects(let count): return "more than \(count) redirects"
            case .redirectedAway(let address): return "it redirects to \(address), which is not an http or https address"
            case .transport(let error): return Self.words(error, timeout: timeout)
            case .other(let reason): return reason
            }
        }

        /// `32 MB` for 32,000,000 bytes, `40.5 MB`, `1000 bytes`.
        private static func size(_ bytes: Int) -> String {
            guard bytes >= 1_000_000 else { return "\(bytes) bytes" }
            let tenths = (bytes + 50_000) / 100_000
            return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)") + " MB"
        }

        private static func words(_ error: URLError, timeout: Double) -> String {
            let host = error.failingURL?.host.map { " \($0)" } ?? ""
            switch error.code {
            case .timedOut: return "no answer within \(timeout.formatted()) second\(timeout == 1 ? "" : "s") (--fetch-timeout)"
            case .cannotFindHost, .dnsLookupFailed: return "the host\(host) was not found"
            case .cannotConnectToHost: return "the host\(host) refused the connection"
            case .networkConnectionLost: return "the connection was lost"
            case .notConnectedToInternet: return "this machine is not connected to a network"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                 .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
                return "the secure connection failed (\(error.localizedDescription))"
            case .httpTooManyRedirects: return "too many redirects"
            default: return error.localizedDescription
            }
        }
    }

    private let maximumSize: Int
    private let maximumRedirects: Int
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var redirects = 0
    private var body: [UInt8] = []
    private var problem: Problem?
    private var response: HTTPURLResponse?

    init(maximumSize: Int, maximumRedirects: Int) {
        self.maximumSize = maximumSize
        self.maximumRedirects = maximumRedirects
    }

    func wait() -> Result<Answer, Problem> {
        finished.wait()
        return lock.withLock {
            if let problem { return .failure(problem) }
            guard let response else { return .failure(.other("the server sent no answer")) }
            return .success(Answer(status: response.statusCode, contentType: response.value(forHTTPHeaderField: "Content-Type"),
                                   finalAddress: response.url?.absoluteString, body: body))
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let refusal: Problem? = lock.withLock {
            redirects += 1
            let scheme = request.url?.scheme?.lowercased()
            if scheme != "http" && scheme != "https" { problem = .redirectedAway(request.url?.absoluteString ?? "?") }
            else if redirects > maximumRedirects { problem = .tooManyRedirects(maximumRedirects) }
            return problem
        }
        // Refused by not following (the 3xx becomes the answer, and the problem is reported);
        // cancelling the task here as well makes FoundationNetworking trap.
        completionHandler(refusal == nil ? request : nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let tooLarge: Bool = lock.withLock {
            self.response = response as? HTTPURLResponse
            if response.expectedContentLength > Int64(maximumSize) {
                problem = .tooLarge(Int(response.expectedContentLength))
                return true
            }
            return false
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge: Bool = lock.withLock {
            body += data
            if body.count > maximumSize, problem == nil { problem = .tooLarge(nil) }
            return problem != nil
        }
        if tooLarge { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if problem == nil, let error {
                problem = (error as? URLError).map(Problem.transport) ?? .other(error.localizedDescription)
            }
        }
        finished.signal()
    }
}
