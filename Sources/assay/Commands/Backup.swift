import ArgumentParser
import ReviewStore

/// `assay backup`: a consistent copy of the workbench while it is in use.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the workbench to a new file, safely, even while others are writing to it.",
        discussion: """
        Uses SQLite's online backup API: the copy is one consistent snapshot, taken without \
        stopping other 'assay' processes. It is readable and writable by its owner only, and \
        checked with PRAGMA integrity_check before the command succeeds. FILE must not exist: \
        a backup never overwrites a file (exit 2). Restore by using the copy as --db, or by \
        copying it back while no one is using the workbench.

        Examples:
          assay backup -o backups/review-2024-05-01.sqlite
          assay backup --db review.sqlite -o /mnt/usb/review.sqlite
          assay claims --db backups/review-2024-05-01.sqlite
        """
    )

    // -o, as every command that writes a file names it.
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write the copy (a new file).", valueName: "file"))
    var destination: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        try store.backup(to: destination)
        StandardStream.standardError.write("backed up \(store.path) to \(destination)\n")
    }
}
