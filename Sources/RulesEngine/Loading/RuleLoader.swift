import AssayCore
import Foundation

/// Reads one rule of a pack (see `Rules/README.md` for the format).
enum RuleLoader {
    private static let commonKeys: Set<String> = ["id", "category", "severity", "message", "kind", "fields", "examples"]
    private static let kindKeys: [String: Set<String>] = [
        "lexicon": ["terms", "inflect", "caseSensitive", "exceptions"],
        "pattern": ["pattern", "caseSensitive"],
        "numeric": ["when"],
        "attribution": ["when"],
    ]
    private static let allKindKeys = kindKeys.values.reduce(into: Set<String>()) { $0.formUnion($1) }

    static func load(_ node: YAMLNode, pack: String) throws(RuleFileError) -> Rule {
        let mapping = try node.mapping(allowedKeys: commonKeys.union(allKindKeys), context: "rule")
        let id = try mapping.string("id")
        guard RuleIdentifier.isValid(id, pack: pack) else {
            throw try mapping.required("id").error("rule id '\(id)' must be '\(pack).' followed by lower-case letters, digits and hyphens")
        }
        let context = "rule \(id)"
        let kindName = try mapping.string("kind")
        guard let allowed = kindKeys[kindName] else {
            let known = kindKeys.keys.sorted().joined(separator: ", ")
            throw try mapping.required("kind").error("\(context): unknown kind '\(kindName)' (known kinds: \(known))")
        }
        for key in allKindKeys.subtracting(allowed) where mapping.has(key) {
            throw try mapping.required(key).error("\(context): '\(key)' does not apply to kind \(kindName)")
        }
        let severityText = try mapping.string("severity")
        guard let severity = Severity(rawValue: severityText) else {
            throw try mapping.required("severity").error("\(context): unknown severity '\(severityText)' (info, warning or error)")
        }
        let category = try mapping.string("category")
        guard RuleIdentifier.isValidName(category) else {
            throw try mapping.required("category").error("\(context): category '\(category)' must be lower-case letters, digits and hyphens")
        }
        let kind = try readKind(kindName, mapping, context: context)
        let fields = try readFields(mapping.optional("fields"), context: "\(context).fields")
        let message = try mapping.string("message")
        try checkPlaceholders(message, kind: kind, fields: fields, node: try mapping.required("message"), context: context)
        guard let examplesNode = mapping.optional("examples") else {
            throw node.error("\(context): missing 'examples' (texts it must flag and must pass)")
        }
        return Rule(id: id, category: category, severity: severity, message: message, kind: kind, fields: fields,
                    examples: try ExampleLoader.load(examplesNode, context: "\(context).examples"),
                    file: node.file, line: node.line)
    }

    private static func readKind(_ name: String, _ mapping: YAMLMapping, context: String) throws(RuleFileError) -> RuleKind {
        switch name {
        case "lexicon":
            let terms = try mapping.strings("terms").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !terms.isEmpty else { throw mapping.node.error("\(context): a lexicon rule needs 'terms'") }
            if let blank = terms.firstIndex(where: { MatchText($0).tokens.isEmpty }) {
                throw try mapping.required("terms").error("\(context): term \(blank + 1) is empty")
            }
            return .lexicon(LexiconParameters(terms: terms, inflect: try mapping.bool("inflect", default: false),
                                              caseSensitive: try mapping.bool("caseSensitive", default: false),
                                              exceptions: try mapping.strings("exceptions")))
        case "pattern":
            let node = try mapping.required("pattern")
            let source = try node.string(context: "\(context).pattern")
            do {
                return .pattern(PatternParameters(pattern: try BoundedPattern(source, caseSensitive: try mapping.bool("caseSensitive", default: false))))
            } catch let problem as BoundedPattern.Problem {
                throw node.error("\(context): \(describe(problem))")
            } catch let error as RuleFileError {
                throw error
            } catch {
                throw node.error("\(context): \(error)")
            }
        default:
            let conditions = try readConditions(mapping.optional("when"), context: "\(context).when")
            return name == "numeric" ? .numeric(conditions) : .attribution(conditions)
        }
    }

    private static func describe(_ problem: BoundedPattern.Problem) -> String {
        switch problem {
        case .invalid(let detail): "invalid regular expression: \(detail)"
        case .nestedQuantifier:
            "the pattern repeats a group that itself repeats (like (a+)+); such patterns can take exponential time — rewrite it"
        case .matchesEmpty: "the pattern matches the empty text"
        }
    }

    static func readFields(_ node: YAMLNode?, context: String) throws(RuleFileError) -> [String: FieldValue] {
        guard let node else { return [:] }
        var fields: [String: FieldValue] = [:]
        for (key, _, value) in try node.mapping(allowedKeys: nil, context: context).pairs {
            fields[key] = try value.fieldValue(context: "\(context).\(key)")
        }
        return fields
    }

    private static func readConditions(_ node: YAMLNode?, context: String) throws(RuleFileError) -> FieldConditions {
        guard let node else { return FieldConditions(required: [:]) }
        var required: [String: [FieldValue]] = [:]
        for (key, _, value) in try node.mapping(allowedKeys: nil, context: context).pairs {
            if case .sequence = value.node {
                var values: [FieldValue] = []
                for item in try value.sequence(context: "\(context).\(key)") {
                    values.append(try item.fieldValue(context: "\(context).\(key)"))
                }
                required[key] = values
            } else {
                required[key] = [try value.fieldValue(context: "\(context).\(key)")]
            }
        }
        return FieldConditions(required: required)
    }

    /// Lexicon and pattern rules can only fill `{match}`, their constant fields and named groups.
    private static func checkPlaceholders(_ message: String, kind: RuleKind, fields: [String: FieldValue],
                                          node: YAMLNode, context: String) throws(RuleFileError) {
        var known = Set(fields.keys).union(["match"])
        switch kind {
        case .lexicon: break
        case .pattern(let parameters): known.formUnion(parameters.pattern.groupNames)
        case .numeric, .attribution, .learned: return
        }
        for name in MessageTemplate(message).fieldNames where !known.contains(name) {
            throw node.error("\(context): message placeholder {\(name)} is not filled by this rule (known: \(known.sorted().joined(separator: ", ")))")
        }
    }
}
