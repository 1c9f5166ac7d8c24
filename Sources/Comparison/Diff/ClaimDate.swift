import AssayCore

/// A date a claim states, as written ("2030", "3 March", "1980s") and as the numeric recognizer
/// read it: two dates are the same when they name the same year or span of years, month, day
/// and decade, however they are written.
struct ClaimDate: Sendable, Hashable {
    private static let parts: Set<String> = ["value", "low", "high", "month", "day", "decade"]

    var text: String
    var reading: [String: FieldValue]

    /// The date of a numeric finding, nil for a finding that is not a date.
    init?(_ finding: FindingEntry) {
        guard finding.category == "numeric", finding.fields["type"] == .string("date") else { return nil }
        text = finding.text
        reading = finding.fields.filter { ClaimDate.parts.contains($0.key) }
    }
}
