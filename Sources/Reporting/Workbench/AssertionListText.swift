import AssayCore

/// `assay claims`: assertions under their document's name and version, one line each.
public enum AssertionListText {
    /// Each line cut to `width` columns.
    public static func render(_ claims: [ReviewedAssertion], width: Int) -> String {
        var out = ""
        var current: String?
        for claim in claims {
            if claim.document != current {
                current = claim.document
                out += "\(claim.document)@\(claim.version)\n"
            }
            out += "  " + AssertionFormatting.line(claim, width: width - 2) + "\n"
        }
        return out
    }

    /// The count line for standard error.
    public static func summary(_ claims: [ReviewedAssertion]) -> String {
        "\(Noun.count(claims.count, "claim")), \(claims.filter { $0.verdict != nil }.count) with a verdict\n"
    }
}
