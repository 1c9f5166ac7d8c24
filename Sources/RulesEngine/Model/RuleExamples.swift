import AssayCore

/// A rule's examples: texts it must flag and texts it must pass.
public struct RuleExamples: Sendable {
    public var flag: [FlagExample]
    public var pass: [PassExample]
}

/// A text the rule must flag. In the pack file the expected span is marked `⟦…⟧`; here the
/// markers are removed and the span kept as scalar offsets into `text`.
public struct FlagExample: Sendable {
    public var text: String
    public var expectedSpan: Range<Int>?
    /// Fields the finding must carry (a subset of what it captures).
    public var fields: [String: FieldValue]
    /// The publisher to assume, for rules about self-sourcing.
    public var publisher: String?
    public var line: Int

    /// The expected matched text, when the example marks one.
    public var expectedText: String? {
        guard let expectedSpan else { return nil }
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[expectedSpan]))
    }
}

public struct PassExample: Sendable {
    public var text: String
    public var publisher: String?
    public var line: Int
}
