import ArgumentParser
import AssayCore
import Foundation
import Pipeline
import RulesEngine

/// The options that choose rule packs and the source registry, shared by `analyze` and `rules`.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder of rule packs (*.yml) or one pack file, added to the shipped packs. Repeatable.",
        valueName: "dir"))
    var extraRules: [String] = []

    @Flag(help: "Load only the packs given with --rules, not the shipped ones.")
    var noShippedRules = false

    @Option(help: ArgumentHelp(
        "Source registry (YAML: names, aliases, affiliates) for spotting self-sourcing. Default: the shipped seeds/sources.yml. A workbench's own sources ('assay sources') are added to it.",
        valueName: "file"))
    var sources: String?

    /// The shipped packs (unless refused), the nearest project file's `rules` and the added ones.
    var packPaths: [String] {
        get throws {
            let added = (try ProjectFile.find(from: FileManager.default.currentDirectoryPath)?.rules).map { [$0] } ?? []
            let extraRules = added + self.extraRules
            guard !noShippedRules else { return extraRules }
            guard let shipped = ShippedFiles.rulesDirectory else {
                throw RuleFileError(file: "Rules", message: "the shipped rule packs were not found beside the binary (install it with scripts/install.sh PREFIX); set ASSAY_RULES to their folder, or use --no-shipped-rules --rules DIR")
            }
            return [shipped] + extraRules
        }
    }

    func loadRuleSet() throws -> RuleSet {
        try RuleSet.load(paths: try packPaths)
    }

    /// The publisher given, else the nearest project file's.
    func publisher(_ given: String?) throws -> String? {
        if let given { return given }
        return try ProjectFile.find(from: FileManager.default.currentDirectoryPath)?.publisher
    }

    /// The registry file (--sources, else the shipped one) with the workbench's sources added.
    func loadRegistry(adding workbenchSources: [SourceEntry] = []) throws(RuleFileError) -> SourceRegistry {
        let file: SourceRegistry
        if let sources {
            file = try SourceRegistry.load(path: sources)
        } else if let shipped = ShippedFiles.sourceRegistry {
            file = try SourceRegistry.load(path: shipped)
        } else {
            file = .empty
        }
        return file.adding(workbenchSources.map {
            SourceRegistry.Entry(name: $0.name, aliases: $0.aliases, affiliates: $0.affiliations, type: $0.type,
                                 reliability: $0.reliability, notes: $0.notes)
        })
    }

    /// The rule engine over the chosen packs and rules, with the workbench's sources (if any)
    /// in the registry; a bad pack or registry stops the command before any output (exit 2), a
    /// selection that names nothing is a usage error.
    func makeEngine(categories: [String] = [], rules: [String] = [], publisher: String?,
                    workbenchSources: [SourceEntry] = []) throws -> RuleEngine {
        let ruleSet = try loadRuleSet()
        let registry = try loadRegistry(adding: workbenchSources)
        let selection = try RuleSelection(categories: categories, rules: rules, in: ruleSet)
        return RuleEngine(rules: ruleSet.filtered(selection.accepts), registry: registry, publisher: publisher)
    }
}
