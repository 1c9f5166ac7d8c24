import AssayCore

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
