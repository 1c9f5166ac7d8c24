import Foundation

/// Wording shared by the report formats, so Markdown and HTML say the same things.
public enum ReportFormatting {
    /// The 8-digit id prefix analysts type.
    public static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    /// `attribution×2 numeric`.
    public static func flags(_ flags: [String: Int]) -> String {
        flags.sorted { $0.key < $1.key }.map { $0.value > 1 ? "\($0.key)×\($0.value)" : $0.key }.joined(separator: " ")
    }

    /// The figure's normalised value: `100000`, `3000–5000`, or `—`.
    public static func value(_ row: EstimateRow) -> String {
        if let low = row.low, let high = row.high { return "\(number(low))–\(number(high))" }
        return row.value.map(number) ?? "—"
    }

    /// Who backs a figure: its source (marked when self-sourced), `unnamed source`, or `none`.
    public static func attribution(_ row: EstimateRow) -> String {
        guard row.attributed else { return "none" }
        guard let source = row.source else { return "unnamed source" }
        return row.selfSourced ? "\(source) (publisher or affiliate)" : source
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

}
