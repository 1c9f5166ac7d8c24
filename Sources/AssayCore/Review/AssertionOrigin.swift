/// Who put an assertion in the workbench.
public enum AssertionOrigin: String, Sendable, Codable {
    /// Split out of the text by the extractor.
    case extractor
    /// Added by an analyst with `assay annotate` (the extractor missed it).
    case analyst
}
