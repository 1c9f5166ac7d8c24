import AssayCore

/// One figure the document asks the reader to accept, as the numeric recognizer read it.
public struct EstimateRow: Sendable, Codable, Equatable {
    public var finding: String
    public var claim: String?
    /// The figure as written ("as many as 100,000 Iranian expatriates").
    public var figure: String
    /// `exact`, `lower`, `upper`, `approximate`, `range` or `vague`.
    public var bound: String
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var referent: String?
    /// An attribution in the same sentence backs the figure.
    public var attributed: Bool
    /// Who the claim's attribution names, if anyone.
    public var source: String?
    /// That source is the publisher or one of its affiliates.
    public var selfSourced: Bool
    /// The claim's current verdict.
    public var verdict: String?

    /// Every numeric finding but dates, in text order.
    static func rows(_ findings: [FindingEntry], claims: [String: ReviewedAssertion]) -> [EstimateRow] {
        var attribution: [String: (source: String?, selfSourced: Bool)] = [:]
        for finding in findings where finding.category == "attribution" {
            guard let claim = finding.assertion else { continue }
            let selfSourced = finding.fields["selfSourced"] == .bool(true)
            let source: String? = if case .string(let name)? = finding.fields["source"] { name } else { nil }
            let known = attribution[claim]
            attribution[claim] = (known?.source ?? source, (known?.selfSourced ?? false) || selfSourced)
        }
        return findings.filter { $0.category == "numeric" && $0.fields["type"] != .string("date") }.map { finding in
            let backing = finding.assertion.flatMap { attribution[$0] }
            return EstimateRow(finding: finding.id, claim: finding.assertion, figure: finding.text,
                               bound: string(finding.fields["bound"]) ?? "exact",
                               value: number(finding.fields["value"]) ?? number(finding.fields["magnitude"]),
                               low: number(finding.fields["low"]), high: number(finding.fields["high"]),
                               referent: string(finding.fields["referent"]),
                               attributed: finding.fields["attributed"] == .bool(true) || backing?.source != nil,
                               source: backing?.source, selfSourced: backing?.selfSourced ?? false,
                               verdict: finding.assertion.flatMap { claims[$0]?.verdict?.rating })
        }
    }

    private static func string(_ value: FieldValue?) -> String? {
        if case .string(let text)? = value { text } else { nil }
    }

    private static func number(_ value: FieldValue?) -> Double? {
        if case .number(let number)? = value { number } else { nil }
    }
}
