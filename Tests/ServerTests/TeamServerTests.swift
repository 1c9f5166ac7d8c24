import AssayCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Pipeline
import Reporting
import ReviewStore
@testable import Server
import Testing
import TestSupport

@Suite("The team server: sign-in, sessions, form tokens, pages")
struct TeamServerTests {
    static let password = "correct horse battery"

    /// A workbench with one document (named to test escaping) and an analyst's account.
    static func server() throws -> TeamServer {
        let path = try Repository.temporaryFolder().appendingPathComponent("team.sqlite").path
        let workbench = try Workbench.open(path: path, access: .create)
        let document = try ShippedRules.document(text: "Police arrested 40 people on Monday.", source: "a.txt")
        try workbench.ingest(IngestRequest(document: document, name: "report <b>1</b>", path: "/a.txt", analyst: "maria"))
        try workbench.addAccount("maria", role: .analyst, passwordHash: try AccountPasswords.hash(password, cost: 4), analyst: "admin")
        return TeamServer(workbench: workbench)
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// The value a response sets for a cookie.
    static func cookie(_ name: String, in response: TestResponse) -> String? {
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0]
            if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
        }
        return nil
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics
        let encoded = fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        return ByteBuffer(string: encoded)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Signs in through the form as a browser would; the session cookie.
    static func signIn(_ client: some TestClientProtocol, name: String = "maria", password: String = password) async throws -> TestResponse {
        let page = try await client.execute(uri: "/login", method: .get)
        let token = try #require(cookie(TeamServer.signInCookie, in: page))
        var headers = formHeaders
        headers[.cookie] = "\(TeamServer.signInCookie)=\(token)"
        return try await client.execute(uri: "/login", method: .post, headers: headers,
                                        body: form([("csrf", token), ("name", name), ("password", password)]))
    }

    @Test("a visitor is sent to sign in; the page carries a form token and the security headers")
    func visitor() async throws {
        try await Self.server().application().test(.router) { client in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/login")
            #expect(try await client.execute(uri: "/documents/x", method: .get).status == .seeOther)
            let page = try await client.execute(uri: "/login", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy] == TeamPages.contentSecurityPolicy)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            let token = try #require(Self.cookie(TeamServer.signInCookie, in: page))
            #expect(Self.text(page).contains("value=\"\(token)\""))
        }
    }

    @Test("signing in without the form's token, or with a wrong password, is refused; five failures lock the name")
    func refusedSignIns() async throws {
        try await Self.server().application().test(.router) { client in
            let forged = try await client.execute(uri: "/login", method: .post, headers: Self.formHeaders,
                                                  body: Self.form([("csrf", "made-up"), ("name", "maria"), ("password", Self.password)]))
            #expect(forged.status == .forbidden)
            #expect(Self.cookie(TeamServer.sessionCookie, in: forged) == nil)
            for _ in 0..<SignInThrottle.limit {
                let wrong = try await Self.signIn(client, password: "not the password")
                #expect(wrong.status == .unauthorized)
                #expect(Self.text(wrong).contains("Wrong name or password."))
            }
            let locked = try await Self.signIn(client)
            #expect(locked.status == .tooManyRequests)
            #expect(Self.cookie(TeamServer.sessionCookie, in: locked) == nil)
            #expect(try await Self.signIn(client, name: "nobody").status == .unauthorized)
        }
    }

    @Test("a session follows its account: a new role shows at once, and a removed account is signed out")
    func sessionFollowsTheAccount() async throws {
        let server = try Self.server()
        try await server.application().test(.router) { client in
            let session = try #require(Self.cookie(TeamServer.sessionCookie, in: try await Self.signIn(client)))
            let cookie: HTTPFields = [.cookie: "\(TeamServer.sessionCookie)=\(session)"]
            _ = try server.workbench.setRole(of: "maria", to: .curator, analyst: "admin")
            #expect(Self.text(try await client.execute(uri: "/", method: .get, headers: cookie)).contains("maria (curator)"))
            try server.workbench.removeAccount("maria", analyst: "admin")
            let after = try await client.execute(uri: "/", method: .get, headers: cookie)
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/login")
        }
    }

    @Test("a member signs in, sees the documents (names escaped) and a document's page, and signs out with the form's token")
    func session() async throws {
        try await Self.server().application().test(.router) { client in
            let signedIn = try await Self.signIn(client)
            #expect(signedIn.status == .seeOther)
            let session = try #require(Self.cookie(TeamServer.sessionCookie, in: signedIn))
            let cookie: HTTPFields = [.cookie: "\(TeamServer.sessionCookie)=\(session)"]

            let home = try await client.execute(uri: "/", method: .get, headers: cookie)
            #expect(home.status == .ok)
            let list = Self.text(home)
            #expect(list.contains("report &lt;b&gt;1&lt;/b&gt;") && !list.contains("<b>1</b>"))
            #expect(list.contains("href=\"/documents/report%20%3Cb%3E1%3C%2Fb%3E\""))
            #expect(list.contains("maria (analyst)"))

            let document = try await client.execute(uri: "/documents/report%20%3Cb%3E1%3C%2Fb%3E", method: .get, headers: cookie)
            #expect(document.status == .ok)
            #expect(Self.text(document).contains("Police arrested 40 people on Monday."))
            #expect(try await client.execute(uri: "/documents/missing", method: .get, headers: cookie).status == .notFound)

            var post = cookie
            post[.contentType] = "application/x-www-form-urlencoded"
            let forged = try await client.execute(uri: "/logout", method: .post, headers: post, body: Self.form([("csrf", "made-up")]))
            #expect(forged.status == .forbidden)
            let csrf = try #require(list.firstRange(of: "name=\"csrf\" value=\"").map { list[$0.upperBound...].prefix(64) })
            let out = try await client.execute(uri: "/logout", method: .post, headers: post, body: Self.form([("csrf", String(csrf))]))
            #expect(out.status == .seeOther)
            #expect(try await client.execute(uri: "/", method: .get, headers: cookie).status == .seeOther)
        }
    }
}
