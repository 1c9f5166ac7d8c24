import AssayCore

/// One rule of a pack: what it looks for (`kind`), how it reports a match, and the examples
/// that prove it works.
public struct Rule: Sendable {
    /// `pack.rule-name`, unique across all loaded packs.
    public var id: String
    public var category: String
    public var severity: Severity
    /// The finding's message; `{match}` and `{field}` placeholders are filled from the match.
    public var message: String
    public var kind: RuleKind
    /// Constant fields added to every finding (e.g. `technique: loaded-language`).
    public var fields: [String: FieldValue]
    public var examples: RuleExamples
    /// Where the rule is defined.
    public var file: String
    public var line: Int

    public var pack: String { String(id.prefix { $0 != "." }) }
}

/// What a rule matches, with the kind's parameters.
public enum RuleKind: Sendable {
    case lexicon(LexiconParameters)
    case pattern(PatternParameters)
    /// The built-in numeric recognizer; the rule flags the quantities whose fields meet the conditions.
    case numeric(FieldConditions)
    /// The built-in attribution recognizer; likewise.
    case attribution(FieldConditions)
    /// A learned tagger (`Models/`): its findings carry a score, and their severity follows it.
    case learned(FramingModel)

    public var name: String {
        switch self {
        case .lexicon: "lexicon"
        case .pattern: "pattern"
        case .numeric: "numeric"
        case .attribution: "attribution"
        case .learned: "model"
        }
    }
}

public struct LexiconParameters: Sendable {
    public var terms: [String]
    /// Also match the plural, possessive and verb forms of each term's last word.
    public var inflect: Bool
    public var caseSensitive: Bool
    /// Phrases that cancel a match they contain ("regime change" for "regime").
    public var exceptions: [String]
}

public struct PatternParameters: Sendable {
    public var pattern: BoundedPattern
}

/// The `when:` of a recognizer rule: every named field must equal one of its listed values
/// (a field the recognizer did not set counts as null).
public struct FieldConditions: Sendable {
    public var required: [String: [FieldValue]]

    public func accepts(_ fields: [String: FieldValue]) -> Bool {
        required.allSatisfy { name, values in values.contains(fields[name] ?? .null) }
    }
}
