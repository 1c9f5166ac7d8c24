import AssayCore


/// What the rules found on each claim of one document that a fact-checker compares across
/// versions: its figures, the sources it is attributed to and its framing. Built once per
/// document, looked up by claim id.
struct ClaimFacts: Sendable {
    /// A framing flag on a claim: the technique (or the rule, when the rule names none) and the
    /// words flagged.
    struct Framing: Sendable, Hashable {
        var technique: String
        var text: String
    }

    private(set) var figures: [String: [ClaimFigure]]
    private(set) var sources: [String: [String]] = [:]
    private(set) var framing: [String: [Framing]] = [:]

    init(_ document: ReviewedDocument) {
        figures = ClaimFigure.byClaim(document.findings)
        for finding in document.findings {
            guard let claim = finding.assertion else { continue }
            switch finding.category {
            case "attribution":
                // Several rules may flag one attribution (named and self-sourced): one source each.
                if case .string(let source)? = finding.fields["source"], !(sources[claim] ?? []).contains(source) {
                    sources[claim, default: []].append(source)
                }
            case "framing":
                let technique: String = if case .string(let name)? = finding.fields["technique"] { name } else { finding.rule }
                framing[claim, default: []].append(Framing(technique: technique, text: finding.text))
            default:
                continue
            }
        }
    }
}
