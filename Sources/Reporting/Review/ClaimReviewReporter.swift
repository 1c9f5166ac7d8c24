import AssayCore
import Foundation

/// schema.org `ClaimReview` JSON-LD: one object per assertion with a current verdict, across all
/// documents, in one JSON array (docs/report-claimreview.md). Each review names the assertion
/// (`claimReviewed`), the verdict as a `Rating` (`ClaimReviewRating`), the analyst (`author`),
/// the verdict's day (`datePublished`), the assertion's place in the document (`url`, with a
/// `#claim-<id>` fragment) and the document it appears in (`itemReviewed`). Unknown values are
/// left out, never null. `<`, `>` and `&` are written as `\u` escapes, so the output can be
/// pasted into a `<script type="application/ld+json">` element as it is.
public struct ClaimReviewReporter: ReviewReporter {
    public let fileExtension = "claimreview.json"

    public init() {}

    public func render(_ reports: [ReviewReport]) -> String {
        let reviews = reports.flatMap(reviews)
        guard !reviews.isEmpty else { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(reviews) else { return "[]\n" }
        return Self.scriptSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private func reviews(_ report: ReviewReport) -> [ClaimReviewMarkup.ClaimReview] {
        let header = report.document.header
        let documentURL = header.url.flatMap { SafeURL.isHTTP($0) ? $0 : nil }
        let publisher = header.publisher.map { ClaimReviewMarkup.Agent(type: .organization, name: $0) }
        let author = header.author.map { ClaimReviewMarkup.Agent(type: Self.kind(of: $0, in: report.document), name: $0) }
        let appearance = ClaimReviewMarkup.CreativeWork(url: documentURL, headline: header.title, author: author, publisher: publisher)
        let claim = ClaimReviewMarkup.Claim(appearance: appearance.isEmpty ? nil : appearance, author: author ?? publisher)
        return report.document.claims.compactMap { summary in
            guard let verdict = summary.verdict else { return nil }
            return ClaimReviewMarkup.ClaimReview(
                claimReviewed: summary.text, datePublished: ReportDate.day(verdict.createdAt),
                url: documentURL.map { Self.withoutFragment($0) + "#claim-" + summary.id },
                author: ClaimReviewMarkup.Agent(type: .person, name: verdict.analyst),
                reviewRating: ClaimReviewRating.markup(verdict.rating, explanation: verdict.note), itemReviewed: claim)
        }
    }

    /// An author the source registry types (`person`, or anything else: an organisation), else an
    /// organisation when it is the publisher, else a person (as bylines are).
    static func kind(of author: String, in document: ReviewedDocument) -> ClaimReviewMarkup.Agent.Kind {
        if let type = SourceRow.match(author, in: document.registry)?.type {
            return type.lowercased() == "person" ? .person : .organization
        }
        let sameAsPublisher = document.header.publisher.map { $0.caseInsensitiveCompare(author) == .orderedSame } ?? false
        return sameAsPublisher ? .organization : .person
    }

    private static func withoutFragment(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }

    /// `<`, `>` and `&` only occur inside JSON strings, where their `\u` escapes mean the same.
    private static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
