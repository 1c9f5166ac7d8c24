import AssayCore
import Extraction

/// Runs rules' examples: each flag example must produce a finding of its rule with the marked
/// span and the expected fields, and again behind a prefix of multi-byte characters (so offsets
/// are scalar offsets, not bytes); each pass example must produce none.
public struct ExampleRunner: Sendable {
    /// A neutral sentence of accented letters and an emoji, put before every flag example.
    static let multibytePrefix = "Zoë’s café in Zürich 🙂 opened. "

    private let ruleSet: RuleSet
    private let registry: SourceRegistry

    public init(ruleSet: RuleSet, registry: SourceRegistry) {
        self.ruleSet = ruleSet
        self.registry = registry
    }

    /// The failures of one rule's examples; empty when all hold.
    public func failures(of rule: Rule) -> [ExampleFailure] {
        let single = ruleSet.filtered { $0.id == rule.id }
        var failures: [ExampleFailure] = []
        for example in rule.examples.flag {
            let engine = RuleEngine(rules: single, registry: registry, publisher: example.publisher)
            if let problem = check(example, engine: engine, rule: rule, prefix: "") {
                failures.append(ExampleFailure(rule: rule, line: example.line, text: example.text, problem: problem))
            } else if let problem = check(example, engine: engine, rule: rule, prefix: ExampleRunner.multibytePrefix) {
                failures.append(ExampleFailure(rule: rule, line: example.line, text: example.text,
                                               problem: "behind a multi-byte prefix: \(problem)"))
            }
        }
        for example in rule.examples.pass {
            let engine = RuleEngine(rules: single, registry: registry, publisher: example.publisher)
            let found = findings(of: rule, in: example.text, engine: engine)
            if let first = found.first {
                failures.append(ExampleFailure(rule: rule, line: example.line, text: example.text,
                                               problem: "must pass, but flagged “\(first.text)”"))
            }
        }
        return failures
    }

    private func check(_ example: FlagExample, engine: RuleEngine, rule: Rule, prefix: String) -> String? {
        let found = findings(of: rule, in: prefix + example.text, engine: engine)
        guard !found.isEmpty else { return "must flag, but nothing was found" }
        let shift = prefix.unicodeScalars.count
        var candidates = found
        if let span = example.expectedSpan {
            candidates = found.filter { $0.start == span.lowerBound + shift && $0.end == span.upperBound + shift }
            guard !candidates.isEmpty else {
                let got = found.map { "“\($0.text)”" }.joined(separator: ", ")
                return "expected “\(example.expectedText ?? "")”, found \(got)"
            }
        }
        if candidates.contains(where: { finding in example.fields.allSatisfy { finding.fields[$0.key] == $0.value } }) {
            return nil
        }
        let expected = example.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(FieldText.describe($0.value))" }
        let got = candidates[0].fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(FieldText.describe($0.value))" }
        return "expected fields \(expected.joined(separator: ", ")); found \(got.joined(separator: ", "))"
    }

    private func findings(of rule: Rule, in text: String, engine: RuleEngine) -> [Finding] {
        let document = Extractor().extract(text: text, source: rule.file, format: .text)
        return engine.apply(to: document).document.findings.filter { $0.rule == rule.id }
    }
}

/// An example that did not behave as its rule says.
public struct ExampleFailure: Sendable, CustomStringConvertible {
    public var ruleID: String
    public var file: String
    public var line: Int
    public var text: String
    public var problem: String

    init(rule: Rule, line: Int, text: String, problem: String) {
        ruleID = rule.id
        file = rule.file
        self.line = line
        self.text = text
        self.problem = problem
    }

    public var description: String { "\(file):\(line): \(ruleID): \(problem)\n    example: \(text)" }
}

/// A field value as pack authors write it.
enum FieldText {
    static func describe(_ value: FieldValue) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): String(flag)
        case .null: "null"
        }
    }
}
