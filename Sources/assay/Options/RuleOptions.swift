import ArgumentParser
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
        "Source registry (YAML: names, aliases, affiliates) for spotting self-sourcing. Default: the shipped seeds/sources.yml.",
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

    func loadRegistry() throws(RuleFileError) -> SourceRegistry {
        if let sources { return try SourceRegistry.load(path: sources) }
        guard let shipped = ShippedFiles.sourceRegistry else { return .empty }
        return try SourceRegistry.load(path: shipped)
    }

    /// The rule engine over the chosen packs and rules; a bad pack or registry stops the command
    /// before any output (exit 2), a selection that names nothing is a usage error.
    func makeEngine(categories: [String] = [], rules: [String] = [], publisher: String?) throws -> RuleEngine {
        let ruleSet = try loadRuleSet()
        let registry = try loadRegistry()
        let selection = try RuleSelection(categories: categories, rules: rules, in: ruleSet)
        return RuleEngine(rules: ruleSet.filtered(selection.accepts), registry: registry, publisher: publisher)
    }
}
