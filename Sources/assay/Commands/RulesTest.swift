import ArgumentParser
import Reporting
import RulesEngine

/// `assay rules test [DIR]`: runs every example of every rule.
struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples: each must-flag text must flag the marked span, each must-pass text must not.",
        discussion: """
        Without DIR the shipped packs (and any --rules) are tested; with DIR only the packs \
        in DIR are tested, with the shipped packs loaded beside them (for the recognizers' \
        configuration). Each rule needs at least two must-flag and two must-pass examples. \
        Failures are printed as file:line: rule: problem.

        Exit codes: 0 every example holds · 1 an example failed · 2 a pack is invalid.

        Examples:
          assay rules test
          assay rules test my-packs/
        """
    )

    @Argument(help: ArgumentHelp("A folder of packs or one pack file to test.", valueName: "dir"))
    var directory: String?

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    static let minimumExamples = 2

    func run() throws {
        var options = rules
        if let directory { options.extraRules.append(directory) }
        let ruleSet = try options.loadRuleSet()
        let registry = try options.loadRegistry()
        var testedPacks: [String]?
        if let directory { testedPacks = try RuleSet.load(paths: [directory]).packs.map(\.name) }
        let tested = ruleSet.rules.filter { testedPacks?.contains($0.pack) ?? true }
        let runner = ExampleRunner(ruleSet: ruleSet, registry: registry)
        var failures = 0
        var examples = 0
        for rule in tested {
            var problems = runner.failures(of: rule).map(\.description)
            if rule.examples.flag.count < Self.minimumExamples || rule.examples.pass.count < Self.minimumExamples {
                problems.append("\(rule.file):\(rule.line): \(rule.id): has \(rule.examples.flag.count) must-flag and "
                                + "\(rule.examples.pass.count) must-pass examples; at least \(Self.minimumExamples) of each are required")
            }
            examples += rule.examples.flag.count + rule.examples.pass.count
            failures += problems.count
            for problem in problems { StandardStream.standardOutput.write("FAIL \(problem)\n") }
        }
        let summary = "\(tested.count) rules, \(examples) examples: "
            + (failures == 0 ? "all passed" : Noun.count(failures, "failure"))
        StandardStream.standardOutput.write(summary + "\n")
        if failures > 0 { throw ExitCode(1) }
    }
}
