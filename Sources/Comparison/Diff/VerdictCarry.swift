import AssayCore


/// What happens to a verdict recorded on the old version.
public enum VerdictCarry: String, Sendable, Hashable, Codable, CaseIterable {
    /// The assertion is unchanged or moved: the verdict still applies.
    case kept
    /// The assertion was reworded: the verdict is shown with the new text, to be reviewed again.
    case needsReview = "needs-review"
    /// The assertion can no longer be found: the verdict is listed, never dropped.
    case orphaned

    /// The verdict of `claim` as it stood on `document`'s version: the latest standing one recorded on
    /// that version or an earlier one (a stored document's verdicts are its whole history), or the
    /// latest at all for a document that is not a stored version.
    static func verdict(of claim: ReviewedAssertion, in document: ReviewedDocument) -> VerdictEntry? {
        let history = document.verdicts[claim.id] ?? []
        guard let version = document.header.version else { return history.standing.last }
        // Retractions recorded by then count; later ones had not happened yet.
        return history.filter { $0.version <= version }.standing.last
    }
}
