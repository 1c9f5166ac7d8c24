import AssayCore
import Foundation
import Reporting
import ReviewStore
import Testing

@Suite("ClaimReview reporter")
struct ClaimReviewReporterTests {
    private let fixture: ReviewedWorkbench
    private let output: String
    private let reviews: [[String: Any]]

    init() throws {
        fixture = try ReviewedWorkbench.shared.get()
        output = ClaimReviewReporter().render(fixture.reports)
        reviews = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    private func review(_ text: String) throws -> [String: Any] {
        try #require(reviews.first { $0["claimReviewed"] as? String == text }, "no review of \(text)")
    }

    private func reviewRating(_ review: [String: Any]) throws -> [String: Any] {
        try #require(review["reviewRating"] as? [String: Any])
    }

    @Test("one ClaimReview per assertion with a current verdict, and no other")
    func onlyReviewed() {
        let reviewed = fixture.reports.flatMap(\.document.claims).filter { $0.verdict != nil }
        #expect(reviewed.count == fixture.ratings.count)
        #expect(reviews.count == reviewed.count)
        #expect(Set(reviews.compactMap { $0["claimReviewed"] as? String }) == Set(reviewed.map(\.text)))
        #expect(ClaimReviewReporter().fileExtension == "claimreview.json")
    }

    @Test("every @type and property is in the schema.org vocabulary, values in their ranges, no nulls")
    func vocabulary() throws {
        let json = try JSONSerialization.jsonObject(with: Data(output.utf8))
        #expect(SchemaOrgVocabulary.problems(json) == [])
        #expect(reviews.allSatisfy { $0["@context"] as? String == "https://schema.org" && $0["@type"] as? String == "ClaimReview" })
    }

    @Test("the vocabulary check catches an unknown type, property, range and a null")
    func vocabularyCatches() {
        let bad: [String: Any] = ["@context": "https://schema.org", "@type": "ClaimReview", "rating": 3, "url": NSNull(),
                                  "author": ["@type": "Rating", "alternateName": "x"],
                                  "itemReviewed": ["@type": "Claimm"]]
        let problems = SchemaOrgVocabulary.problems(bad).sorted()
        #expect(problems == ["$.author: Rating is not in its range", "$.itemReviewed: Claimm is not in its range",
                             "$.itemReviewed: unknown @type Claimm", "$.url: null", "$: ClaimReview has no property rating"])
    }

    @Test("the default scale maps to 1–5; other ratings are given by name only", arguments: VerdictScale.standard + ["half-true"])
    func ratingMapping(rating: String) throws {
        let expected = ["accurate": 5, "mostly-accurate": 4, "mixed": 3, "misleading": 2, "inaccurate": 1][rating]
        let claims = fixture.reports.flatMap(\.document.claims).filter { $0.verdict?.rating == rating }
        try #require(!claims.isEmpty, "the fixture has no \(rating) verdict")
        for claim in claims {
            let value = try reviewRating(try review(claim.text))
            #expect(value["@type"] as? String == "Rating")
            #expect(value["alternateName"] as? String == rating)
            #expect(value["ratingValue"] as? Int == expected)
            #expect(value["bestRating"] as? Int == (expected == nil ? nil : 5))
            #expect(value["worstRating"] as? Int == (expected == nil ? nil : 1))
        }
    }

    @Test("datePublished is the verdict's day; author is the analyst who gave the current verdict")
    func dateAndAuthor() throws {
        for claim in fixture.reports.flatMap(\.document.claims) {
            guard let verdict = claim.verdict else { continue }
            let date = try #require(try review(claim.text)["datePublished"] as? String)
            #expect(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
            #expect(verdict.createdAt.hasPrefix(date + "T"))
        }
        let twice = try review(fixture.ratedTwice.text)
        #expect(twice["author"] as? [String: String] == ["@type": "Person", "name": "bob"])
        #expect(try review(fixture.quoted.text)["author"] as? [String: String] == ["@type": "Person", "name": "ann"])
    }

    @Test("the note is the rating's explanation, and no '<' reaches the output")
    func explanation() throws {
        #expect(try reviewRating(try review(fixture.quoted.text))["ratingExplanation"] as? String == ReviewedWorkbench.trickyNote)
        #expect(try reviewRating(try review(fixture.ratedTwice.text))["ratingExplanation"] == nil)
        #expect(!output.contains("<") && !output.contains(">") && !output.contains("&"))
    }

    @Test("url points at the assertion in the document; itemReviewed names the document and its publisher")
    func itemReviewed() throws {
        let review = try review(fixture.quoted.text)
        #expect(review["url"] as? String == "https://www.ncr-iran.org/en/news/repression/#claim-" + fixture.quoted.id)
        let claim = try #require(review["itemReviewed"] as? [String: Any])
        let appearance = try #require(claim["appearance"] as? [String: Any])
        #expect(appearance["url"] as? String == ReviewedWorkbench.documentURL)
        #expect(appearance["headline"] as? String == fixture.reports.first?.document.header.title)
        #expect(appearance["publisher"] as? [String: String] == ["@type": "Organization", "name": "NCRI"])
        #expect(claim["author"] as? [String: String] == ["@type": "Organization", "name": "NCRI"], "the publisher, when no author")
    }

    @Test("a document without URL or publisher: no url and no empty objects")
    func unknownsLeftOut() throws {
        let claim = try #require(fixture.reports.last?.document.claims.first { $0.verdict != nil })
        let review = try review(claim.text)
        #expect(review["url"] == nil)
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["author"] == nil)
        let appearance = item["appearance"] as? [String: Any]
        #expect(appearance?["url"] == nil && appearance?["publisher"] == nil)
        #expect(appearance.map { $0.count > 1 } ?? true, "an appearance has more than its @type")
    }

    @Test("the document's author is a Person, or an Organization when it is the publisher or registered as one",
          arguments: [("Jane Doe", nil, "Person"), ("ncri", nil, "Organization"),
                      ("Amnesty International", "ngo", "Organization"), ("Maryam Rajavi", "person", "Person")])
    func documentAuthor(name: String, registeredType: String?, expected: String) throws {
        var document = try #require(fixture.reports.first?.document)
        document.header.author = name
        if let registeredType { document.registry = [SourceEntry(name: name, type: registeredType)] }
        let object = try JSONSerialization.jsonObject(with: Data(ClaimReviewReporter().render([ReviewReport(document)]).utf8))
        let first = try #require((object as? [[String: Any]])?.first)
        let item = try #require(first["itemReviewed"] as? [String: Any])
        #expect(item["author"] as? [String: String] == ["@type": expected, "name": name])
        #expect((item["appearance"] as? [String: Any])?["author"] as? [String: String] == ["@type": expected, "name": name])
        #expect(SchemaOrgVocabulary.problems(object) == [])
    }

    @Test("no reviewed assertion: an empty array")
    func empty() {
        #expect(ClaimReviewReporter().render([]) == "[]\n")
    }
}
