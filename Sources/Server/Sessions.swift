import AssayCore
import Foundation

/// Who is signed in: a random token (the session cookie's value) for each sign-in, with the
/// account's name, the form token (CSRF) its pages carry, and when it ends. The account itself
/// is read again on every request, so a removed account is signed out and a new role counts at
/// once. In memory: restarting the server signs everyone out.
actor Sessions {
    struct Session: Sendable {
        var name: String
        var csrf: String
        var expires: Date
    }

    static let lifetime: TimeInterval = 12 * 60 * 60
    private var sessions: [String: Session] = [:]

    /// A new session for the account; its token.
    func start(_ account: Account, now: Date = Date()) -> (token: String, session: Session) {
        sessions = sessions.filter { $0.value.expires > now }
        let session = Session(name: account.name, csrf: Self.randomToken(), expires: now.addingTimeInterval(Self.lifetime))
        let token = Self.randomToken()
        sessions[token] = session
        return (token, session)
    }

    func session(_ token: String?, now: Date = Date()) -> Session? {
        guard let token, let session = sessions[token] else { return nil }
        guard session.expires > now else {
            sessions[token] = nil
            return nil
        }
        return session
    }

    func end(_ token: String) {
        sessions[token] = nil
    }

    /// 32 random bytes as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}

/// Failed sign-ins per name: after `limit` within `window`, that name cannot sign in until the
/// window has passed, whatever the password.
actor SignInThrottle {
    static let limit = 5
    static let window: TimeInterval = 15 * 60
    private var failures: [String: [Date]] = [:]

    func isLocked(_ name: String, now: Date = Date()) -> Bool {
        recent(name, now: now).count >= Self.limit
    }

    func recordFailure(_ name: String, now: Date = Date()) {
        // Names whose failures have all aged out are forgotten, so made-up names cannot fill memory.
        failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < Self.window } }
        failures[name] = recent(name, now: now) + [now]
    }

    func clear(_ name: String) {
        failures[name] = nil
    }

    private func recent(_ name: String, now: Date) -> [Date] {
        (failures[name] ?? []).filter { now.timeIntervalSince($0) < Self.window }
    }
}
