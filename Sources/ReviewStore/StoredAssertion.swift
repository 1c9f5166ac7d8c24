import AssayCore

/// Who put an assertion in the workbench.
public enum AssertionOrigin: String, Sendable, Codable {
    /// Split out of the text by the extractor.
    case extractor
    /// Added by an analyst with `assay annotate` (the extractor missed it).
    case analyst
}

/// An assertion as one row of a version: the extracted assertion and where it came from.
struct StoredAssertion {
    var assertion: Assertion
    var origin: AssertionOrigin

    init(_ assertion: Assertion, origin: AssertionOrigin) {
        self.assertion = assertion
        self.origin = origin
    }

    var id: String { assertion.id }
}
