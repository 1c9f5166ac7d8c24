import Foundation
import Testing
import TestSupport

/// What issue 3 says the shipped packs must find on the two seed articles, checked on the
/// built binary's JSON output: the exact span text, its offsets, and the fields.
@Suite struct SeedExpectationTests {
    struct Expected: CustomTestStringConvertible, Sendable {
        var seed: String
        var category: String
        var text: String
        var fields: [String: String]
        var testDescription: String { "\(category): “\(text)”" }
    }

    static let first = "000_0b590991ea34db62.txt"
    static let second = "004_7c6fb8ad358d5ed6.txt"

    static let numeric: [Expected] = [
        Expected(seed: first, category: "numeric", text: "as many as 100,000 Iranian expatriates", fields: ["bound": "upper", "value": "100000"]),
        Expected(seed: first, category: "numeric", text: "Hundreds of high-profile political dignitaries", fields: ["bound": "vague"]),
        Expected(seed: first, category: "numeric", text: "Five-hundred grams of the high-explosive TATP", fields: ["bound": "exact", "value": "500"]),
        Expected(seed: first, category: "numeric", text: "over 30,000 political prisoners", fields: ["bound": "lower", "value": "30000"]),
        Expected(seed: second, category: "numeric", text: "upwards of 100,000 supporters", fields: ["bound": "lower", "value": "100000"]),
        Expected(seed: second, category: "numeric", text: "an estimated 30,000 people", fields: ["bound": "approximate", "value": "30000"]),
        Expected(seed: second, category: "numeric", text: "approximately 120,000 martyrs", fields: ["bound": "approximate", "value": "120000"]),
        Expected(seed: second, category: "numeric", text: "about three months", fields: ["bound": "approximate", "value": "3"]),
        Expected(seed: second, category: "numeric", text: "millions of Iranian households", fields: ["bound": "vague"]),
        Expected(seed: second, category: "numeric", text: "well over half of Iran’s gross domestic product",
                 fields: ["bound": "lower", "type": "proportion", "value": "0.5"]),
        Expected(seed: second, category: "numeric", text: "42 separate missile sites", fields: ["bound": "exact", "value": "42"]),
    ]

    static let attribution: [Expected] = [
        Expected(seed: first, category: "attribution", text: "it was soon revealed", fields: ["sourceType": "none"]),
        Expected(seed: first, category: "attribution", text: "multiple reports have emerged", fields: ["sourceType": "vague"]),
        Expected(seed: first, category: "attribution", text: "Mrs. Maryam Rajavi, the President-elect of NCRI said",
                 fields: ["sourceType": "person", "quote": "direct", "selfSourced": "true"]),
        Expected(seed: second, category: "attribution", text: "the MEK and NCRI describe",
                 fields: ["sourceType": "organization", "selfSourced": "true"]),
        Expected(seed: second, category: "attribution", text: "many people who participated in the election said",
                 fields: ["sourceType": "vague"]),
        Expected(seed: second, category: "attribution", text: "Mostafa Pourmohammadi, who also served on the Death Commission and declared",
                 fields: ["sourceType": "person", "quote": "indirect", "selfSourced": "false"]),
        Expected(seed: second, category: "attribution", text: "The MEK has variously pointed out",
                 fields: ["sourceType": "organization", "selfSourced": "true"]),
        Expected(seed: second, category: "attribution", text: "reportedly", fields: ["hedged": "true"]),
        Expected(seed: second, category: "attribution", text: "widely viewed", fields: ["sourceType": "vague"]),
    ]

    static let framing: [Expected] = [
        Expected(seed: first, category: "framing", text: "clerical regime", fields: ["technique": "name-calling"]),
        Expected(seed: first, category: "framing", text: "mullahs", fields: ["technique": "name-calling"]),
        Expected(seed: second, category: "framing", text: "religious fascism", fields: ["technique": "name-calling"]),
        Expected(seed: first, category: "framing", text: "notorious", fields: ["technique": "loaded-language"]),
        Expected(seed: first, category: "framing", text: "It would be foolish for", fields: ["technique": "moral-imperative"]),
        Expected(seed: first, category: "framing", text: "civilized government", fields: ["technique": "flag-waving"]),
        Expected(seed: first, category: "framing", text: "moral duty", fields: ["technique": "moral-imperative"]),
        Expected(seed: first, category: "framing", text: "The international community must", fields: ["technique": "moral-imperative"]),
        Expected(seed: first, category: "framing", text: "must pay attention", fields: ["technique": "moral-imperative"]),
        Expected(seed: first, category: "framing", text: "could conceivably result in", fields: ["technique": "unfalsifiable-speculation"]),
        Expected(seed: second, category: "framing", text: "massive crowd", fields: ["technique": "loaded-language"]),
        Expected(seed: first, category: "framing", text: "epicenters for espionage and terrorism", fields: ["technique": "appeal-to-fear"]),
    ]

    /// Documents of one `assay analyze --format json --publisher NCRI seeds/` run, by file name.
    static let documents: [String: AnalyzedDocument] = {
        guard let run = try? AssayBinary.run(["analyze", "--format", "json", "--publisher", "NCRI", "seeds/"]),
              let output = try? JSONDecoder().decode(AnalyzeOutput.self, from: run.stdout) else { return [:] }
        return Dictionary(output.documents.map { (URL(fileURLWithPath: $0.source).lastPathComponent, $0) }) { first, _ in first }
    }()

    func check(_ expected: Expected) throws {
        let document = try #require(Self.documents[expected.seed], "the binary analyzed \(expected.seed)")
        let findings = document.findings.filter { $0.category == expected.category }
        let matching = findings.filter { $0.text == expected.text }
        try #require(!matching.isEmpty, "no \(expected.category) finding “\(expected.text)”; found: \(findings.map(\.text))")
        let withFields = matching.filter { finding in expected.fields.allSatisfy { finding.fields[$0.key]?.text == $0.value } }
        #expect(!withFields.isEmpty, "fields of “\(expected.text)”: \(matching.map(\.fields))")
        for finding in matching {
            #expect(scalarSlice(document.text, finding.start, finding.end) == expected.text, "the span is exact in the text")
        }
    }

    @Test(arguments: numeric)
    func numericEstimates(_ expected: Expected) throws { try check(expected) }

    @Test(arguments: attribution)
    func attributions(_ expected: Expected) throws { try check(expected) }

    @Test(arguments: framing)
    func advocacyFraming(_ expected: Expected) throws { try check(expected) }

    @Test func theSeedPhrasesAreFlaggedWhereTheyStand() throws {
        // "hardline servants of the clerical regime" and "Western nations have a moral duty":
        // the loaded part of each is flagged inside the phrase.
        for (seed, phrase, flagged) in [(Self.second, "hardline servants of the clerical regime", "clerical regime"),
                                        (Self.first, "Western nations have a moral duty", "moral duty")] {
            let document = try #require(Self.documents[seed])
            let found = document.findings.contains { finding in
                finding.text == flagged
                    && scalarSlice(document.text, max(0, finding.end - phrase.unicodeScalars.count), finding.end) == phrase
            }
            #expect(found, "“\(flagged)” flagged within “\(phrase)”")
        }
    }

    @Test func thePublisherComesFromTheMastheadAndTheRegistryFromSources() throws {
        // Seed 000's masthead "NCRI" is its site name: no --publisher needed.
        let rajavi = "Mrs. Maryam Rajavi, the President-elect of NCRI said"
        func selfSourced(_ arguments: [String]) throws -> String? {
            let run = try AssayBinary.run(["analyze", "--category", "attribution", "--format", "json"] + arguments
                                          + ["seeds/" + Self.first])
            let document = try JSONDecoder().decode(AnalyzeOutput.self, from: run.stdout).documents.first
            return document?.findings.first { $0.text == rajavi }?.fields["selfSourced"]?.text
        }
        #expect(try selfSourced([]) == "true")
        let folder = try Repository.temporaryFolder()
        let registry = folder.appendingPathComponent("sources.yml")
        try "entities:\n  - name: BBC News\n    aliases: [BBC]\n".write(to: registry, atomically: true, encoding: .utf8)
        #expect(try selfSourced(["--sources", registry.path]) == "false")
        #expect(try selfSourced(["--publisher", "BBC"]) == "false")
        let missing = try AssayBinary.run(["analyze", "--sources", folder.appendingPathComponent("none.yml").path, "seeds/"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.yml"))
    }

    @Test func neutralReportingIsNotFramed() throws {
        let neutral = """
        The diplomat, Assadollah Assadi, was arrested sometime after the couple, and all three are imminently expected to go on trial in Belgium.
        The bank raised interest rates by 0.25 percentage points on Thursday. Shares in the company rose 3% in early trading.
        The minister said the new tax regime would take effect in April. Police said two men had been detained.
        """
        let run = try AssayBinary.run(["analyze", "--category", "framing", "--format", "json", "-"], stdin: Data(neutral.utf8))
        let output = try JSONDecoder().decode(AnalyzeOutput.self, from: run.stdout)
        #expect(output.documents.first?.findings.map(\.text) == [])
    }

    @Test func aFigureIsAttributedWhenItsAssertionNamesASource() throws {
        let document = try #require(Self.documents[Self.second])
        // "The MEK has variously pointed out that the Revolutionary Guard controls well over half…"
        let cited = try #require(document.findings.first { $0.text == "well over half of Iran’s gross domestic product" })
        #expect(cited.fields["attributed"]?.text == "true")
        let uncited = try #require(document.findings.first { $0.text == "42 separate missile sites" })
        #expect(uncited.fields["attributed"]?.text == "false")
    }
}

/// The parts of `assay analyze --format json` these tests read.
struct AnalyzeOutput: Decodable {
    var documents: [AnalyzedDocument]
}

struct AnalyzedDocument: Decodable, Sendable {
    var source: String
    var text: String
    var findings: [AnalyzedFinding]
}

struct AnalyzedFinding: Decodable, Sendable {
    var rule: String
    var category: String
    var start: Int
    var end: Int
    var text: String
    var fields: [String: JSONScalar]
}

/// A JSON scalar as text: numbers without a trailing ".0" when whole, booleans as true/false.
struct JSONScalar: Decodable, Sendable, CustomStringConvertible {
    var text: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            text = "null"
        } else if let flag = try? container.decode(Bool.self) {
            text = String(flag)
        } else if let number = try? container.decode(Double.self) {
            text = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        } else {
            text = try container.decode(String.self)
        }
    }

    var description: String { text }
}
