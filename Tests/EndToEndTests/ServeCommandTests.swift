import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

@Suite("assay serve")
struct ServeCommandTests {
    @Test("without accounts, or on another address without an admin, the server refuses to start")
    func refusals() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["init"]).status == 0)
        let none = try session.run(["serve", "--port", "18931"])
        #expect(none.status == 2)
        #expect(none.stderr == "error: \(session.db) has no accounts, so nobody could sign in: add one with 'assay users add NAME --role admin'\n")
        #expect(try session.run(["users", "add", "tom", "--role", "analyst", "--password-stdin"],
                                stdin: Data("correct horse battery\n".utf8)).status == 0)
        let open = try session.run(["serve", "--host", "0.0.0.0", "--port", "18931"])
        #expect(open.status == 2)
        #expect(open.stderr == "error: --host 0.0.0.0 serves other machines, which needs an admin account: add one with 'assay users add NAME --role admin'\n")
        #expect(try session.run(["serve", "--port", "0"]).status == 64)
    }

    @Test("on 127.0.0.1 it answers over real HTTP: a visitor is sent to the sign-in page, which carries its security headers; a second server on the port is refused, naming it")
    func servesOverHTTP() async throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["users", "add", "maria", "--role", "admin", "--password-stdin"],
                                stdin: Data("correct horse battery\n".utf8)).status == 0)
        let port = Int.random(in: 20_000...40_000)
        let log = try Repository.temporaryFolder().appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = AssayBinary.url
        process.arguments = ["serve", "--db", session.db, "--port", String(port)]
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        let deadline = Date().addingTimeInterval(20)
        while !(try String(contentsOf: log, encoding: .utf8)).contains("serving"), Date() < deadline, process.isRunning {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        let delegate = NoRedirects()
        let client = URLSession(configuration: .ephemeral, delegate: delegate, delegateQueue: nil)
        let (_, home) = try await client.data(from: URL(string: "http://127.0.0.1:\(port)/")!)
        let redirect = try #require(home as? HTTPURLResponse)
        #expect(redirect.statusCode == 303)
        #expect(redirect.value(forHTTPHeaderField: "Location") == "/login")
        let (body, page) = try await client.data(from: URL(string: "http://127.0.0.1:\(port)/login")!)
        let response = try #require(page as? HTTPURLResponse)
        #expect(response.statusCode == 200)
        #expect(response.value(forHTTPHeaderField: "Content-Security-Policy")?.hasPrefix("default-src 'none'") == true)
        #expect(String(decoding: body, as: UTF8.self).contains("<form method=\"post\" action=\"/login\">"))
        let second = try session.run(["serve", "--port", String(port)])
        #expect(second.status == 2)
        #expect(second.stderr.hasPrefix("error: cannot serve \(session.db) at http://127.0.0.1:\(port)/: "), "\(second.stderr)")
        #expect(!second.stderr.contains("serving"), "it said it was serving before it could")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Ctrl-C stops the server cleanly")
    }
}

/// Keeps a redirect as the answer, to check where it points.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
