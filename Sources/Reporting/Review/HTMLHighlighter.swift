import AssayCore
import AssayText

/// The document text as HTML: its paragraphs, each assertion in a `span.claim` followed by its
/// verdict badge, and each standing finding in `mark.flag` elements with its rule's message.
///
/// Spans may overlap in any way, but elements must nest. So the text is cut at every span
/// boundary, and for each piece the spans covering it are opened outermost first (paragraph,
/// then assertion, then findings by start, longest first), keeping open what the previous
/// piece shares. A span that cannot nest is thereby split into several elements, each carrying
/// the whole span's `data-start`/`data-end`. Offsets are Unicode scalar offsets into `text`;
/// spans outside it are clamped, empty ones are not drawn.
struct HTMLHighlighter {
    let categories: HTMLCategories
    let anchors: HTMLAnchors
    /// The markup after an assertion (its verdict badge), if any.
    let badge: (ReviewedAssertion) -> String?

    private enum Layer {
        case paragraph(Paragraph)
        case claim(ReviewedAssertion)
        case finding(FindingEntry)
    }

    private struct Span {
        var start: Int
        var end: Int
        /// Nesting level: paragraphs outermost, then assertions, then findings.
        var level: Int
        var order: Int
        var layer: Layer

        func encloses(before other: Span) -> Bool {
            (level, start, -end, order) < (other.level, other.start, -other.end, other.order)
        }
    }

    func render(_ document: ReviewedDocument) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let spans = self.spans(document, length: scalars.count)
        // List items whose text carries its own marker ("1.") get no drawn bullet.
        let indexed = ScalarIndexedText(document.text)
        let marked = Set(document.paragraphs.filter { $0.listMarker(in: indexed) != nil }.map(\.index))
        var cuts = Set([0, scalars.count])
        for span in spans {
            cuts.insert(span.start)
            cuts.insert(span.end)
        }
        let points = cuts.sorted()
        let cover = covering(spans, points: points)
        var claimEnds: [Int: [ReviewedAssertion]] = [:]
        for span in spans {
            if case .claim(let claim) = span.layer { claimEnds[span.end, default: []].append(claim) }
        }

        var out = ""
        var stack: [Int] = []
        var usedIDs = Set<String>()
        for (piece, wanted) in cover.enumerated() {
            var kept = 0
            while kept < stack.count, kept < wanted.count, stack[kept] == wanted[kept] { kept += 1 }
            close(&stack, downTo: kept, spans: spans, into: &out)
            for index in wanted.dropFirst(kept) {
                out += open(spans[index], marked: marked, usedIDs: &usedIDs)
                stack.append(index)
            }
            let end = points[piece + 1]
            out += HTMLText.escape(String(String.UnicodeScalarView(scalars[points[piece]..<end])))
            if let claims = claimEnds[end] {
                // The badge follows the assertion inside its paragraph, outside every flag.
                close(&stack, downTo: stack.firstIndex { spans[$0].level > 0 } ?? stack.count, spans: spans, into: &out)
                out += claims.compactMap(badge).joined()
            }
        }
        close(&stack, downTo: 0, spans: spans, into: &out)
        return out
    }

    /// Every drawable span, clamped to the text, sorted outermost first.
    private func spans(_ document: ReviewedDocument, length: Int) -> [Span] {
        var spans: [Span] = []
        func add(_ start: Int, _ end: Int, level: Int, _ layer: Layer) {
            let start = min(max(start, 0), length), end = min(max(end, start), length)
            if start < end { spans.append(Span(start: start, end: end, level: level, order: spans.count, layer: layer)) }
        }
        for paragraph in document.paragraphs { add(paragraph.start, paragraph.end, level: 0, .paragraph(paragraph)) }
        for claim in document.claims { add(claim.start, claim.end, level: 1, .claim(claim)) }
        for finding in document.findings { add(finding.start, finding.end, level: 2, .finding(finding)) }
        return spans.sorted { $0.encloses(before: $1) }
    }

    /// For each piece between consecutive cut points, the spans covering it, outermost first.
    private func covering(_ spans: [Span], points: [Int]) -> [[Int]] {
        var cover = Array(repeating: [Int](), count: max(0, points.count - 1))
        let position = Dictionary(points.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, span) in spans.enumerated() {
            guard let from = position[span.start], let to = position[span.end] else { continue }
            for piece in from..<to where piece < cover.count { cover[piece].append(index) }
        }
        return cover
    }

    private func close(_ stack: inout [Int], downTo depth: Int, spans: [Span], into out: inout String) {
        while stack.count > depth, let index = stack.popLast() {
            out += "</" + tag(spans[index].layer) + ">"
        }
    }

    private func tag(_ layer: Layer) -> String {
        switch layer {
        case .paragraph(let paragraph):
            switch paragraph.role {
            case .quote: "blockquote"
            case .code: "pre"
            default: "p"
            }
        case .claim: "span"
        case .finding: "mark"
        }
    }

    /// The start tag of one piece. Only a span's first piece carries its fragment id.
    private func open(_ span: Span, marked: Set<Int>, usedIDs: inout Set<String>) -> String {
        func unique(_ id: String) -> String? { usedIDs.insert(id).inserted ? id : nil }
        switch span.layer {
        case .paragraph(let paragraph):
            return HTMLText.startTag(tag(span.layer), ["id": unique(anchors.paragraph(paragraph.index)),
                                                       "class": "para role-" + HTMLText.className(paragraph.role.rawValue)
                                                           + (marked.contains(paragraph.index) ? " marked" : "")])
        case .claim(let claim):
            return HTMLText.startTag("span", ["class": "claim", "id": unique(anchors.claim(claim.id)), "data-claim": claim.id])
        case .finding(let finding):
            return HTMLText.startTag("mark", [
                "class": "flag \(categories.className(finding.category)) sev-\(HTMLText.className(finding.severity.rawValue))",
                "tabindex": "0", "data-finding": finding.id, "data-start": String(finding.start), "data-end": String(finding.end),
                "title": "\(finding.rule): \(finding.message)",
            ])
        }
    }
}
