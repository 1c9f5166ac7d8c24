import ArgumentParser
import RulesEngine

/// `--category` and `--rule`: which rules run. A name that selects nothing is a mistake worth
/// reporting (a typo would otherwise silently turn the rules off).
struct RuleSelection {
    let categories: Set<String>
    let rules: Set<String>

    init(categories: [String], rules: [String], in ruleSet: RuleSet) throws(ValidationError) {
        let all = ruleSet.rules
        for category in categories where !all.contains(where: { $0.category == category }) {
            let known = Set(all.map(\.category)).sorted().joined(separator: ", ")
            throw ValidationError("No rule has category '\(category)' (categories: \(known)).")
        }
        for name in rules where !all.contains(where: { RuleSelection.matches(name, $0) }) {
            throw ValidationError("No rule or pack is named '\(name)'; 'assay rules list' shows them.")
        }
        self.categories = Set(categories)
        self.rules = Set(rules)
    }

    func accepts(_ rule: Rule) -> Bool {
        (categories.isEmpty || categories.contains(rule.category))
            && (rules.isEmpty || rules.contains { RuleSelection.matches($0, rule) })
    }

    /// A rule is named by its id or by its pack.
    private static func matches(_ name: String, _ rule: Rule) -> Bool { rule.id == name || rule.pack == name }
}
