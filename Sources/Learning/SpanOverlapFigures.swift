/// How well predicted spans cover annotated ones, by characters: SemEval-2020 Task 11's span
/// measure. Each predicted span scores the share of its characters inside annotated spans
/// (precision, averaged over predicted spans); each annotated span the share of its characters
/// predicted (recall, averaged over annotated spans). Overlapping spans of one document are
/// merged first, so a passage marked for two techniques counts once.
public struct SpanOverlapFigures: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var predictedSpans: Int
    public var annotatedSpans: Int

    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// `predicted[d]` and `annotated[d]` are document d's spans, in any order.
    public init(predicted: [[Range<Int>]], annotated: [[Range<Int>]]) {
        var (precisionSum, recallSum, predictedCount, annotatedCount) = (0.0, 0.0, 0, 0)
        for (guesses, truths) in zip(predicted, annotated) {
            let guesses = Self.merged(guesses)
            let truths = Self.merged(truths)
            for guess in guesses {
                precisionSum += Double(Self.overlap(guess, truths)) / Double(guess.count)
            }
            for truth in truths {
                recallSum += Double(Self.overlap(truth, guesses)) / Double(truth.count)
            }
            predictedCount += guesses.count
            annotatedCount += truths.count
        }
        precision = predictedCount > 0 ? precisionSum / Double(predictedCount) : 0
        recall = annotatedCount > 0 ? recallSum / Double(annotatedCount) : 0
        predictedSpans = predictedCount
        annotatedSpans = annotatedCount
    }

    /// Characters of `span` inside any of `spans` (which do not overlap one another).
    private static func overlap(_ span: Range<Int>, _ spans: [Range<Int>]) -> Int {
        spans.reduce(0) { $0 + max(0, min(span.upperBound, $1.upperBound) - max(span.lowerBound, $1.lowerBound)) }
    }

    /// Sorted, with overlapping or touching spans joined; empty ones dropped.
    public static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for span in spans.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
