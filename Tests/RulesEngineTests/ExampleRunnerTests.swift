import Testing
@testable import RulesEngine

/// The runner must catch each way an example can be wrong, or the generic test proves nothing.
@Suite struct ExampleRunnerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var flag: String
        var pass: String
        var problem: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "all hold", flag: "The ⟦clerical regime⟧ fell.", pass: "The government fell.", problem: nil),
        Case(name: "nothing flagged", flag: "The ⟦government⟧ fell.", pass: "The government fell.", problem: "nothing was found"),
        Case(name: "wrong span", flag: "The ⟦clerical⟧ regime fell.", pass: "The government fell.", problem: "expected “clerical”"),
        Case(name: "pass example flags", flag: "The ⟦clerical regime⟧ fell.", pass: "The clerical regime fell.",
             problem: "must pass, but flagged"),
        Case(name: "wrong field", flag: "- text: \"The ⟦clerical regime⟧ fell.\"\n          fields: { technique: doubt }",
             pass: "The government fell.", problem: "expected fields technique=doubt"),
    ]

    @Test(arguments: cases)
    func failuresAreReported(_ test: Case) throws {
        let flagLine = test.flag.hasPrefix("- ") ? test.flag : "- \"\(test.flag)\""
        let yaml = """
        pack: demo
        rules:
          - id: demo.rule
            category: framing
            severity: warning
            message: "{match}"
            kind: lexicon
            terms: [clerical regime]
            fields: { technique: name-calling }
            examples:
              flag:
                \(flagLine)
              pass:
                - "\(test.pass)"
        """
        let ruleSet = try RuleSet([try RulePackLoader.load(yaml: yaml, file: "demo.yml")])
        let failures = ExampleRunner(ruleSet: ruleSet, registry: .empty).failures(of: ruleSet.rules[0])
        if let problem = test.problem {
            #expect(failures.count == 1)
            #expect(failures.first?.problem.contains(problem) == true, "\(failures)")
        } else {
            #expect(failures.isEmpty, "\(failures)")
        }
    }
}
