/// Stable ids of a document's findings: the same rule matching the same text in the same
/// assertion keeps its id across runs and versions, so an analyst's dismissal of it carries over.
public enum FindingID {
    /// The ids of `findings`, in order. The n-th repeat of the same rule, assertion and text
    /// hashes its occurrence number too, so ids are unique within a document.
    public static func ids(_ findings: [Finding]) -> [String] {
        var occurrences: [String: Int] = [:]
        var text: [UInt8] = []
        var key: [UInt8] = []
        return findings.map { finding in
            // The normalised key of "<rule> <assertion id or -> <text>", built in reused buffers.
            text.removeAll(keepingCapacity: true)
            text.append(contentsOf: finding.rule.utf8)
            text.append(UInt8(ascii: " "))
            text.append(contentsOf: (finding.assertion ?? "-").utf8)
            text.append(UInt8(ascii: " "))
            text.append(contentsOf: finding.text.utf8)
            AssertionID.normalizedKey(of: text, 0..<text.count, into: &key)
            // Counted by the key as hashed, compared as a string (as it always was): texts
            // differing only in case or spacing count alike.
            let counted = String(decoding: key, as: UTF8.self)
            let occurrence = (occurrences[counted] ?? 0) + 1
            occurrences[counted] = occurrence
            return AssertionID.derive(normalizedKeyBytes: key, occurrence: occurrence)
        }
    }
}
