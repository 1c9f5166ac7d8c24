import AssayCore
import ReviewStore

/// The paragraph an assertion stands in, wrapped, with the assertion emphasised (the rest of
/// the paragraph dimmed) and the spans of its standing flags marked by category.
struct HighlightedParagraph {
    private struct Mark: Equatable {
        var inClaim: Bool
        var category: String?
    }

    let detail: AssertionDetail
    let style: ScreenStyle

    /// The lines to print, each prefixed by `indent`, to fit `width` columns, and which of them
    /// hold the assertion.
    func lines(width: Int, indent: String) -> (lines: [String], claim: Range<Int>) {
        let scalars = Array(detail.paragraph.unicodeScalars)
        let marks = self.marks(count: scalars.count)
        let ranges = ScreenText.lines(scalars, width: width - indent.count)
        let start = detail.claim.start - detail.paragraphStart, end = detail.claim.end - detail.paragraphStart
        let holding = ranges.indices.filter { ranges[$0].lowerBound < end && start < ranges[$0].upperBound }
        let claim = (holding.first ?? 0)..<((holding.last ?? 0) + 1)
        return (ranges.map { indent + render(scalars, marks, $0) }, claim)
    }

    /// One mark per scalar of the paragraph. Spans are document offsets; the paragraph starts at
    /// `paragraphStart`, so a span is shifted by it and clamped to the paragraph.
    private func marks(count: Int) -> [Mark] {
        let base = detail.paragraphStart
        var marks = Array(repeating: Mark(inClaim: false), count: count)
        func mark(_ start: Int, _ end: Int, _ change: (inout Mark) -> Void) {
            let lower = max(0, start - base), upper = min(count, end - base)
            guard lower < upper else { return }
            for index in lower..<upper { change(&marks[index]) }
        }
        mark(detail.claim.start, detail.claim.end) { $0.inClaim = true }
        // Earlier findings win where flags overlap, so a span keeps the colour it starts with.
        for finding in detail.findings.reversed() where finding.dismissal == nil {
            mark(finding.start, finding.end) { $0.category = finding.category }
        }
        return marks
    }

    private func render(_ scalars: [Unicode.Scalar], _ marks: [Mark], _ range: Range<Int>) -> String {
        var out = ""
        var run = String.UnicodeScalarView()
        var current: Mark?
        func flush() {
            guard let mark = current, !run.isEmpty else { return }
            out += ScreenStyle.apply(codes(mark), String(run))
            run = String.UnicodeScalarView()
        }
        for index in range where marks.indices.contains(index) {
            if marks[index] != current {
                flush()
                current = marks[index]
            }
            run.append(scalars[index])
        }
        flush()
        return out
    }

    private func codes(_ mark: Mark) -> String {
        let weight = mark.inClaim ? "1" : "2"
        guard let category = mark.category else { return weight }
        return weight + ";" + style.flag(category)
    }
}
