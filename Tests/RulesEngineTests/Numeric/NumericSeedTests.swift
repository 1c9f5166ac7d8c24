import AssayCore
import Extraction
import Foundation
@testable import RulesEngine
import TestSupport
import Testing

/// The figures the issue names in the two seed articles, found in the real text as the engine
/// will see it: extracted, split into sentences, normalised for matching.
@Suite struct NumericSeedTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var seed: String
        var span: String
        var fields: [String: FieldValue]
        var testDescription: String { span }
    }

    static let first = Repository.seedNames[0]
    static let second = Repository.seedNames[1]

    static let cases: [Case] = [
        Case(seed: first, span: "as many as 100,000 Iranian expatriates",
             fields: ["type": .string("count"), "bound": .string("upper"), "value": .number(100_000),
                      "hedge": .string("as many as"), "referent": .string("Iranian expatriates")]),
        Case(seed: first, span: "Hundreds of high-profile political dignitaries",
             fields: ["type": .string("count"), "bound": .string("vague"), "magnitude": .number(100),
                      "hedge": .null, "referent": .string("high-profile political dignitaries")]),
        Case(seed: first, span: "Five-hundred grams of the high-explosive TATP",
             fields: ["type": .string("count"), "bound": .string("exact"), "value": .number(500),
                      "referent": .string("grams of the high-explosive TATP")]),
        Case(seed: first, span: "over 30,000 political prisoners",
             fields: ["bound": .string("lower"), "value": .number(30_000), "hedge": .string("over"),
                      "referent": .string("political prisoners")]),
        Case(seed: first, span: "1988", fields: ["type": .string("date"), "bound": .string("exact"), "value": .number(1988)]),
        // "of the MEK" qualifies the supporters; an "of" continuation is taken only after a unit.
        Case(seed: second, span: "upwards of 100,000 supporters",
             fields: ["bound": .string("lower"), "value": .number(100_000), "hedge": .string("upwards of"),
                      "referent": .string("supporters")]),
        Case(seed: second, span: "2017", fields: ["type": .string("date"), "bound": .string("exact"), "value": .number(2017)]),
        Case(seed: second, span: "an estimated 30,000 people",
             fields: ["bound": .string("approximate"), "value": .number(30_000), "hedge": .string("an estimated"),
                      "referent": .string("people")]),
        Case(seed: second, span: "approximately 120,000 martyrs",
             fields: ["bound": .string("approximate"), "value": .number(120_000), "referent": .string("martyrs")]),
        Case(seed: second, span: "about three months",
             fields: ["bound": .string("approximate"), "value": .number(3), "hedge": .string("about"),
                      "referent": .string("months")]),
        Case(seed: second, span: "millions of Iranian households",
             fields: ["bound": .string("vague"), "magnitude": .number(1_000_000), "referent": .string("Iranian households")]),
        // The seed writes "Iran’s" with a curly apostrophe, and span and referent quote it as written.
        Case(seed: second, span: "well over half of Iran’s gross domestic product",
             fields: ["type": .string("proportion"), "bound": .string("lower"), "value": .number(0.5),
                      "hedge": .string("well over"), "referent": .string("Iran’s gross domestic product")]),
        Case(seed: second, span: "42 separate missile sites",
             fields: ["type": .string("count"), "bound": .string("exact"), "value": .number(42),
                      "hedge": .null, "referent": .string("separate missile sites")]),
    ]

    @Test(arguments: cases)
    func findsTheIssuesFigure(_ example: Case) throws {
        let found = try Self.found(inSeed: example.seed)
        let match = found.first { $0.text == example.span }
        #expect(match != nil, "no ⟦\(example.span)⟧ among \(found.map(\.text))")
        if let match {
            #expect(NumericFixture.has(match.fields, example.fields), "\(match)")
        }
    }

    /// Every figure of a seed: what the recognizer reports over each sentence of the extracted text.
    static func found(inSeed name: String) throws -> [NumericFixture.Found] {
        let source = try String(contentsOf: Repository.seed(name), encoding: .utf8)
        let document = Extractor().extract(text: source, source: name, format: .text)
        let text = MatchText(document.text)
        return document.sentences.flatMap { sentence in
            let bytes = text.byteOffset(ofScalar: sentence.start)..<text.byteOffset(ofScalar: sentence.end)
            return NumericFixture.recognizer.recognize(SentenceView(text: text, byteRange: bytes)).map {
                NumericFixture.Found(text: text.string($0.byteRange), fields: $0.fields)
            }
        }
    }
}
