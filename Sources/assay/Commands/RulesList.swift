import ArgumentParser
import Reporting
import Foundation
import RulesEngine

/// `assay rules list`: the packs and their rules.
struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the loaded packs and rules, with counts by category.",
        discussion: """
        Examples:
          assay rules list
          assay rules list --rules my-packs/ --format json
        """
    )

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let ruleSet = try rules.loadRuleSet()
        switch format {
        case .text: StandardStream.standardOutput.write(text(ruleSet))
        case .json: StandardStream.standardOutput.write(try json(ruleSet))
        }
    }

    private func text(_ ruleSet: RuleSet) -> String {
        var lines: [String] = []
        for pack in ruleSet.packs {
            lines.append("\(pack.name) — \(pack.file) — \(Noun.count(pack.rules.count, "rule"))")
            if !pack.description.isEmpty { lines.append("  \(pack.description)") }
            let idWidth = pack.rules.map(\.id.count).max() ?? 0
            for rule in pack.rules {
                lines.append("  " + rule.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                             + rule.kind.name.padding(toLength: 13, withPad: " ", startingAt: 0)
                             + rule.category.padding(toLength: 14, withPad: " ", startingAt: 0)
                             + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                             + "\(rule.examples.flag.count) flag / \(rule.examples.pass.count) pass examples")
            }
            lines.append("")
        }
        let rules = ruleSet.rules
        let byCategory = Dictionary(grouping: rules, by: \.category).sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value.count)" }.joined(separator: " · ")
        lines.append("\(Noun.count(ruleSet.packs.count, "pack")) · \(Noun.count(rules.count, "rule")) · \(byCategory)")
        return lines.joined(separator: "\n") + "\n"
    }


    private func json(_ ruleSet: RuleSet) throws -> String {
        struct RuleEntry: Encodable {
            var id, pack, file, kind, category, severity, message: String
            var flagExamples, passExamples: Int
        }
        struct PackEntry: Encodable {
            var name, description, file: String
            var rules: [RuleEntry]
        }
        let packs = ruleSet.packs.map { pack in
            PackEntry(name: pack.name, description: pack.description, file: pack.file, rules: pack.rules.map { rule in
                RuleEntry(id: rule.id, pack: rule.pack, file: rule.file, kind: rule.kind.name, category: rule.category,
                          severity: rule.severity.rawValue, message: rule.message,
                          flagExamples: rule.examples.flag.count, passExamples: rule.examples.pass.count)
            })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(["packs": packs]), as: UTF8.self) + "\n"
    }
}
