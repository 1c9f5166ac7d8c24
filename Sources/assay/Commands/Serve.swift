import ArgumentParser
import Dispatch
import Foundation
import ReviewStore
import Server

/// `assay serve`: the team server.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the workbench in the browser for a desk (in progress: sign-in, documents, document pages).",
        discussion: """
        Members sign in with the accounts of 'assay users'; there must be at least one. The \
        server listens on 127.0.0.1 (this machine only) unless --host says otherwise, and then \
        refuses to start without an admin account. Pages are server-rendered, without script; \
        forms carry a token against cross-site requests; a name that fails to sign in five \
        times is locked for 15 minutes. Ctrl-C stops the server.

        Examples:
          assay users add maria --role admin
          assay serve                       # http://127.0.0.1:8080/
          assay serve --port 9000 --db desk.sqlite
        """
    )

    @Option(help: "The address to listen on: 127.0.0.1 (default) serves this machine only.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535, not \(port).") }
    }

    func run() throws {
        let store = try workbench.open(.write)
        let accounts = try store.accounts()
        guard !accounts.isEmpty else {
            throw CommandError("\(store.path) has no accounts, so nobody could sign in: add one with 'assay users add NAME --role admin'")
        }
        guard TeamServer.isLoopback(host) || accounts.contains(where: { $0.role == .admin }) else {
            throw CommandError("--host \(host) serves other machines, which needs an admin account: add one with 'assay users add NAME --role admin'")
        }
        let server = TeamServer(workbench: store, host: host, port: port)
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        let path = store.path
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do {
                try await server.run { StandardStream.standardError.write("serving \(path) at \(address) (Ctrl-C stops)\n") }
            } catch {
                failure = error
            }
            finished.signal()
        }
        finished.wait()
        // The usual failure: the port is taken (another server, or an earlier 'assay serve').
        if let failure { throw CommandError("cannot serve \(path) at \(address): \(failure)") }
    }
}
