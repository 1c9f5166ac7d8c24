import Foundation
import Testing

@Suite("assay users: the desk's accounts")
struct UsersCommandTests {
    @Test("accounts are added from standard input, listed, given a role, and removed; refusals exit 2 and change nothing")
    func accountsFromScripts() throws {
        let session = try WorkbenchSession()
        let add = try session.run(["users", "add", "maria", "--role", "curator", "--password-stdin"],
                                  stdin: Data("correct horse battery\n".utf8))
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdoutText == "added maria (curator)\n")

        let refusals: [([String], String, String)] = [
            (["users", "add", "tom", "--role", "analyst", "--password-stdin"], "short\n",
             "error: the password must be at least 10 characters; nothing was changed\n"),
            (["users", "add", "maria", "--role", "admin", "--password-stdin"], "another long password\n",
             "error: an account named 'maria' already exists (see 'assay users list')\n"),
            (["users", "add", "two words", "--role", "admin", "--password-stdin"], "another long password\n",
             "error: account name 'two words' must be 1 to 64 characters without spaces or control characters\n"),
            (["users", "add", "tom", "--role", "analyst"], "",
             "error: give the password on standard input with --password-stdin, or run the command at a terminal\n"),
            (["users", "remove", "tom"], "", "error: no account named 'tom' (see 'assay users list')\n"),
        ]
        for (arguments, input, message) in refusals {
            let run = try session.run(arguments, stdin: Data(input.utf8))
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
        }

        #expect(try session.run(["users", "role", "maria", "admin"]).stdoutText == "maria is now admin\n")
        let passwd = try session.run(["users", "passwd", "maria", "--password-stdin"], stdin: Data("a new long password\n".utf8))
        #expect(passwd.stdoutText == "changed the password of maria\n", "\(passwd.stderr)")
        let unknown = try session.run(["users", "passwd", "tom", "--password-stdin"], stdin: Data("a new long password\n".utf8))
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: no account named 'tom' (see 'assay users list')\n")
        let list = try session.run(["users", "list", "--format", "json"])
        let accounts = try #require(try JSONSerialization.jsonObject(with: Data(list.stdoutText.utf8)) as? [[String: Any]])
        #expect(accounts.map { $0["name"] as? String } == ["maria"])
        #expect(accounts.map { $0["role"] as? String } == ["admin"])
        #expect(!list.stdoutText.contains("$2"), "no hash is shown")
        #expect(try session.run(["users", "remove", "maria"]).stdoutText == "removed maria\n")
        #expect(try session.run(["users", "list"]).stderr == "no accounts yet; add one with 'assay users add NAME --role admin'\n")
    }

    @Test("at a terminal the password is typed twice without echo; two different entries change nothing")
    func passwordAtTheTerminal() throws {
        let session = try WorkbenchSession()
        let terminal = try Self.add("maria", typing: "correct horse battery", then: "correct horse battery", db: session.db)
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.screen().contains("correct horse"), "the password was echoed")
        #expect(terminal.screen().contains("added maria (analyst)"))

        let mismatch = try Self.add("tom", typing: "correct horse battery", then: "correct horse batterY", db: session.db)
        #expect(try mismatch.waitForExit() == 2)
        #expect(mismatch.screen().contains("the two passwords differ; nothing was changed"))
        let list = try session.run(["users", "list", "--format", "json"])
        #expect(!list.stdoutText.contains("tom"))
    }

    /// `assay users add NAME` at a terminal, with the two entries typed at its prompts.
    private static func add(_ name: String, typing first: String, then second: String, db: String) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(["users", "add", name, "--role", "analyst", "--db", db])
        try terminal.waitFor("Password for \(name): ")
        _ = terminal.send(first + "\r")
        try terminal.waitFor("Again: ")
        _ = terminal.send(second + "\r")
        return terminal
    }
}
