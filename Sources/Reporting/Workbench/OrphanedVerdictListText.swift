import AssayCore

/// `assay claims --orphaned`: each verdict whose claim is gone, with its last wording.
public enum OrphanedVerdictListText {
    public static func render(_ orphans: [OrphanedVerdict]) -> String {
        orphans.map { orphan in
            "\(orphan.document):\(AssertionID.shown(orphan.assertion))  \(AssertionFormatting.verdict(orphan.verdict))  "
                + "last in @\(orphan.lastVersion)  “\(InvisibleCharacters.forTerminal(orphan.text))”\n"
        }.joined()
    }

    /// The count line for standard error.
    public static func summary(_ orphans: [OrphanedVerdict]) -> String {
        "\(Noun.count(orphans.count, "orphaned verdict"))\n"
    }
}
