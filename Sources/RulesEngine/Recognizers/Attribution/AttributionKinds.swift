/// Who an attribution names, as the `sourceType` field says it.
enum SourceType: String, Sendable {
    case person
    case organization
    /// A source that names nobody: "experts", "multiple reports", "widely viewed".
    case vague
    /// A source kept unnamed on purpose: "sources familiar with the negotiations", "a city
    /// official, who spoke on condition of anonymity", "a spokesperson for the Fund".
    case anonymous
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
