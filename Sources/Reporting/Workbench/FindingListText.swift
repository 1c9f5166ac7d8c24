import AssayCore

/// `assay findings`: the flags of each document's latest version, one line each.
public enum FindingListText {
    public static func render(_ findings: [FindingEntry]) -> String {
        var out = ""
        var current: String?
        for finding in findings {
            if finding.document != current {
                current = finding.document
                out += "\(finding.document)@\(finding.version)\n"
            }
            out += "  \(AssertionID.shown(finding.id))  \(AssertionFormatting.pad(finding.severity.rawValue, 7)) "
            out += "\(finding.rule): “\(AssertionFormatting.cut(finding.text, 60))”"
            if let assertion = finding.assertion { out += " in \(AssertionID.shown(assertion))" }
            if let dismissal = finding.dismissal { out += "  (dismissed: \(dismissal))" }
            out += "\n"
        }
        return out
    }
}
