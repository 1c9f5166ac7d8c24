import Testing
import TestSupport
@testable import RulesEngine

/// A valid one-rule pack, with `extra` lines added to the rule.
func packYAML(kind: String = "lexicon", parameters: String = "terms: [clerical regime]", extra: String = "") -> String {
    """
    pack: demo
    description: A pack for tests.
    rules:
      - id: demo.rule
        category: framing
        severity: warning
        message: "Loaded: {match}"
        kind: \(kind)
        \(parameters)
    \(extra.isEmpty ? "" : "    " + extra)
        examples:
          flag:
            - "They fled the ⟦clerical regime⟧ in 1981."
          pass:
            - "They fled the government in 1981."
    """
}

@Suite struct LoaderTests {
    @Test func aValidPackLoads() throws {
        let file = try RulePackLoader.load(yaml: packYAML(), file: "demo.yml")
        #expect(file.pack.name == "demo")
        #expect(file.pack.rules.map(\.id) == ["demo.rule"])
        #expect(file.pack.rules[0].examples.flag[0].expectedText == "clerical regime")
        #expect(file.pack.rules[0].line == 4)
    }

    struct BadPack: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var line: Int
        var message: String
        var testDescription: String { name }
    }

    static let badPacks: [BadPack] = [
        BadPack(name: "malformed YAML", yaml: "pack: demo\nrules: [\n  - id: x\n", line: 3, message: "malformed YAML"),
        BadPack(name: "misspelled key", yaml: packYAML(extra: "severty: error"), line: 10, message: "unknown key 'severty'"),
        BadPack(name: "unknown kind", yaml: packYAML(kind: "lexicn"), line: 8, message: "unknown kind 'lexicn'"),
        BadPack(name: "key of another kind", yaml: packYAML(extra: "pattern: 'x'"), line: 10, message: "'pattern' does not apply to kind lexicon"),
        BadPack(name: "unknown severity", yaml: packYAML().replacingOccurrences(of: "severity: warning", with: "severity: fatal"),
                line: 6, message: "unknown severity 'fatal'"),
        BadPack(name: "bad regex", yaml: packYAML(kind: "pattern", parameters: "pattern: '(unclosed'"), line: 9,
                message: "invalid regular expression"),
        BadPack(name: "pathological regex", yaml: packYAML(kind: "pattern", parameters: "pattern: '(a+)+$'"), line: 9,
                message: "repeats a group that itself repeats"),
        BadPack(name: "id outside the pack", yaml: packYAML().replacingOccurrences(of: "id: demo.rule", with: "id: other.rule"),
                line: 4, message: "must be 'demo.'"),
        BadPack(name: "unknown placeholder", yaml: packYAML().replacingOccurrences(of: "{match}", with: "{source}"),
                line: 7, message: "placeholder {source}"),
        BadPack(name: "unbalanced marker", yaml: packYAML().replacingOccurrences(of: "regime⟧", with: "regime"),
                line: 13, message: "not balanced"),
        BadPack(name: "duplicate id", yaml: packYAML() + "\n" + packYAML().components(separatedBy: "rules:\n")[1], line: 16,
                message: "duplicate rule id 'demo.rule'"),
    ]

    @Test(arguments: badPacks)
    func aBadPackIsRefusedWithFileLineAndReason(_ bad: BadPack) {
        #expect {
            _ = try RulePackLoader.load(yaml: bad.yaml, file: "Rules/demo.yml")
        } throws: { error in
            guard let error = error as? RuleFileError else { return false }
            return error.file == "Rules/demo.yml" && error.line == bad.line && error.message.contains(bad.message)
        }
    }

    @Test func everyBadRuleOfAPackIsReportedInFileOrder() throws {
        let good = packYAML().components(separatedBy: "rules:\n")[1]
        let yaml = packYAML(extra: "severty: error")
            + "\n" + good.replacingOccurrences(of: "id: demo.rule", with: "id: demo.second")
            + "\n" + good.replacingOccurrences(of: "id: demo.rule", with: "id: demo.third").replacingOccurrences(of: "kind: lexicon", with: "kind: lexicn")
            + "\n" + good.replacingOccurrences(of: "id: demo.rule", with: "id: demo.fourth").replacingOccurrences(of: "severity: warning", with: "severity: fatal")
        let error = #expect(throws: RuleFileError.self) { _ = try RulePackLoader.load(yaml: yaml, file: "Rules/demo.yml") }
        let problems = try #require(error?.problems)
        #expect(problems.map(\.line) == [10, 32, 42])
        #expect(problems.allSatisfy { $0.file == "Rules/demo.yml" && $0.column > 0 && $0.more.isEmpty })
        #expect(problems[0].message.contains("unknown key 'severty'"))
        #expect(problems[1].message == "rule demo.third: unknown kind 'lexicn' (known kinds: attribution, lexicon, numeric, pattern)")
        #expect(problems[2].message == "rule demo.fourth: unknown severity 'fatal' (info, warning or error)")
        // The first problem is the error itself, as when loading stopped at the first bad rule.
        #expect(error?.line == 10 && error?.message == problems[0].message)
        #expect(error?.description.split(separator: "\n").count == 3)
    }

    @Test func anAliasBombIsRefusedQuickly() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "pack: demo\nrules: []\n"
        #expect {
            _ = try RulePackLoader.load(yaml: yaml, file: "bomb.yml")
        } throws: { error in
            (error as? RuleFileError)?.message.contains("more than 100000 YAML nodes") == true
        }
    }

    @Test func aRuleIdInTwoPacksIsRefusedWithBothPlaces() throws {
        let first = try RulePackLoader.load(yaml: packYAML(), file: "a.yml")
        let second = try RulePackLoader.load(yaml: packYAML().replacingOccurrences(of: "pack: demo", with: "pack: other")
            .replacingOccurrences(of: "id: demo.rule", with: "id: other.rule"), file: "b.yml")
        _ = try RuleSet([first, second])
        var clash = second
        clash.pack.name = "demo-too"
        clash.pack.rules[0].id = "demo.rule"
        #expect(throws: RuleFileError(file: "b.yml", line: 4, column: 1, message: "duplicate rule id 'demo.rule' (also in a.yml:4)")) {
            _ = try RuleSet([first, clash])
        }
    }

    @Test func aFolderIsNotAPackFile() throws {
        let folder = try Repository.temporaryFolder()
        #expect(throws: RuleFileError(file: folder.path, message: "is a folder, not a rule pack file")) {
            _ = try RulePackLoader.load(path: folder.path)
        }
    }

    @Test func aFolderWithoutPacksIsAnError() throws {
        let folder = try Repository.temporaryFolder()
        #expect(throws: RuleFileError(file: folder.path, message: "holds no rule packs (*.yml, *.yaml)")) {
            _ = try RuleSet.load(paths: [folder.path])
        }
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: RuleFileError(file: "/nonexistent/pack.yml", message: "does not exist")) {
            _ = try RulePackLoader.load(path: "/nonexistent/pack.yml")
        }
    }
}
