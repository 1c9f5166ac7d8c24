import Foundation
import Testing
import TestSupport
@testable import RulesEngine

/// A pattern and the literal set expected from it (nil: none is certain).
struct LiteralsCase: CustomTestStringConvertible, Sendable {
    var pattern: String
    var expected: Set<String>?
    var testDescription: String { pattern }
}

@Suite struct RequiredLiteralsTests {
    typealias Case = LiteralsCase

    static let cases: [Case] = [
        Case(pattern: #"\bfree world\b"#, expected: ["free world"]),
        Case(pattern: #"Free World"#, expected: ["free world"]),
        Case(pattern: #"\bhotbeds? of"#, expected: ["hotbed"]),
        Case(pattern: #"[a-z]+ing\b"#, expected: ["ing"]),
        Case(pattern: #"ab+c"#, expected: ["ab"]),
        Case(pattern: #"(?:must|should) (?:now )?(?:wake up|act now)"#, expected: ["wake up", "act now"]),
        Case(pattern: #"\b(?:all |most )?(?:experts|doctors) agree\b"#, expected: ["experts", "doctors"]),
        Case(pattern: #"\bx\b|\bfree world\b|\bour (?:way of life|great nation)\b"#,
             expected: ["x", "free world", "way of life", "great nation"]),
        Case(pattern: #"(?<who>[A-Z]\w+) said"#, expected: [" said"]),
        Case(pattern: #"(?=foo)bar"#, expected: ["bar"]),
        Case(pattern: #"it(?:'s| is) too late"#, expected: [" too late"]),
        Case(pattern: #"un\-American"#, expected: ["un-american"]),
        Case(pattern: #"[[a-z]&&[^q]]+ers"#, expected: ["ers"]),
        Case(pattern: #"(?i)threat"#, expected: ["threat"]),
        // Nothing is certain: every sentence is a candidate.
        Case(pattern: #"\w+"#, expected: nil),
        Case(pattern: #"threat|\d+"#, expected: nil),
        Case(pattern: #"(?:threat)?"#, expected: nil),
        Case(pattern: #"(?:a|)b?"#, expected: nil),
        Case(pattern: "(?x) free world", expected: nil),
        Case(pattern: #"\Qfree\E"#, expected: nil),
        Case(pattern: #"(\w+) \1"#, expected: nil),
        Case(pattern: #"\p{Lu}\w+"#, expected: nil),
        Case(pattern: "café", expected: ["caf"]),
        Case(pattern: "(unclosed", expected: nil),
    ]

    @Test(arguments: cases)
    func literalsEveryMatchContains(_ test: Case) {
        #expect(RequiredLiterals.of(test.pattern) == test.expected)
    }

    @Test func everyShippedPatternHasLiterals() throws {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let patterns = ruleSet.rules.compactMap { rule -> (String, String)? in
            guard case .pattern(let parameters) = rule.kind else { return nil }
            return (rule.id, parameters.pattern.source)
        }
        #expect(patterns.count >= 10)
        for (id, source) in patterns {
            let literals = RequiredLiterals.of(source)
            #expect(literals != nil, "\(id) would run on every sentence")
            #expect((literals ?? []).allSatisfy { $0.count >= 3 }, "\(id): \(literals ?? [])")
        }
    }
}

@Suite struct MatchStartsTests {
    typealias Case = LiteralsCase

    static let cases: [Case] = [
        Case(pattern: #"\bfree world\b"#, expected: ["free world"]),
        Case(pattern: #"\b(?:worst|biggest) (?:\w+ ){1,2}ever\b"#, expected: ["worst", "biggest"]),
        Case(pattern: #"\b(?:all |most )?(?:experts|doctors) agree\b"#, expected: ["all ", "most ", "experts", "doctors"]),
        Case(pattern: #"^(?i)Threat"#, expected: ["threat"]),
        Case(pattern: #"fo+o"#, expected: ["f"]),
        Case(pattern: #"x|\bour (?:way|nation)"#, expected: ["x", "our "]),
        Case(pattern: #"(?<=not )bad"#, expected: nil),
        Case(pattern: #"\w+ said"#, expected: nil),
        Case(pattern: #"(?:a|)b"#, expected: nil),
        Case(pattern: #"(?:threat)?"#, expected: nil),
        Case(pattern: #"(?:must )*act"#, expected: ["must ", "act"]),
    ]

    @Test(arguments: cases)
    func literalsEveryMatchStartsWith(_ test: Case) {
        #expect(RequiredLiterals.starts(of: test.pattern) == test.expected)
    }

    @Test func offsetsAreWhereAStartLiteralBegins() throws {
        let starts = try #require(MatchStarts(pattern: #"\b(?:all |most )?(?:experts|doctors) agree"#))
        let bytes = Array("..Most experts and all DOCTORS agree".utf8)
        #expect(starts.offsets(in: bytes, 2..<bytes.count) == [0, 5, 17, 21])
        #expect(starts.offsets(in: Array("Nobody agrees.".utf8), 0..<14) == [])
        let accented = Array("Les experts s\u{E9}rieux".utf8)
        #expect(starts.offsets(in: accented, 0..<accented.count) == nil)
    }

    /// Trying a pattern anchored at its start offsets finds exactly what a search of the whole
    /// sentence finds: the same matches, the same groups, none overlapping.
    @Test func anchoredTriesFindWhatTheWholeSearchFinds() throws {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        var patterns = ruleSet.rules.compactMap { rule -> BoundedPattern? in
            guard case .pattern(let parameters) = rule.kind else { return nil }
            return parameters.pattern
        }
        patterns += try [
            (#"\baa"#, false), (#"aa"#, false), (#"(?:ab|abc)d?"#, false), (#"^the \w+"#, false), (#"war$"#, false),
            (#"(?<who>[Tt]he \w+) said"#, true), (#"\bnot\b"#, false), (#"(?:very )?bad(?! news)"#, false),
            (#"\b(?:all |most )?(?:experts|doctors) agree\b"#, false),
        ].map { try BoundedPattern($0.0, caseSensitive: $0.1) }
        var sentences = try ["000_0b590991ea34db62.txt", "004_7c6fb8ad358d5ed6.txt"].flatMap { name in
            try String(contentsOf: Repository.url("seeds/\(name)"), encoding: .utf8)
                .split(whereSeparator: { $0 == "." || $0 == "\n" }).map(String.init)
        }
        sentences += [
            "aaaaa", "baaa aa", "abcd abd abc", "the war said the war", "The war, the man said, was not bad",
            "Most experts agree, and all doctors agree; doctorsagree; most experts agreed", "It is the BIGGEST SCANDAL IN HISTORY.",
            "The West must WAKE UP and act now, not later.", "notnot not", "very bad news, very bad",
            "Worst worst thing ever, the worst day ever", "",
        ]
        var found = 0
        for pattern in patterns {
            let starts = MatchStarts(pattern: pattern.source)
            for sentence in sentences {
                let bytes = Array(sentence.utf8)
                let whole = pattern.matches(in: sentence).matches
                let anchored = pattern.matches(in: sentence, startingAt: starts?.offsets(in: bytes, 0..<bytes.count)).matches
                #expect(anchored.map(\.range) == whole.map(\.range), "\(pattern.source) on “\(sentence)”")
                #expect(anchored.map(\.groups) == whole.map(\.groups), "\(pattern.source) on “\(sentence)”")
                found += whole.count
            }
        }
        #expect(found >= 40)
    }
}

@Suite struct LiteralScannerTests {
    @Test func findsOverlappingLiteralsIgnoringASCIICase() {
        let scanner = LiteralScanner([(Array("he".utf8), [0]), (Array("she".utf8), [1]),
                                      (Array("hers".utf8), [2]), (Array("his".utf8), [3])])
        func found(_ text: String) -> [Int] {
            var marks = Array(repeating: false, count: 4)
            let bytes = Array(text.utf8)
            scanner.scan(bytes, 0..<bytes.count, marking: &marks)
            return marks.indices.filter { marks[$0] }
        }
        #expect(found("USHERS") == [0, 1, 2])
        #expect(found("ahishe") == [0, 1, 3])
        #expect(found("hhhhh") == [])
        #expect(found("") == [])
        #expect(found("h\u{E9}rs she") == [0, 1])
        #expect(found("s\u{0}he") == [0])
    }

    @Test func scansOnlyTheRange() {
        let scanner = LiteralScanner([(Array("war".utf8), [0])])
        let bytes = Array("war and peace".utf8)
        var marks = [false]
        scanner.scan(bytes, 1..<bytes.count, marking: &marks)
        #expect(marks == [false])
        scanner.scan(bytes, 0..<3, marking: &marks)
        #expect(marks == [true])
    }
}

@Suite struct PatternPrefilterTests {
    /// The prefilter must never hide a match: on every sentence where a pattern matches
    /// (case-insensitively, as ICU folds case), the pattern is a candidate.
    @Test func neverHidesAMatchOfAShippedPattern() throws {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let patterns = ruleSet.rules.compactMap { rule -> BoundedPattern? in
            guard case .pattern(let parameters) = rule.kind else { return nil }
            return parameters.pattern
        }
        let prefilter = PatternPrefilter(patterns: patterns.map(\.source))
        var sentences = try ["000_0b590991ea34db62.txt", "004_7c6fb8ad358d5ed6.txt"].flatMap { name in
            try String(contentsOf: Repository.url("seeds/\(name)"), encoding: .utf8)
                .split(whereSeparator: { $0 == "." || $0 == "\n" }).map(String.init)
        }
        sentences += [
            "It is the BIGGEST SCANDAL IN HISTORY.", "The West must WAKE UP.",
            "The embassies are hotbeds of terroriſm.", "We must act before it is too late, the ſpeaker ſaid.",
            "A \u{212A}illing: the civilised world must act.", "Everybody kno\u{FB00}s it.",
            "It would be fooli\u{DF} for us.", "Experts agree.",
        ]
        var matched = 0
        var candidates: [Bool] = []
        for sentence in sentences {
            let bytes = Array(sentence.utf8)
            prefilter.candidates(in: bytes, 0..<bytes.count, into: &candidates)
            for (index, pattern) in patterns.enumerated() where !pattern.matches(in: sentence).matches.isEmpty {
                matched += 1
                #expect(candidates[index], "\(pattern.source) matches “\(sentence)” but was filtered out")
            }
        }
        #expect(matched >= 8)
    }

    @Test func filtersOutSentencesWithoutALiteral() {
        let prefilter = PatternPrefilter(patterns: [#"\bfree world\b"#, #"\w+ said"#, #"\d+"#])
        var candidates: [Bool] = []
        let bytes = Array("The talks ended on Tuesday.".utf8)
        prefilter.candidates(in: bytes, 0..<bytes.count, into: &candidates)
        #expect(candidates == [false, false, true])
        let other = Array("Leaders of the FREE WORLD met, he said.".utf8)
        prefilter.candidates(in: other, 0..<other.count, into: &candidates)
        #expect(candidates == [true, true, true])
    }

    /// Every scalar whose case mappings contain an ASCII letter is on the list that makes all
    /// patterns candidates (ICU's case-insensitive matching can equate it with ASCII text).
    @Test func listsEveryScalarThatFoldsToASCII() {
        let listed = Set(PatternPrefilter.foldsToASCII)
        var missing: [String] = []
        for value in UInt32(0x80)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value), !listed.contains(scalar) else { continue }
            let properties = scalar.properties
            let mappings = [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
            if mappings.contains(where: { $0.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }) {
                missing.append(String(format: "U+%04X", value))
            }
        }
        #expect(missing.isEmpty, "\(missing)")
    }
}
