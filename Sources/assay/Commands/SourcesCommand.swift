import ArgumentParser
import AssayCore
import Reporting
import ReviewStore
import RulesEngine

/// `assay sources`: the workbench's registry of people and organisations.
struct SourcesCommand: ParsableCommand {
    /// Said (on standard error, beside the result) after a change that can change self-sourcing flags.
    static func noteReflag() {
        StandardStream.standardError.write("note: documents already stored keep their findings until 'assay reflag'\n")
    }

    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Keep the source registry: names, aliases, affiliations and Admiralty grades.",
        discussion: """
        Reliability grades (Admiralty code): A completely reliable, B usually reliable, \
        C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.

        The registry's names, aliases and affiliations decide self-sourcing (a source that is \
        the publisher or its affiliate), together with the registry file (--sources, or the \
        shipped one): documents ingested from now on use it; 'assay reflag' updates the findings \
        of documents already stored.

        Examples:
          assay sources import seeds/sources.yml
          assay sources add "Amnesty International" --alias Amnesty --type ngo --reliability B
          assay sources rate MEK E
          assay sources affiliate "Maryam Rajavi" NCRI
          assay sources note MEK "Its casualty figures are self-reported."
          assay sources remove "Iran Focus"
          assay sources list --format json
        """,
        subcommands: [SourcesList.self, SourcesAdd.self, SourcesRate.self, SourcesAffiliate.self, SourcesNote.self, SourcesRemove.self,
                      SourcesImport.self]
    )
}

struct SourcesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the registry.")

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let sources = try store.sources()
        if format == .json { return printJSON(sources) }
        StandardStream.standardOutput.write(SourceListText.render(sources))
        if sources.isEmpty { StandardStream.standardError.write("the registry is empty; see 'assay sources import --help'\n") }
    }
}

struct SourcesAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a person or organisation.",
        discussion: "Example:\n  assay sources add \"Amnesty International\" --alias Amnesty --type ngo --reliability B")

    @Argument(help: "The source's name.")
    var name: String

    @Option(help: "Another name it goes by. Repeatable.")
    var alias: [String] = []

    @Option(help: "An organisation it belongs to or speaks for. Repeatable.")
    var affiliate: [String] = []

    @Option(help: "What it is: person, ngo, government, media…")
    var type: String?

    @Option(help: ArgumentHelp("Admiralty reliability grade, A to F.", valueName: "grade"))
    var reliability: String?

    @Option(help: "Notes on the source.")
    var notes: String?

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let source = SourceEntry(name: name, aliases: alias, affiliations: affiliate, type: type,
                                 reliability: reliability?.uppercased(), notes: notes)
        let store = try workbench.open(.write)
        try store.addSource(source, analyst: workbench.analystName)
        StandardStream.standardOutput.write("added \(name)\n")
        SourcesCommand.noteReflag()
    }
}

struct SourcesRate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate", abstract: "Set a source's Admiralty reliability grade (A–F).",
        discussion: "Example:\n  assay sources rate MEK E")

    @Argument(help: "The source's name or alias.")
    var name: String

    @Argument(help: "A, B, C, D, E or F.")
    var grade: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let source = try store.rateSource(name, grade: grade, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(source.name): \(source.reliability ?? "-")\n")
    }
}

struct SourcesAffiliate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affiliate", abstract: "Record that a source belongs to or speaks for another.",
        discussion: "Example:\n  assay sources affiliate \"Maryam Rajavi\" NCRI")

    @Argument(help: "The source's name or alias.")
    var name: String

    @Argument(help: "The organisation it is affiliated with.")
    var affiliate: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let source = try store.affiliateSource(name, with: affiliate, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(source.name): affiliated with \(source.affiliations.joined(separator: ", "))\n")
        SourcesCommand.noteReflag()
    }
}

struct SourcesImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Add or merge the sources of a registry file (the seeds/sources.yml format).",
        discussion: """
        The file is a YAML list of entities, each with a name and optional aliases, \
        affiliates, type, reliability (A–F) and notes. Known sources are merged.

        Example:
          assay sources import seeds/sources.yml
        """)

    @Argument(help: "The registry file.")
    var file: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let registry = try SourceRegistry.load(path: file)
        let sources = registry.entries.map {
            SourceEntry(name: $0.name, aliases: $0.aliases, affiliations: $0.affiliates, type: $0.type,
                        reliability: $0.reliability, notes: $0.notes)
        }
        let store = try workbench.open(.write)
        let result = try store.importSources(sources, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(file): \(Noun.count(result.added, "source")) added, \(result.updated) updated\n")
        SourcesCommand.noteReflag()
    }
}

struct SourcesNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set (or, with \"\", clear) a source's notes.",
        discussion: "Example:\n  assay sources note MEK \"Armed opposition group; its figures are self-reported.\"")

    @Argument(help: "The source's name or alias.")
    var name: String

    @Argument(help: "The notes, replacing any earlier ones; \"\" clears them.")
    var notes: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let source = try store.noteSource(name, notes: notes, analyst: workbench.analystName)
        StandardStream.standardOutput.write("\(source.name): \(source.notes.map { "notes: \($0)" } ?? "no notes")\n")
    }
}

struct SourcesRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a source from the registry (the audit log keeps what it held).",
        discussion: "Example:\n  assay sources remove \"Iran Focus\"")

    @Argument(help: "The source's name or alias.")
    var name: String

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.write)
        let source = try store.removeSource(name, analyst: workbench.analystName)
        StandardStream.standardOutput.write("removed \(source.name) from the registry\n")
        SourcesCommand.noteReflag()
    }
}
