import AssayCore
import Comparison

/// What `assay match` compares: the documents, the positions of those whose claims are searched
/// against all of them (nil: every document's), and, when the documents are only the part of the
/// workbench worth reading for those, the workbench's word frequencies.
public struct MatchSelection {
    public var documents: [ReviewedDocument]
    public var queried: Set<Int>?
    public var archive: ArchiveFrequencies?
}
