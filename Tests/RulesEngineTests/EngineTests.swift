import AssayCore
import Extraction
import Foundation
import Testing
import TestSupport
@testable import RulesEngine

/// Runs one pack's rules over a text and returns the findings.
func findings(pack yaml: String, in text: String, publisher: String? = nil) throws -> [Finding] {
    let ruleSet = try RuleSet([try RulePackLoader.load(yaml: yaml, file: "test.yml")])
    let document = Extractor().extract(text: text, source: "test.txt", format: .text)
    return RuleEngine(rules: ruleSet, publisher: publisher).apply(to: document).document.findings
}

@Suite struct EngineTests {
    struct LexiconCase: CustomTestStringConvertible, Sendable {
        var parameters: String
        var text: String
        var expected: [String]
        var testDescription: String { "\(parameters) on “\(text)”" }
    }

    static let lexiconCases: [LexiconCase] = [
        LexiconCase(parameters: "terms: [regime]", text: "The regime's men and the regimes.", expected: []),
        LexiconCase(parameters: "terms: [regime]\n    inflect: true", text: "The regime's men and the regimes.",
                    expected: ["regime's", "regimes"]),
        LexiconCase(parameters: "terms: [regime]", text: "The REGIME fell; a regimen began.", expected: ["REGIME"]),
        LexiconCase(parameters: "terms: [regime]\n    caseSensitive: true", text: "The REGIME and the regime.", expected: ["regime"]),
        LexiconCase(parameters: "terms: [regime]\n    exceptions: [regime change]", text: "They want regime change from the regime.",
                    expected: ["regime"]),
        LexiconCase(parameters: "terms: [clerical regime, regime]", text: "The clerical regime spoke.", expected: ["clerical regime"]),
        LexiconCase(parameters: "terms: [clerical regime]", text: "The clerical, regime spoke.", expected: []),
        LexiconCase(parameters: "terms: [mullahs]", text: "The mul\u{200B}lahs and the mu\u{0301}llahs.", expected: ["mul\u{200B}lahs"]),
        LexiconCase(parameters: "terms: [U.S. officials]", text: "U.S. officials said so.", expected: ["U.S. officials"]),
        LexiconCase(parameters: "terms: [notorious]\n    inflect: true", text: "Notoriously, the notorious prison.",
                    expected: ["notorious"]),
    ]

    @Test(arguments: lexiconCases)
    func lexiconMatchesWholeWordsWithItsOptions(_ test: LexiconCase) throws {
        let yaml = packYAML(parameters: test.parameters)
        let found = try findings(pack: yaml, in: test.text)
        #expect(found.map(\.text) == test.expected)
        for finding in found { #expect(scalarSlice(test.text, finding.start, finding.end) == finding.text) }
    }

    @Test func findingsCarryFieldsMessageAndTheirAssertion() throws {
        let yaml = packYAML(parameters: "terms: [clerical regime]\n    fields: { technique: name-calling }")
            .replacingOccurrences(of: "{match}", with: "{match} ({technique})")
        let text = "Zoë 🙂 left. The clerical regime jailed him. Then the clerical regime lied."
        let document = Extractor().extract(text: text, source: "t", format: .text)
        let ruleSet = try RuleSet([try RulePackLoader.load(yaml: yaml, file: "test.yml")])
        let found = RuleEngine(rules: ruleSet).apply(to: document).document.findings
        try #require(found.count == 2)
        #expect(found[0].message == "Loaded: clerical regime (name-calling)")
        #expect(found[0].fields["technique"] == .string("name-calling"))
        #expect(scalarSlice(document.text, found[0].start, found[0].end) == "clerical regime")
        let owners = found.compactMap(\.assertion)
        #expect(owners.count == 2 && Set(owners).count == 2, "each finding belongs to the assertion of its sentence")
        for (finding, owner) in zip(found, owners) {
            let assertion = try #require(document.assertions.first { $0.id == owner })
            #expect(assertion.start <= finding.start && finding.end <= assertion.end)
        }
    }

    @Test func patternNamedGroupsBecomeFields() throws {
        let yaml = packYAML(kind: "pattern", parameters: #"pattern: '\b(?<actor>\w+) (?:has|have) a moral duty\b'"#)
        let found = try findings(pack: yaml, in: "Western nations have a moral duty to act.")
        #expect(found.map(\.text) == ["nations have a moral duty"])
        #expect(found.first?.fields["actor"] == .string("nations"))
    }

    @Test func aBacktrackingPatternIsStoppedByItsTimeBudget() throws {
        // Alternation, not a nested quantifier, so the load-time check lets it through.
        let pattern = try BoundedPattern("^(a|aa)*c$", caseSensitive: true)
        let clock = ContinuousClock()
        let start = clock.now
        let result = pattern.matches(in: String(repeating: "a", count: 60))
        #expect(result.timedOut)
        #expect(result.matches.isEmpty)
        #expect(clock.now - start < .seconds(2))
    }

    @Test("the time budget counts the thread's CPU time, so time spent waiting for a core never cuts a match short")
    func theBudgetIgnoresTimeOffTheCPU() {
        let start = ThreadCPUTime.now()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(ThreadCPUTime.now() - start < .milliseconds(50))
        var sum = 0
        for value in 0..<20_000_000 { sum &+= value &* value }
        #expect(sum != 0)
        #expect(ThreadCPUTime.now() - start > .milliseconds(1), "busy work is counted")
    }

    @Test(arguments: ["(a+)+$", "(\\w*)*x", "(?:a|b+){2,}", "((ab)*c)+", "(?:\\w+ ){1,20}x"])
    func nestedQuantifiersAreRefused(_ source: String) {
        #expect(throws: BoundedPattern.Problem.nestedQuantifier) { _ = try BoundedPattern(source, caseSensitive: false) }
    }

    @Test(arguments: ["\\bmust (?:pay attention|act)\\b", "(a+)?b", "[(a+)]+", "\\(a+\\)+", "(?:very )?massive", "(?:\\w+ ){1,2}ever"])
    func ordinaryPatternsAreAccepted(_ source: String) throws {
        _ = try BoundedPattern(source, caseSensitive: false)
    }
}
