/// Stable ids of a document's findings: the same rule matching the same text in the same
/// assertion keeps its id across runs and versions, so an analyst's dismissal of it carries over.
public enum FindingID {
    /// The ids of `findings`, in order. The n-th repeat of the same rule, assertion and text
    /// hashes its occurrence number too, so ids are unique within a document.
    public static func ids(_ findings: [Finding]) -> [String] {
        var occurrences: [String: Int] = [:]
        return findings.map { finding in
            // Counted by the key as hashed: texts differing only in case or spacing hash alike.
            let key = AssertionID.normalizedKey("\(finding.rule) \(finding.assertion ?? "-") \(finding.text)")
            occurrences[key, default: 0] += 1
            return AssertionID.derive(normalizedKey: key, occurrence: occurrences[key] ?? 1)
        }
    }
}
