import Foundation
import Testing
import TestSupport

/// An ordinary local-news article (Fixtures/local-news-attribution.txt) holding one sentence of
/// each kind of attribution a new user saw go wrong: anonymous, group and organisation sources,
/// words inside a quotation, a quotation over several sentences, a figure after "according to a
/// report by X", a byline, a headline cue and a heading that is a noun phrase.
@Suite("assay analyze: attribution on a local-news article, end to end")
struct AttributionArticleTests {
    private static let article = "Tests/EndToEndTests/Fixtures/local-news-attribution.txt"

    private struct Attribution {
        var rule: String
        var text: String
        var fields: [String: Any]
        var source: String? { fields["source"] as? String }
        var sourceType: String? { fields["sourceType"] as? String }
    }

    private static func analyzed() throws -> (document: [String: Any], attributions: [Attribution]) {
        let run = try AssayBinary.run(["analyze", "--format", "json", Repository.url(article).path])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require((try run.json()["documents"] as? [[String: Any]])?.first)
        let findings = try #require(document["findings"] as? [[String: Any]])
        let attributions = findings.filter { $0["category"] as? String == "attribution" }.map {
            Attribution(rule: $0["rule"] as? String ?? "", text: $0["text"] as? String ?? "",
                        fields: $0["fields"] as? [String: Any] ?? [:])
        }
        return (document, attributions)
    }

    private func attribution(opening prefix: String, in attributions: [Attribution]) throws -> Attribution {
        try #require(attributions.first { $0.text.hasPrefix(prefix) }, "no attribution opening \"\(prefix)\"")
    }

    @Test("anonymous sources are flagged as anonymous, never named; a warning when the text says they are anonymous, info for a role without a name")
    func anonymousSources() throws {
        let (_, attributions) = try Self.analyzed()
        for (opening, source, rule) in [
            ("Sources familiar", "Sources familiar with the negotiations", "attribution.anonymous-source"),
            ("A city official", "A city official", "attribution.anonymous-source"),
            ("A spokesperson", "A spokesperson for the Coastal Defense Fund", "attribution.unnamed-source"),
        ] {
            let found = try attribution(opening: opening, in: attributions)
            #expect(found.source == source)
            #expect(found.sourceType == "anonymous")
            #expect(found.rule == rule)
        }
    }

    @Test("groups and generic nouns are vague sources, not people")
    func groupsAreVague() throws {
        let (_, attributions) = try Self.analyzed()
        for (opening, cue) in [("Supporters", "say"), ("Some experts", "questioned"), ("Many residents", "agree"),
                               ("Environmental groups", "warned")] {
            let found = try attribution(opening: opening, in: attributions)
            #expect(found.sourceType == "vague", "\(opening)")
            #expect(found.fields["cue"] as? String == cue)
        }
    }

    @Test("an alliance and the police are organisations")
    func organisations() throws {
        let (_, attributions) = try Self.analyzed()
        #expect(try attribution(opening: "The Harbor Growth Alliance", in: attributions).sourceType == "organization")
        #expect(try attribution(opening: "Police said", in: attributions).sourceType == "organization")
    }

    @Test("words inside a quotation are not attributions; the quotation goes on being its speaker's")
    func quotations() throws {
        let (_, attributions) = try Self.analyzed()
        #expect(!attributions.contains { $0.source == "Nobody" })
        let park = attributions.filter { $0.source == "Park" }
        #expect(park.map(\.text) == ["Park said", "\"We held twelve public meetings.", "Every resident had a chance to speak.\""])
        #expect(park.map { $0.fields["continued"] as? Bool } == [false, true, true])
        #expect(park.allSatisfy { $0.fields["quote"] as? String == "direct" })
    }

    @Test("a figure after \"according to a report by X\" is attributed to X")
    func reportByOrganisation() throws {
        let (document, attributions) = try Self.analyzed()
        let report = try attribution(opening: "According to", in: attributions)
        #expect(report.source == "a report by the Harbor Institute")
        #expect(report.sourceType == "organization")
        let findings = try #require(document["findings"] as? [[String: Any]])
        let figure = try #require(findings.first { ($0["text"] as? String)?.contains("$600 million") == true })
        #expect((figure["fields"] as? [String: Any])?["attributed"] as? Bool == true)
    }

    @Test("a byline is set aside; a heading noun is no cue; a headline's message is in words")
    func bylineAndHeadings() throws {
        let (document, attributions) = try Self.analyzed()
        let boilerplate = try #require(document["boilerplate"] as? [[String: Any]])
        #expect(boilerplate.compactMap { $0["text"] as? String }.contains("By Dana Whitfield, Staff Reporter"))
        #expect(!(document["text"] as? String ?? "").contains("Dana Whitfield"))
        #expect(!attributions.contains { $0.text.contains("Big") })
        let findings = try #require(document["findings"] as? [[String: Any]])
        let headline = try #require(findings.first { $0["text"] as? String == "Mayor Says" })
        #expect(headline["message"] as? String == "Attributed to Mayor (person) with the cue “Says”")
    }
}
