import ArgumentParser
import AssayCore
import Pipeline
import ReviewStore

/// `assay users`: the desk's accounts for the team server.
struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Keep the desk's accounts: who signs in to the team server, in which role.",
        discussion: """
        Roles: analyst (reviews the claims assigned to them), curator (also assigns claims and \
        records final verdicts), admin (also keeps the accounts). An account's name is the analyst \
        name its work is recorded under. Passwords (at least 10 characters) are typed twice at \
        the terminal, or given on standard input with --password-stdin; the workbench keeps only \
        their bcrypt hash. Accounts stay with the workbench file: a backup copies them, an export \
        leaves them out. Every change is in the audit log.

        Examples:
          assay users add maria --role curator
          printf '%s\\n' "$PASSWORD" | assay users add tom --role analyst --password-stdin
          assay users list
          assay users role tom curator
          assay users passwd tom
          assay users remove tom
        """,
        subcommands: [UsersAdd.self, UsersList.self, UsersRole.self, UsersPasswd.self, UsersRemove.self]
    )
}

extension Account.Role: ExpressibleByArgument {}

struct UsersAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account.")

    @Argument(help: "The account's name: the analyst name its work is recorded under.")
    var name: String

    @Option(help: "analyst, curator or admin.")
    var role: Account.Role

    @Flag(help: "Read the password from the first line of standard input instead of prompting.")
    var passwordStdin = false

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        try Workbench.validateAccountName(name)
        let store = try workbench.open(.create)
        // Refused before the password is asked for.
        if try store.accountForSignIn(name) != nil { throw WorkbenchError.accountExists(name) }
        let hash = try AccountPasswords.hash(try PasswordEntry.read(for: name, fromStandardInput: passwordStdin))
        let account = try store.addAccount(name, role: role, passwordHash: hash, analyst: workbench.analystName)
        StandardStream.standardOutput.write("added \(account.name) (\(account.role.rawValue))\n")
    }
}

struct UsersList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let accounts = try workbench.open(.read).accounts()
        if format == .json { return printJSON(accounts) }
        guard !accounts.isEmpty else {
            return StandardStream.standardError.write("no accounts yet; add one with 'assay users add NAME --role admin'\n")
        }
        let width = accounts.map(\.name.count).max() ?? 0
        for account in accounts {
            let padding = String(repeating: " ", count: width - account.name.count)
            StandardStream.standardOutput.write("\(account.name)\(padding)  \(account.role.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  since \(account.createdAt)\n")
        }
    }
}

struct UsersRole: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "Give an account another role.")

    @Argument(help: "The account's name.")
    var name: String

    @Argument(help: "analyst, curator or admin.")
    var role: Account.Role

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let account = try workbench.open(.write).setRole(of: name, to: role, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(account.name) is now \(account.role.rawValue)\n")
    }
}

struct UsersPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Give an account a new password.")

    @Argument(help: "The account's name.")
    var name: String

    @Flag(help: "Read the password from the first line of standard input instead of prompting.")
    var passwordStdin = false

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        guard try store.accountForSignIn(name) != nil else { throw WorkbenchError.unknownAccount(name) }
        let hash = try AccountPasswords.hash(try PasswordEntry.read(for: name, fromStandardInput: passwordStdin))
        try store.setPassword(of: name, passwordHash: hash, analyst: workbench.analystName)
        StandardStream.standardOutput.write("changed the password of \(name)\n")
    }
}

struct UsersRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an account (the work recorded under its name stays).")

    @Argument(help: "The account's name.")
    var name: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        try workbench.open(.write).removeAccount(name, analyst: workbench.analystName)
        StandardStream.standardOutput.write("removed \(name)\n")
    }
}
