import ArgumentParser
import RulesEngine

/// `assay rules`: inspect, test and validate rule packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, test and check rule packs.",
        discussion: """
        Rule packs are YAML files, one pack per file; the format is documented in \
        Rules/README.md. The shipped packs are in Rules/; add your own with --rules DIR.

        Examples:
          assay rules list
          assay rules test
          assay rules test my-packs/
          assay rules check my-packs/claims.yml
        """,
        subcommands: [RulesList.self, RulesTest.self, RulesCheck.self]
    )
}
