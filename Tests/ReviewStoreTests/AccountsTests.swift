import AssayCore
import Foundation
@testable import ReviewStore
import GRDB
import Testing

@Suite("The desk's accounts")
struct AccountsTests {
    @Test("an account is added, listed, given another role and password, and removed; each change is audited")
    func lifecycle() throws {
        let fixture = try WorkbenchFixture()
        let workbench = fixture.workbench
        let added = try workbench.addAccount("maria", role: .curator, passwordHash: "hash-1", analyst: "admin")
        #expect(added.name == "maria" && added.role == .curator)
        try workbench.addAccount("tom", role: .analyst, passwordHash: "hash-2", analyst: "admin")
        #expect(try workbench.accounts().map(\.name) == ["maria", "tom"])
        #expect(try workbench.accountForSignIn("tom")?.passwordHash == "hash-2")
        #expect(try workbench.accountForSignIn("nobody") == nil)

        #expect(try workbench.setRole(of: "tom", to: .admin, analyst: "maria").role == .admin)
        try workbench.setPassword(of: "tom", passwordHash: "hash-3", analyst: "tom")
        #expect(try workbench.accountForSignIn("tom")?.passwordHash == "hash-3")
        try workbench.removeAccount("maria", analyst: "tom")
        #expect(try workbench.accounts().map(\.name) == ["tom"])

        let audit = try workbench.database.read { db in
            try Row.fetchAll(db, sql: "SELECT analyst, action, subject, detail FROM audit_log ORDER BY id")
                .map { "\($0["analyst"] as String) \($0["action"] as String) \($0["subject"] as String) \($0["detail"] as String)" }
        }
        #expect(audit == ["admin account-add maria curator", "admin account-add tom analyst", "maria account-role tom admin",
                          "tom account-password tom ", "tom account-remove maria "])
    }

    @Test("a taken name, a name with a space or a control character, and an unknown account are refused, changing nothing")
    func refusals() throws {
        let fixture = try WorkbenchFixture()
        let workbench = fixture.workbench
        try workbench.addAccount("maria", role: .analyst, passwordHash: "h", analyst: "admin")
        #expect(throws: WorkbenchError.accountExists("maria")) {
            try workbench.addAccount("maria", role: .admin, passwordHash: "other", analyst: "admin")
        }
        for name in ["", "two words", "tab\tname", "bell\u{7}", String(repeating: "x", count: 65)] {
            #expect(throws: WorkbenchError.invalidAccountName(name)) {
                try workbench.addAccount(name, role: .analyst, passwordHash: "h", analyst: "admin")
            }
        }
        #expect(throws: WorkbenchError.unknownAccount("tom")) { try workbench.setRole(of: "tom", to: .admin, analyst: "admin") }
        #expect(throws: WorkbenchError.unknownAccount("tom")) { try workbench.setPassword(of: "tom", passwordHash: "h", analyst: "admin") }
        #expect(throws: WorkbenchError.unknownAccount("tom")) { try workbench.removeAccount("tom", analyst: "admin") }
        #expect(try workbench.accounts().map(\.role) == [.analyst])
        #expect(try workbench.accountForSignIn("maria")?.passwordHash == "h")
        #expect(try fixture.count("SELECT count(*) FROM audit_log") == 1)
    }

    @Test("an export leaves the accounts and their hashes out, and their migration changes no export line")
    func exportLeavesAccountsOut() throws {
        let fixture = try WorkbenchFixture()
        try fixture.workbench.addAccount("maria", role: .admin, passwordHash: "$2b$12$secret", analyst: "admin")
        var lines: [String] = []
        _ = try fixture.workbench.export { (line: String) in lines.append(line) }
        let text = lines.joined(separator: "\n")
        #expect(text.contains("account-add"), "the audit log keeps the change")
        #expect(!text.contains("\"table\":\"accounts\"") && !text.contains("$2b$12$secret"))
        #expect(WorkbenchSchema.exportNeutralMigrations.contains("v10-accounts"))
    }
}
