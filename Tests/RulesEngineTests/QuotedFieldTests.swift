import AssayCore
import Extraction
import Testing
import TestSupport
@testable import RulesEngine

/// A field that quotes the document quotes it as written: the rules match a normalised copy
/// (straight quotes, plain hyphens and spaces, Latin letters for look-alikes), but what they
/// report is the document's own characters.
@Suite struct QuotedFieldTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var rule: String
        var field: String
        var quoted: String
        var testDescription: String { "\(field) “\(quoted)”" }
    }

    static let cases: [Case] = [
        Case(text: "Mr. O’Brien said the talks had failed.", rule: "attribution.named-source",
             field: "source", quoted: "Mr. O’Brien"),
        Case(text: "“We will not back down,” said the party’s leader.", rule: "attribution.named-source",
             field: "source", quoted: "the party’s leader"),
        // A non-breaking hyphen (U+2011) inside the name.
        Case(text: "The Mojahedin\u{2011}e Khalq announced that the talks had failed.", rule: "attribution.named-source",
             field: "source", quoted: "The Mojahedin\u{2011}e Khalq"),
        // A Cyrillic "а" in the cue, read as "said" for matching.
        Case(text: "Officials s\u{0430}id the talks had failed.", rule: "attribution.vague-source",
             field: "cue", quoted: "s\u{0430}id"),
        // A Unicode hyphen (U+2010).
        Case(text: "Mr. Smith\u{2010}Jones said the talks had failed.", rule: "attribution.named-source",
             field: "source", quoted: "Mr. Smith\u{2010}Jones"),
        Case(text: "The guards control well over half of Iran’s gross domestic product.", rule: "numeric.hedged-estimate",
             field: "referent", quoted: "Iran’s gross domestic product"),
    ]

    @Test(arguments: cases)
    func shippedRulesQuoteTheTextAsWritten(_ test: Case) throws {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let document = Extractor().extract(text: test.text, source: "test.txt", format: .text)
        let found = RuleEngine(rules: ruleSet).apply(to: document).document.findings
        let finding = try #require(found.first { $0.rule == test.rule }, "found: \(found.map(\.rule))")
        #expect(finding.fields[test.field] == .string(test.quoted))
    }

    @Test func aLexiconMessageQuotesTheMatchAsWritten() throws {
        // A Cyrillic "е", then a soft hyphen.
        let text = "They fled the clerical r\u{0435}gime and the clerical re\u{00AD}gime."
        let found = try findings(pack: packYAML(), in: text)
        #expect(found.map(\.message) == ["Loaded: clerical r\u{0435}gime", "Loaded: clerical re\u{00AD}gime"])
    }

    @Test func aPatternGroupQuotesTheTextAsWritten() throws {
        let yaml = packYAML(kind: "pattern", parameters: #"pattern: "\\b(?<actor>\\w+'\\w+) said\\b""#)
            .replacingOccurrences(of: "{match}", with: "{actor}")
        let found = try findings(pack: yaml, in: "Mr O’Brien said so.")
        #expect(found.first?.fields["actor"] == .string("O’Brien"))
        #expect(found.first?.message == "Loaded: O’Brien")
    }

    @Test func aSourceQuotedAsWrittenStillNamesThePublisher() throws {
        let registry = try SourceRegistry.load(yaml: """
            entities:
              - name: National Council of Resistance of Iran
                aliases: [NCRI]
            """, file: "sources.yml")
        // "NСRI" with a Cyrillic "С".
        let text = "The N\u{0421}RI said the talks had failed."
        let document = Extractor().extract(text: text, source: "test.txt", format: .text)
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let found = RuleEngine(rules: ruleSet, registry: registry, publisher: "NCRI").apply(to: document).document.findings
        let selfSourced = try #require(found.first { $0.rule == "attribution.self-sourced" })
        #expect(selfSourced.fields["source"] == .string("The N\u{0421}RI"))
    }
}
