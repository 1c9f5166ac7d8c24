/// Who an attribution names, as the `sourceType` field says it.
enum SourceType: String, Sendable {
    case person
    case organization
    /// A source that names nobody: "experts", "multiple reports", "widely viewed".
    case vague
    /// No source at all: an agentless passive ("it was revealed") or a lone hedge ("reportedly").
    case none
}

/// How the attributed content is given, as the `quote` field says it.
enum QuoteKind: String, Sendable {
    /// In quotation marks.
    case direct
    /// Paraphrased or reported.
    case indirect
    /// No content follows the cue ("He said nothing.").
    case none
}
