import ArgumentParser
import ReviewStore

/// `assay check`: is the workbench file sound?
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the workbench file's integrity (SQLite integrity and foreign keys).",
        discussion: """
        Prints 'ok' and exits 0 when the file is sound; otherwise prints each problem and \
        exits 2. Run it after a crash or a full disk; restore from a backup if it fails.

        Example:
          assay check --db review.sqlite
        """
    )

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let result = try store.integrityCheck()
        StandardStream.standardOutput.write(result + "\n")
        if result != "ok" { throw ExitCode(2) }
    }
}
