import ArgumentParser
import ReviewStore

/// `assay tag`: free labels on a claim.
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Add labels to a claim (claims, search and reports filter by them).",
        discussion: """
        Examples:
          assay tag 3f2a9c1e needs-expert 1988-massacre
          assay claims --tag needs-expert
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String

    @Argument(help: ArgumentHelp("One or more tags, each one word.", valueName: "tag"))
    var tags: [String] = []

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let now = try store.tag(claim, tags: tags, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(claim): \(now.joined(separator: " "))\n")
    }
}

/// `assay untag`: remove labels from a claim.
struct Untag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untag",
        abstract: "Remove labels from a claim.",
        discussion: """
        Example:
          assay untag 3f2a9c1e needs-expert
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String

    @Argument(help: ArgumentHelp("The tags to remove.", valueName: "tag"))
    var tags: [String] = []

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let now = try store.untag(claim, tags: tags, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(claim): \(now.isEmpty ? "(no tags)" : now.joined(separator: " "))\n")
    }
}
