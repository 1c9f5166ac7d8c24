import AssayCore
import Foundation
import Hummingbird
import Pipeline
import Reporting
import ReviewStore

extension TeamServer {
    struct SignInForm: Decodable {
        var csrf: String?
        var name: String?
        var password: String?
    }

    struct TokenForm: Decodable {
        var csrf: String?
    }

    /// The sign-in form, with a fresh form token also set as a cookie: a post must send both, the same.
    func signInPage(problem: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let token = Sessions.randomToken()
        var response = html(TeamPages.signIn(csrf: token, problem: problem), status: status)
        response.setCookie(Cookie(name: Self.signInCookie, value: token, path: "/login", httpOnly: true, sameSite: .strict))
        return response
    }

    func signIn(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await decodeForm(SignInForm.self, request, context)
        guard let token = form.csrf, !token.isEmpty, token == request.cookies[Self.signInCookie]?.value else {
            return try await signInPage(problem: "The form had expired; sign in again.", status: .forbidden)
        }
        let name = form.name ?? "", password = form.password ?? ""
        if await throttle.isLocked(name) {
            return try await signInPage(problem: "Too many failed attempts for this name; wait 15 minutes.", status: .tooManyRequests)
        }
        // A missing account costs a hash check too, so the answer's timing does not say which names exist.
        let stored = try workbench.accountForSignIn(name)
        let matches = await Self.verify(password, hash: stored?.passwordHash ?? Self.decoyHash)
        guard let account = stored?.account, matches else {
            await throttle.recordFailure(name)
            return try await signInPage(problem: "Wrong name or password.", status: .unauthorized)
        }
        await throttle.clear(name)
        let (sessionToken, _) = await sessions.start(account)
        var response = Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(Cookie(name: Self.sessionCookie, value: sessionToken, maxAge: Int(Sessions.lifetime), path: "/",
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    func signOut(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let token = request.cookies[Self.sessionCookie]?.value
        guard let session = try await signedIn(request) else { return Response(status: .seeOther, headers: [.location: "/login"]) }
        let form = try await decodeForm(TokenForm.self, request, context)
        guard form.csrf == session.csrf else { throw HTTPError(.forbidden, message: "The form's token does not match this session.") }
        if let token { await sessions.end(token) }
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        response.setCookie(Cookie(name: Self.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    /// The signed-in member as their account stands now, with their session's form token; nil
    /// for a visitor, and for a session whose account was removed (which it ends).
    func signedIn(_ request: Request) async throws -> (account: Account, csrf: String)? {
        guard let token = request.cookies[Self.sessionCookie]?.value, let session = await sessions.session(token) else { return nil }
        guard let account = try workbench.accountForSignIn(session.name)?.account else {
            await sessions.end(token)
            return nil
        }
        return (account, session.csrf)
    }

    /// Bcrypt takes a quarter of a second by design: on a thread of its own, not the server's.
    private static func verify(_ password: String, hash: String) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: AccountPasswords.verify(password, hash: hash)) }
        }
    }

    func decodeForm<Form: Decodable>(_ type: Form.Type, _ request: Request, _ context: BasicRequestContext) async throws -> Form {
        var request = request
        let body = try await request.collectBody(upTo: Self.largestForm)
        return try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))
    }

    func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// A hash of a random password nobody knows, made once, at the same cost as the accounts':
    /// checked when the name is unknown.
    static let decoyHash = (try? AccountPasswords.hash(Sessions.randomToken())) ?? ""
}
