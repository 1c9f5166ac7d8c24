/// What became of an assertion between two versions.
public enum AlignmentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same text in the same order.
    case unchanged
    /// Reworded: the old and the new text are alike but not the same.
    case modified
    /// Only in the new version.
    case added
    /// Only in the old version.
    case removed
    /// The same text, but out of order with the assertions around it.
    case moved
}
