import AssayCore

/// A figure a claim states, as the numeric recognizer normalised it: what diff compares when a
/// number changes and what match lines up across documents.
public struct ClaimFigure: Sendable, Hashable, Codable {
    /// The figure as written ("over 30,000 political prisoners").
    public var text: String
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// `exact`, `lower`, `upper`, `approximate`, `range` or `vague`.
    public var bound: String
    public var referent: String?
    /// `%`, a currency sign ("$", "£") or a span of time ("year"); nil for a plain count.
    public var unit: String?

    /// The figures of a document's numeric findings (dates left out), by claim id, in text order.
    public static func byClaim(_ findings: [FindingEntry]) -> [String: [ClaimFigure]] {
        var figures: [String: [ClaimFigure]] = [:]
        for finding in findings where finding.category == "numeric" && finding.fields["type"] != .string("date") {
            guard let claim = finding.assertion else { continue }
            figures[claim, default: []].append(ClaimFigure(
                text: finding.text,
                value: number(finding.fields["value"]) ?? number(finding.fields["magnitude"]),
                low: number(finding.fields["low"]), high: number(finding.fields["high"]),
                bound: string(finding.fields["bound"]) ?? "exact", referent: string(finding.fields["referent"]),
                unit: string(finding.fields["unit"])))
        }
        return figures
    }

    /// Whether the figure is an amount of money: its unit is a currency sign.
    var isMoney: Bool { unit.map(ClaimFigure.currencySigns.contains) ?? false }

    /// The signs the numeric recognizer gives as the unit of an amount of money (its currency
    /// signs, codes and words are built in, not set by rule packs).
    private static let currencySigns: Set<String> = ["$", "£", "€", "¥", "₹", "p", "¢"]

    /// The quantity, whatever its bound: the value, or a range's low and high.
    public var quantity: [Double] {
        if let low, let high { return [low, high] }
        return value.map { [$0] } ?? []
    }

    private static func string(_ value: FieldValue?) -> String? {
        if case .string(let text)? = value { text } else { nil }
    }

    private static func number(_ value: FieldValue?) -> Double? {
        if case .number(let number)? = value { number } else { nil }
    }
}
