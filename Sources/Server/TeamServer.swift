import AssayCore
import Foundation
import Hummingbird
import Pipeline
import Reporting
import ReviewStore

/// `assay serve`: the workbench in the browser for a desk. Routes are thin: they check who is
/// signed in and their form token, call the workbench, and render a page from `Reporting`.
public struct TeamServer: Sendable {
    public let workbench: Workbench
    public let host: String
    public let port: Int
    let sessions = Sessions()
    let throttle = SignInThrottle()

    /// The name of the session cookie, and of the cookie that carries the sign-in form's token.
    static let sessionCookie = "assay_session"
    static let signInCookie = "assay_signin"
    /// The most a form may send.
    static let largestForm = 64 * 1024

    public init(workbench: Workbench, host: String = "127.0.0.1", port: Int = 8080) {
        self.workbench = workbench
        self.host = host
        self.port = port
    }

    /// Whether the server listens only on this machine.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    /// `onRunning` is called once the server listens.
    public func application(onRunning: @escaping @Sendable () -> Void = {}) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "assay"),
                    onServerRunning: { _ in onRunning() })
    }

    public func run(onRunning: @escaping @Sendable () -> Void = {}) async throws {
        try await application(onRunning: onRunning).runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        router.get("/login") { _, _ in try await signInPage(problem: nil) }
        router.post("/login") { request, context in try await signIn(request, context) }
        router.post("/logout") { request, context in try await signOut(request, context) }
        router.get("/") { request, _ in try await documentList(request) }
        router.get("/documents/:name") { request, context in try await documentPage(request, context) }
        return router
    }
}

/// The headers every answer carries: the Content Security Policy, no sniffing, no framing, no referrer.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = TeamPages.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
