import ArgumentParser
import AssayCore
import Extraction
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

    /// The registry file: --sources, else the shipped one.
    func loadRegistry() throws(RuleFileError) -> SourceRegistry {
        if let sources { return try SourceRegistry.load(path: sources) }
        guard let shipped = ShippedFiles.sourceRegistry else { return .empty }
        return try SourceRegistry.load(path: shipped)
    }

    /// The chosen packs and rules and the registry file, read and checked once: a bad pack or
    /// registry stops the command before any output or change (exit 2), a selection that names
    /// nothing is a usage error.
    /// The models come after the packs (a missing pack folder is reported first); a framing
    /// model joins the packs as the rule `framing.model`, which the selection can name.
    func load(categories: [String] = [], rules: [String] = [], models: ModelOptions) throws -> LoadedRules {
        // The packs and the models are read at once (the framing model takes as long as the
        // packs); a pack's error is still reported first.
        let (packs, modelFiles) = ParallelMap.both({ try loadRuleSet() }, { try models.load() })
        var ruleSet = try packs.get()
        let loadedModels = try modelFiles.get()
        if let framing = loadedModels.framing { ruleSet = ruleSet.adding(framing) }
        let selection = try RuleSelection(categories: categories, rules: rules, in: ruleSet)
        return LoadedRules(rules: ruleSet.filtered(selection.accepts), registry: try loadRegistry(), models: loadedModels)
    }
}

/// Rule packs and a registry file as loaded; an engine is made from them once the workbench,
/// whose sources join the registry, is open.
struct LoadedRules {
    let rules: RuleSet
    let registry: SourceRegistry
    /// The check-worthiness scorer, and the framing model (already among `rules`).
    let models: LoadedModels

    /// What turns an input into a flagged document, with no workbench.
    func analyzer(publisher: String?, format: DocumentFormat? = nil, encoding: LegacyEncoding? = nil) -> DocumentAnalyzer {
        DocumentAnalyzer(engine: engine(publisher: publisher), scorer: models.checkworthiness, format: format, encoding: encoding)
    }

    func engine(publisher: String?, workbenchSources: [SourceEntry] = []) -> RuleEngine {
        let added = workbenchSources.map {
            SourceRegistry.Entry(name: $0.name, aliases: $0.aliases, affiliates: $0.affiliations, type: $0.type,
                                 reliability: $0.reliability, notes: $0.notes)
        }
        return RuleEngine(rules: rules, registry: added.isEmpty ? registry : registry.adding(added), publisher: publisher)
    }
}
