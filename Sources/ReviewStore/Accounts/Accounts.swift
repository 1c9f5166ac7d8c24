import AssayCore
import GRDB

/// The desk's accounts: who may sign in to the team server, in which role. The store keeps a
/// password's hash as it is given (`Pipeline.AccountPasswords` makes and checks it); every change
/// is in the audit log, under the analyst who made it. Accounts stay with the workbench file
/// (a backup copies them) and are not exported.
extension Workbench {
    /// Adds an account; a name another account has is refused.
    public func addAccount(_ name: String, role: Account.Role, passwordHash: String, analyst: String)
        throws(WorkbenchError) -> Account {
        try Self.validateAccountName(name)
        return try write { db in
            guard try Self.account(db, name) == nil else { throw WorkbenchError.accountExists(name) }
            let now = Workbench.timestamp()
            try db.execute(sql: """
                INSERT INTO accounts (name, role, password_hash, created_at, changed_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, role.rawValue, passwordHash, now, now])
            try Workbench.audit(db, analyst: analyst, action: "account-add", subject: name, detail: role.rawValue)
            return Account(name: name, role: role, createdAt: now, changedAt: now)
        }
    }

    /// Every account, by name.
    public func accounts() throws(WorkbenchError) -> [Account] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, created_at, changed_at FROM accounts ORDER BY name").map(Self.account)
        }
    }

    /// An account with its password's hash, for signing in; nil when there is none of that name.
    public func accountForSignIn(_ name: String) throws(WorkbenchError) -> (account: Account, passwordHash: String)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT name, role, created_at, changed_at, password_hash FROM accounts WHERE name = ?
                """, arguments: [name]) else { return nil }
            return (Self.account(row), row["password_hash"])
        }
    }

    /// Gives an account a new password's hash.
    public func setPassword(of name: String, passwordHash: String, analyst: String) throws(WorkbenchError) {
        try write { db in
            try db.execute(sql: "UPDATE accounts SET password_hash = ?, changed_at = ? WHERE name = ?",
                           arguments: [passwordHash, Workbench.timestamp(), name])
            guard db.changesCount > 0 else { throw WorkbenchError.unknownAccount(name) }
            try Workbench.audit(db, analyst: analyst, action: "account-password", subject: name)
        }
    }

    /// Gives an account another role.
    public func setRole(of name: String, to role: Account.Role, analyst: String) throws(WorkbenchError) -> Account {
        try write { db in
            try db.execute(sql: "UPDATE accounts SET role = ?, changed_at = ? WHERE name = ?",
                           arguments: [role.rawValue, Workbench.timestamp(), name])
            guard db.changesCount > 0, let account = try Self.account(db, name) else { throw WorkbenchError.unknownAccount(name) }
            try Workbench.audit(db, analyst: analyst, action: "account-role", subject: name, detail: role.rawValue)
            return account
        }
    }

    /// Removes an account. The work recorded under its name stays, as the audit log does.
    public func removeAccount(_ name: String, analyst: String) throws(WorkbenchError) {
        try write { db in
            try db.execute(sql: "DELETE FROM accounts WHERE name = ?", arguments: [name])
            guard db.changesCount > 0 else { throw WorkbenchError.unknownAccount(name) }
            try Workbench.audit(db, analyst: analyst, action: "account-remove", subject: name)
        }
    }

    private static func account(_ db: Database, _ name: String) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT name, role, created_at, changed_at FROM accounts WHERE name = ?", arguments: [name])
            .map(account)
    }

    private static func account(_ row: Row) -> Account {
        // The table's CHECK constraint admits only the three roles.
        Account(name: row["name"], role: Account.Role(rawValue: row["role"]) ?? .analyst,
                createdAt: row["created_at"], changedAt: row["changed_at"])
    }

    /// A name signs in and is recorded beside every verdict: one to 64 characters, none of them
    /// a space or a control character.
    public static func validateAccountName(_ name: String) throws(WorkbenchError) {
        guard !name.isEmpty, name.count <= 64,
              !name.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control })
        else { throw .invalidAccountName(name) }
    }
}
