import AssayCore
import Extraction
import ReviewStore

/// The workbench's record as check-worthiness training data, one transcript per document: a
/// claim with a verdict other than not-checkable, or one an analyst annotated, is worth
/// checking; a dismissed assertion or a not-checkable verdict is not; assertions nobody judged
/// are left out (they still count for where a sentence sits in its paragraph).
public enum WorkbenchTrainingData {
    public static let notCheckable = "not-checkable"

    public static func transcripts(from workbench: Workbench) throws(WorkbenchError) -> [LabelledTranscript] {
        var filter = ClaimFilter()
        filter.includeDismissed = true
        let claims = try workbench.claims(filter)
        var transcripts: [LabelledTranscript] = []
        for (document, claims) in Dictionary(grouping: claims, by: \.document).sorted(by: { $0.key < $1.key }) {
            let sentencesOf = Dictionary(grouping: claims, by: \.paragraph).mapValues { Array(Set($0.map(\.sentence))).sorted() }
            let lines = claims.sorted { $0.position < $1.position }.compactMap { claim -> LabelledTranscript.Line? in
                guard let isCheckWorthy = label(claim) else { return nil }
                let sentences = sentencesOf[claim.paragraph] ?? [claim.sentence]
                let place = SentencePlace(index: sentences.firstIndex(of: claim.sentence) ?? 0, count: sentences.count)
                return LabelledTranscript.Line(sentence: claim.text, place: place, isCheckWorthy: isCheckWorthy)
            }
            if !lines.isEmpty { transcripts.append(LabelledTranscript(name: document, lines: lines)) }
        }
        return transcripts
    }

    /// Worth checking, not, or not judged (nil).
    static func label(_ claim: ReviewedAssertion) -> Bool? {
        if claim.dismissal != nil { return false }
        if let verdict = claim.verdict { return verdict.rating != notCheckable }
        if claim.origin == .analyst { return true }
        return nil
    }
}
