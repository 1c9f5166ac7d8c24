import AssayCore
import Extraction
import Foundation
import Reporting
import ReviewStore
import RulesEngine
import TestSupport

/// A real workbench with both seeds stored and reviewed by two analysts, and its reports: every
/// default rating and one of the workbench's own, a note that needs CSV quoting, one that looks
/// like a formula, a claim rated twice, two citations and a tag.
struct ReviewedWorkbench: Sendable {
    static let trickyNote = "She said \"no, never\",\r\nthen </script> left"
    static let formulaNote = "=SUM(A1)"
    static let citationURLs = ["https://example.org/report?a=1&b=2;c", "https://example.org/other"]
    static let customRating = "half-true"
    static let documentURL = "https://www.ncr-iran.org/en/news/repression/#top"

    /// The first seed (with a URL and a publisher), then the second (with neither).
    let reports: [ReviewReport]
    /// The claims given a verdict, by id, with their current rating.
    let ratings: [String: String]
    /// The claims with the tricky note, the formula note, two verdicts, and the citations.
    let quoted: ReviewedAssertion, formula: ReviewedAssertion, ratedTwice: ReviewedAssertion

    /// Built once: the tests only read it.
    static let shared = Result { try ReviewedWorkbench() }

    private init() throws {
        let folder = try Repository.temporaryFolder()
        let workbench = try Workbench.open(path: folder.appendingPathComponent("review.sqlite").path, access: .create)
        let engine = RuleEngine(rules: try RuleSet.load(paths: [Repository.url("Rules").path]))
        var names: [String] = []
        for (index, seed) in Repository.seedNames.enumerated() {
            let text = try String(contentsOf: Repository.seed(seed), encoding: .utf8)
            let document = engine.apply(to: Extractor().extract(text: text, source: seed, format: .text)).document
            let request = IngestRequest(document: document, url: index == 0 ? Self.documentURL : nil,
                                        publisher: index == 0 ? "NCRI" : nil, path: "/seeds/" + seed, analyst: "ann")
            names.append(try workbench.ingest(request).document)
        }
        try workbench.setVerdictScale(VerdictScale.standard + [Self.customRating], analyst: "ann")
        let first = try workbench.claims(ClaimFilter(document: names.first)).filter { $0.text.count > 40 }
        let second = try workbench.claims(ClaimFilter(document: names.last)).filter { $0.text.count > 40 }
        guard first.count > VerdictScale.standard.count, let other = second.first else {
            throw ReviewedWorkbenchError("the seeds have too few long claims")
        }
        var ratings: [String: String] = [:]
        for (claim, rating) in zip(first, VerdictScale.standard) {
            let note = [0: Self.trickyNote, 1: Self.formulaNote][ratings.count]
            _ = try workbench.recordVerdict(VerdictRequest(claim: Self.reference(claim), rating: rating, credibility: 3,
                                                       confidence: "medium", note: note, analyst: "ann"))
            ratings[claim.id] = rating
        }
        let ratedTwice = first[VerdictScale.standard.count]
        _ = try workbench.recordVerdict(VerdictRequest(claim: Self.reference(ratedTwice), rating: "inaccurate", analyst: "ann"))
        _ = try workbench.recordVerdict(VerdictRequest(claim: Self.reference(ratedTwice), rating: "misleading", credibility: 2,
                                                   confidence: "high", analyst: "bob"))
        ratings[ratedTwice.id] = "misleading"
        _ = try workbench.recordVerdict(VerdictRequest(claim: Self.reference(other), rating: Self.customRating, analyst: "bob"))
        ratings[other.id] = Self.customRating
        for url in Self.citationURLs {
            _ = try workbench.cite(CitationRequest(claim: Self.reference(first[0]), url: url, title: "Report", stance: .refutes,
                                                   analyst: "bob"))
        }
        _ = try workbench.tag(Self.reference(first[1]), tags: ["needs-expert"], analyst: "bob")
        reports = try names.map { ReviewReport(try workbench.reviewedDocument($0)) }
        self.ratings = ratings
        quoted = first[0]
        formula = first[1]
        self.ratedTwice = ratedTwice
    }

    private static func reference(_ claim: ReviewedAssertion) -> String { "\(claim.document):\(claim.id)" }
}

struct ReviewedWorkbenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
