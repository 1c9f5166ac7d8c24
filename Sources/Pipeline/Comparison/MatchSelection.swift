import AssayCore

/// What `assay match` compares: the documents, and the positions of those whose claims are
/// searched against all of them (nil: every document's).
public struct MatchSelection {
    public var documents: [ReviewedDocument]
    public var queried: Set<Int>?
}
