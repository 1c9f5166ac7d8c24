import AssayCore


/// What the rules found on each claim of one document that a fact-checker compares across
/// versions: its figures, its dates, who it is attributed to and its framing. Built once per
/// document, looked up by claim id.
struct ClaimFacts: Sendable {
    /// An attribution on a claim: the source it names ("the minister", "Experts"), or the words
    /// of one that names none ("it is believed", "reportedly").
    struct Attribution: Sendable, Hashable {
        var source: String?
        var sourceType: String
        var text: String

        /// The same source: the same name whatever its case, or no name given the same way.
        func isSame(as other: Attribution) -> Bool {
            switch (source, other.source) {
            case let (name?, otherName?): name.lowercased() == otherName.lowercased()
            case (nil, nil): sourceType == other.sourceType
            default: false
            }
        }

        /// The source, or the attribution's own words: "the minister", "“it is believed” (no source named)".
        var shown: String { source ?? "“\(text)” (no source named)" }
    }

    /// Framing flagged on a claim: the words and the techniques (or the rules, when a rule names
    /// none) of every flag on them.
    struct Framing: Sendable, Hashable {
        var techniques: [String]
        var text: String
        fileprivate var span: Range<Int>

        /// "murderous regime (name-calling, loaded-language)".
        var shown: String { "\(text) (\(techniques.joined(separator: ", ")))" }
    }

    private(set) var figures: [String: [ClaimFigure]]
    private(set) var dates: [String: [ClaimDate]] = [:]
    private(set) var attributions: [String: [Attribution]] = [:]
    private(set) var framing: [String: [Framing]] = [:]

    init(_ document: ReviewedDocument) {
        figures = ClaimFigure.byClaim(document.findings)
        for finding in document.findings {
            guard let claim = finding.assertion else { continue }
            switch finding.category {
            case "numeric":
                if let date = ClaimDate(finding) { dates[claim, default: []].append(date) }
            case "attribution":
                let source: String? = if case .string(let name)? = finding.fields["source"] { name } else { nil }
                let sourceType: String = if case .string(let type)? = finding.fields["sourceType"] { type } else { "none" }
                let attribution = Attribution(source: source, sourceType: sourceType, text: finding.text)
                // Several rules may flag one attribution (named and self-sourced), and a claim may cite
                // one source twice: each source counts once.
                if !(attributions[claim] ?? []).contains(where: { $0.isSame(as: attribution) }) {
                    attributions[claim, default: []].append(attribution)
                }
            case "framing":
                let technique: String = if case .string(let name)? = finding.fields["technique"] { name } else { finding.rule }
                framing[claim, default: []].append(Framing(techniques: [technique], text: finding.text, span: finding.start..<finding.end))
            default:
                continue
            }
        }
        framing = framing.mapValues(ClaimFacts.merged)
    }

    /// One flag per run of words: a flag inside another's words ("murderous" in "murderous
    /// regime") adds its technique to that flag instead of being told twice.
    private static func merged(_ flags: [Framing]) -> [Framing] {
        var out: [Framing] = []
        for flag in flags.sorted(by: { ($0.span.lowerBound, -$0.span.count) < ($1.span.lowerBound, -$1.span.count) }) {
            if let outer = out.lastIndex(where: { $0.span.contains(flag.span.lowerBound) && $0.span.upperBound >= flag.span.upperBound }) {
                let techniques = flag.techniques.filter { !out[outer].techniques.contains($0) }
                out[outer].techniques += techniques
            } else {
                out.append(flag)
            }
        }
        return out
    }
}
