import ArgumentParser
import AssayCore
import ReviewStore

/// `assay assign`: split a document's claims between members of the desk.
struct Assign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give a document's claims to members of the desk, each claim to one or more of them.",
        discussion: """
        The claims of the document's latest version (dismissed ones left out) are spread evenly \
        in document order; with --overlap 2 every claim goes to two members, to be judged \
        independently. Assigning a document again replaces its assignments. Members need an \
        account ('assay users add').

        Examples:
          assay assign report --to maria,tom,ana --overlap 2
          assay assignments report
          assay assignments --member tom --format json
        """
    )

    @Argument(help: "The document's name.")
    var document: String

    @Option(help: ArgumentHelp("The members, by account name, separated by commas.", valueName: "names"))
    var to: String

    @Option(help: "How many members judge each claim.")
    var overlap = 1

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let members = to.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let counts = try workbench.open(.write).assign(document: document, to: members, overlap: overlap,
                                                          analyst: workbench.analystName)
        let total = counts.reduce(0) { $0 + $1.claims } / overlap
        let each = counts.map { "\($0.analyst) \($0.claims)" }.joined(separator: ", ")
        StandardStream.standardOutput.write("assigned \(total) claims of \(document): \(each) (each claim to \(overlap))\n")
    }
}

/// `assay assignments`: who is to review what.
struct Assignments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignments",
        abstract: "List who is to review which claims.",
        discussion: """
        Examples:
          assay assignments report
          assay assignments --member tom --format json
        """
    )

    @Argument(help: "Only this document's.")
    var document: String?

    @Option(help: "Only this member's (an account name).")
    var member: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let entries = try workbench.open(.read).assignments(document: document, analyst: member)
        if format == .json { return printJSON(entries) }
        guard !entries.isEmpty else { return StandardStream.standardError.write("nothing assigned; see 'assay assign --help'\n") }
        for entry in entries {
            StandardStream.standardOutput.write("\(entry.document)  \(AssertionID.shown(entry.claim))  \(entry.analyst)\n")
        }
    }
}
