import Foundation
import Testing
import TestSupport

/// `assay rules …` and the rule options of `assay analyze`, run as a user runs them.
@Suite struct RulesCommandTests {
    /// A folder holding one pack file with `yaml`.
    static func packFolder(_ yaml: String, name: String = "pack.yml") throws -> URL {
        let folder = try Repository.temporaryFolder()
        try yaml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return folder
    }

    static let userPack = """
    pack: mine
    description: An analyst's own pack.
    rules:
      - id: mine.crowd
        category: framing
        severity: error
        message: "Crowd claim: {match}"
        kind: lexicon
        terms: [massive crowd]
        examples:
          flag: ["A ⟦massive crowd⟧ gathered.", "The ⟦massive crowd⟧ cheered."]
          pass: ["A crowd gathered.", "The massive building stood."]
    """

    @Test func theShippedPacksPassTheirOwnExamples() throws {
        let run = try AssayBinary.run(["rules", "test"])
        #expect(run.status == 0, "\(run.stdoutText)\(run.stderr)")
        #expect(run.stdoutText.contains("all passed"))
    }

    @Test func listShowsPacksRulesAndCounts() throws {
        let run = try AssayBinary.run(["rules", "list"])
        #expect(run.status == 0)
        for name in ["attribution", "numeric", "framing", "framing.name-calling"] { #expect(run.stdoutText.contains(name)) }
        let json = try AssayBinary.run(["rules", "list", "--format", "json"]).json()
        let packs = try #require(json["packs"] as? [[String: Any]])
        #expect(packs.count >= 3)
    }

    @Test func aUserPackIsAddedWithoutRebuilding() throws {
        let folder = try Self.packFolder(Self.userPack)
        let test = try AssayBinary.run(["rules", "test", folder.path])
        #expect(test.status == 0, "\(test.stdoutText)")
        #expect(test.stdoutText.contains("1 rules, 4 examples: all passed"))
        let run = try AssayBinary.run(["analyze", "--rules", folder.path, "--rule", "mine", "--format", "json", "seeds/"])
        let documents = try #require(try run.json()["documents"] as? [[String: Any]])
        let findings = documents.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(findings.map { $0["text"] as? String } == ["massive crowd"])
        #expect(findings.first?["message"] as? String == "Crowd claim: massive crowd")
    }

    @Test func aFailingExampleIsReportedWithFileAndRule() throws {
        let folder = try Self.packFolder(Self.userPack.replacingOccurrences(of: "\"A crowd gathered.\"", with: "\"A massive crowd gathered.\""))
        let run = try AssayBinary.run(["rules", "test", folder.path])
        #expect(run.status == 1)
        #expect(run.stdoutText.contains("pack.yml:12: mine.crowd: must pass, but flagged “massive crowd”"), "\(run.stdoutText)")
    }

    @Test func checkNamesFileLineAndProblem() throws {
        let folder = try Self.packFolder(Self.userPack.replacingOccurrences(of: "severity: error", with: "severty: error"))
        let file = folder.appendingPathComponent("pack.yml").path
        let run = try AssayBinary.run(["rules", "check", file])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(file):6:5: rule: unknown key 'severty'"), "\(run.stderr)")
        let good = try Self.packFolder(Self.userPack)
        let ok = try AssayBinary.run(["rules", "check", good.appendingPathComponent("pack.yml").path])
        #expect(ok.status == 0)
        #expect(ok.stdoutText.contains("ok — pack mine, 1 rules"))
        #expect(!ok.stdoutText.contains("note:"))
    }

    @Test func checkReportsEveryBadRuleOfAPack() throws {
        let rule = Self.userPack.components(separatedBy: "rules:\n")[1]
        let pack = Self.userPack.replacingOccurrences(of: "severity: error", with: "severty: error")
            + "\n" + rule.replacingOccurrences(of: "mine.crowd", with: "mine.fine")
            + "\n" + rule.replacingOccurrences(of: "mine.crowd", with: "mine.kind").replacingOccurrences(of: "kind: lexicon", with: "kind: lexcon")
            + "\n" + rule.replacingOccurrences(of: "mine.crowd", with: "mine.pattern")
                .replacingOccurrences(of: "kind: lexicon\n    terms: [massive crowd]", with: "kind: pattern\n    pattern: '(a+)+$'")
        let file = try Self.packFolder(pack).appendingPathComponent("pack.yml").path
        let run = try AssayBinary.run(["rules", "check", file])
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(run.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("error: \(file):") }, "\(run.stderr)")
        // The first line is the one reported when loading stopped at the first bad rule.
        #expect(lines.first == "error: \(file):6:5: rule: unknown key 'severty' (known keys: caseSensitive, category, examples, "
            + "exceptions, fields, id, inflect, kind, message, pattern, severity, terms, when)", "\(run.stderr)")
        #expect(lines.dropFirst().first == "error: \(file):26:11: rule mine.kind: unknown kind 'lexcon' "
            + "(known kinds: attribution, lexicon, numeric, pattern)", "\(run.stderr)")
        #expect(lines.last?.hasPrefix("error: \(file):36:14: rule mine.pattern: the pattern repeats a group that itself repeats") == true,
                "\(run.stderr)")
        // A command that loads the pack reports the same three problems.
        let analyze = try AssayBinary.run(["analyze", "--rules", file, "seeds/"])
        #expect(analyze.status == 2 && analyze.stdout.isEmpty)
        #expect(analyze.stderr.split(separator: "\n").map(String.init) == lines, "\(analyze.stderr)")
    }

    @Test func checkNotesAPatternThatRunsOnEverySentence() throws {
        let slow = Self.userPack.replacingOccurrences(of: "kind: lexicon\n    terms: [massive crowd]",
                                                      with: "kind: pattern\n    pattern: '\\w+ crowd|\\d+'")
        let file = try Self.packFolder(slow).appendingPathComponent("pack.yml").path
        let run = try AssayBinary.run(["rules", "check", file])
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("\(file): note: rule mine.crowd: no literal text occurs in every match"), "\(run.stdoutText)")
        let fast = Self.userPack.replacingOccurrences(of: "kind: lexicon\n    terms: [massive crowd]",
                                                      with: "kind: pattern\n    pattern: '\\bmassive \\w+'")
        let quiet = try AssayBinary.run(["rules", "check", try Self.packFolder(fast).appendingPathComponent("pack.yml").path])
        #expect(quiet.status == 0 && !quiet.stdoutText.contains("note:"), "\(quiet.stdoutText)")
    }

    @Test func aMalformedPackStopsAnalyzeBeforeAnyOutput() throws {
        let folder = try Self.packFolder("pack: broken\nrules: [\n  - id: x\n")
        let run = try AssayBinary.run(["analyze", "--rules", folder.path, "seeds/"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("error: \(folder.path)/pack.yml:"), "\(run.stderr)")
        #expect(run.stderr.contains("malformed YAML"))
    }

    @Test func aPathologicalPatternIsRefusedAtLoad() throws {
        let pack = Self.userPack.replacingOccurrences(of: "kind: lexicon\n    terms: [massive crowd]",
                                                      with: "kind: pattern\n    pattern: '(a+)+$'")
        let folder = try Self.packFolder(pack)
        let start = Date()
        let run = try AssayBinary.run(["analyze", "--rules", folder.path, "-"], stdin: Data((String(repeating: "a", count: 50_000) + "!").utf8))
        #expect(run.status == 2)
        #expect(run.stderr.contains("pack.yml:9:14: rule mine.crowd: the pattern repeats a group that itself repeats"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aBacktrackingPatternThatSlipsThroughIsBoundedInTime() throws {
        let pack = Self.userPack.replacingOccurrences(of: "kind: lexicon\n    terms: [massive crowd]",
                                                      with: "kind: pattern\n    pattern: '(a|aa)*c'")
            .replacingOccurrences(of: "⟦massive crowd⟧", with: "⟦aac⟧")
        let folder = try Self.packFolder(pack)
        // The sentence must hold the pattern's required literal "c", or the pattern never runs on it.
        let line = "c " + String(repeating: "a", count: 5_000) + "!"
        let start = Date()
        let run = try AssayBinary.run(["analyze", "--rules", folder.path, "--rule", "mine", "-"], stdin: Data(line.utf8))
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: -: sentence 1: rule mine.crowd: pattern ran out of its time budget"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(start) < 10)

        // A warning quotes the file name as an error does: its control characters shown, not sent to the terminal.
        let named = folder.appendingPathComponent("a\u{1B}[2J\u{202E}b.txt")
        try Data(line.utf8).write(to: named)
        let warned = try AssayBinary.run(["analyze", "--rules", folder.path, "--rule", "mine", named.path])
        #expect(warned.stderr.contains("warning: \(folder.path)/a⟨U+001B⟩[2J⟨U+202E⟩b.txt: sentence 1: rule mine.crowd:"), "\(warned.stderr)")
        #expect(!warned.stderr.unicodeScalars.contains("\u{1B}"))
    }

    @Test func failOnSetsTheExitCode() throws {
        let folder = try Self.packFolder(Self.userPack)
        let hit = try AssayBinary.run(["analyze", "--rules", folder.path, "--fail-on", "error", "seeds/"])
        #expect(hit.status == 1)
        let miss = try AssayBinary.run(["analyze", "--rules", folder.path, "--rule", "mine", "--fail-on", "error",
                                        "seeds/000_0b590991ea34db62.txt"])
        #expect(miss.status == 0)
    }

    @Test func categoryAndRuleFilterTheFindings() throws {
        let run = try AssayBinary.run(["analyze", "--category", "numeric", "--format", "json", "seeds/"])
        let documents = try #require(try run.json()["documents"] as? [[String: Any]])
        let categories = Set(documents.flatMap { $0["findings"] as? [[String: Any]] ?? [] }.compactMap { $0["category"] as? String })
        #expect(categories == ["numeric"])
        let typo = try AssayBinary.run(["analyze", "--rule", "framing.no-such-rule", "seeds/"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("No rule or pack is named 'framing.no-such-rule'"))
    }
}
