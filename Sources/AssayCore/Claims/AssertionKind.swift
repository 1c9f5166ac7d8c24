/// What kind of statement an assertion makes, which decides how it can be checked.
public enum AssertionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// States something that is or was the case.
    case factual
    /// Expresses the writer's evaluation or stance.
    case opinion
    /// Says what should be done (should, must, a duty to…).
    case normative
    /// Says what will or could happen.
    case prediction
    case question
}
