import ArgumentParser
import ReviewStore

/// `assay rename DOC NEW`: gives a stored document a readable name.
struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give a stored document a new name; its versions, verdicts and citations stay with it.",
        discussion: """
        Names cannot contain '@' or ':' (they name versions, DOC@2, and claims, DOC:3f2a9c1e). \
        The audit log keeps both names; a later ingest of the same file or URL still finds the \
        document under its new name.

        Examples:
          assay rename 000_0b590991ea34db62 ncri-repression-2020
        """
    )

    @Argument(help: ArgumentHelp("The document's current name.", valueName: "doc"))
    var document: String

    @Argument(help: ArgumentHelp("Its new name.", valueName: "new-name"))
    var newName: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        try store.renameDocument(document, to: newName, analyst: workbench.analystName)
        StandardStream.standardOutput.write("renamed \(document) to \(newName)\n")
    }
}
