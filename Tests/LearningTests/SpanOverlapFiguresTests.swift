import Learning
import Testing

@Suite("Span overlap figures (SemEval-2020 Task 11's measure)")
struct SpanOverlapFiguresTests {
    @Test("precision is each predicted span's share inside annotated ones, recall each annotated span's share predicted")
    func partialOverlap() {
        // Predicted 0..<10 covers half of annotated 5..<15; predicted 20..<30 is outside.
        let figures = SpanOverlapFigures(predicted: [[0..<10, 20..<30]], annotated: [[5..<15]])
        #expect(figures.precision == (0.5 + 0) / 2)
        #expect(figures.recall == 0.5)
        #expect(abs(figures.f1 - 2 * 0.25 * 0.5 / 0.75) < 1e-12)
        #expect(figures.predictedSpans == 2 && figures.annotatedSpans == 1)
    }

    @Test("overlapping annotations (one passage, two techniques) count once; documents add up")
    func mergesOverlaps() {
        let figures = SpanOverlapFigures(predicted: [[0..<10], [0..<4]], annotated: [[0..<6, 4..<10], [0..<4]])
        #expect(figures.annotatedSpans == 2)
        #expect(figures.precision == 1 && figures.recall == 1 && figures.f1 == 1)
    }

    @Test("nothing predicted is precision and F1 zero, not a division by zero")
    func nothingPredicted() {
        let figures = SpanOverlapFigures(predicted: [[]], annotated: [[0..<5]])
        #expect(figures.precision == 0 && figures.recall == 0 && figures.f1 == 0)
    }
}
