import AssayCore
import Extraction
import Testing
import TestSupport
@testable import RulesEngine

/// The attributions of the two seed articles, read from the sentences extraction gives.
@Suite struct AttributionSeedTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var span: String
        var source: String?
        var sourceType: String
        var cue: String
        var quote: String
        var hedged = false
        /// Whether the source is the NCRI or an affiliate, per seeds/sources.yml.
        var selfSourced = false
        var testDescription: String { span }
    }

    static let cases: [Case] = [
        Case(span: "it was soon revealed", source: nil, sourceType: "none", cue: "revealed", quote: "indirect"),
        Case(span: "multiple reports have emerged", source: "multiple reports", sourceType: "vague", cue: "emerged",
             quote: "indirect"),
        Case(span: "Mrs. Maryam Rajavi, the President-elect of NCRI said",
             source: "Mrs. Maryam Rajavi, the President-elect of NCRI", sourceType: "person", cue: "said",
             quote: "direct", selfSourced: true),
        Case(span: "the MEK and NCRI describe", source: "the MEK and NCRI", sourceType: "organization",
             cue: "describe", quote: "indirect", selfSourced: true),
        Case(span: "The Iranian Resistance has long argued", source: "The Iranian Resistance",
             sourceType: "organization", cue: "argued", quote: "indirect", selfSourced: true),
        Case(span: "many people who participated in the election said", source: "many people", sourceType: "vague",
             cue: "said", quote: "indirect"),
        Case(span: "Mostafa Pourmohammadi, who also served on the Death Commission and declared",
             source: "Mostafa Pourmohammadi", sourceType: "person", cue: "declared", quote: "indirect"),
        Case(span: "he described", source: "he", sourceType: "person", cue: "described", quote: "indirect"),
        Case(span: "The MEK has variously pointed out", source: "The MEK", sourceType: "organization",
             cue: "pointed out", quote: "indirect", selfSourced: true),
        Case(span: "the Washington, D.C. office of the National Council of Resistance of Iran held press conferences to detail",
             source: "the Washington, D.C. office of the National Council of Resistance of Iran",
             sourceType: "organization", cue: "held press conferences to detail", quote: "indirect", selfSourced: true),
        Case(span: "it explained", source: "it", sourceType: "organization", cue: "explained", quote: "indirect"),
        Case(span: "reportedly", source: nil, sourceType: "none", cue: "reportedly", quote: "indirect", hedged: true),
        Case(span: "supposedly", source: nil, sourceType: "none", cue: "supposedly", quote: "indirect", hedged: true),
        Case(span: "widely viewed", source: nil, sourceType: "vague", cue: "viewed", quote: "indirect"),
    ]

    static let sentences: [String] = {
        Repository.seedNames.flatMap { name in
            (try? Extractor().extract(.file(path: Repository.seed(name).path)).sentences.map(\.text)) ?? []
        }
    }()

    static let registry: SourceRegistry? = try? SourceRegistry.load(path: Repository.url("seeds/sources.yml").path)

    @Test(arguments: cases)
    func seedAttributionIsRecognized(_ expected: Case) throws {
        let found = try #require(Self.sentences.lazy.flatMap(ShippedAttribution.recognize).first { $0.span == expected.span })
        #expect(found.fields["source"] == expected.source.map(FieldValue.string) ?? .null)
        #expect(found.fields["sourceType"] == .string(expected.sourceType))
        #expect(found.fields["cue"] == .string(expected.cue))
        #expect(found.fields["quote"] == .string(expected.quote))
        #expect(found.fields["hedged"] == .bool(expected.hedged))
        let registry = try #require(Self.registry)
        let source = expected.source ?? ""
        #expect(registry.isSelfSourced(source: source, publisher: "NCRI") == expected.selfSourced)
    }

    /// Attributions the cues beyond "said" find too (issue 19): stances and appeals a source
    /// takes, as PolNeAR's annotators mark them.
    static let stances = [
        "the MEK prominently supports", "the same organization is calling", "people calling", "they recognized",
        "foreign policy experts who recognize", "scholars have already declared", "the NCRI has repeatedly appealed",
        "NCRI President Maryam Rajavi has laid out",
        // The posters' appeal, and what they suggest (the participle takes the earlier source).
        "posters urged",
        "posters urged a “vote for regime change,” and many of them included the likeness of Maryam Rajavi, suggesting",
        // Expectations without anyone who expects: "It is also expected that the event will inspire millions".
        "is expected", "is also expected", "are imminently expected",
        // The writer's own hedge: "what appears to be a crucial historical moment".
        "appears to",
        // Intelligence with its source: "the MEK identified a series of Revolutionary Guard training camps".
        "the MEK identified",
    ]

    /// Every attribution in the seeds is one of the cases above: nothing else is flagged.
    @Test func seedsHaveNoOtherAttributions() {
        let spans = Self.sentences.flatMap { ShippedAttribution.recognize($0).map(\.span) }
        #expect(Set(spans) == Set(Self.cases.map(\.span) + Self.stances))
        #expect(spans.count == Self.cases.count + Self.stances.count)
    }
}
