import Testing
import TestSupport
@testable import RulesEngine

/// Every rule of every shipped pack proves itself with its own examples, so a rule cannot be
/// added to `Rules/` untested.
@Suite struct ShippedRulesTests {
    static let rulesFolder = Repository.url("Rules").path
    static let ruleSet = try? RuleSet.load(paths: [rulesFolder])
    static let registry = try? SourceRegistry.load(path: Repository.url("seeds/sources.yml").path)
    static let ruleIDs = ruleSet?.rules.map(\.id) ?? []

    @Test func theShippedPacksLoad() throws {
        let ruleSet = try RuleSet.load(paths: [Self.rulesFolder])
        #expect(Set(ruleSet.packs.map(\.name)).isSuperset(of: ["attribution", "numeric", "framing"]))
        _ = try SourceRegistry.load(path: Repository.url("seeds/sources.yml").path)
    }

    @Test(arguments: ruleIDs)
    func everyExampleOfTheRuleHolds(_ id: String) throws {
        let ruleSet = try #require(Self.ruleSet)
        let rule = try #require(ruleSet.rules.first { $0.id == id })
        #expect(rule.examples.flag.count >= 2, "at least two must-flag examples")
        #expect(rule.examples.pass.count >= 2, "at least two must-pass examples")
        let runner = ExampleRunner(ruleSet: ruleSet, registry: Self.registry ?? .empty)
        for failure in runner.failures(of: rule) {
            Issue.record("\(failure)")
        }
    }
}
