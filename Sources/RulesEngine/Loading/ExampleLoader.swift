import AssayCore

/// Reads a rule's `examples:` — `flag:` texts with their `⟦…⟧` span and expected fields,
/// and `pass:` texts.
enum ExampleLoader {
    static func load(_ node: YAMLNode, context: String) throws(RuleFileError) -> RuleExamples {
        let mapping = try node.mapping(allowedKeys: ["flag", "pass"], context: context)
        var flag: [FlagExample] = []
        for item in try mapping.optional("flag")?.sequence(context: "\(context).flag") ?? [] {
            flag.append(try loadFlag(item, context: "\(context).flag"))
        }
        var pass: [PassExample] = []
        for item in try mapping.optional("pass")?.sequence(context: "\(context).pass") ?? [] {
            let (text, publisher, _) = try readText(item, allowedKeys: ["text", "publisher"], context: "\(context).pass")
            if text.unicodeScalars.contains(ExampleMarkers.open) || text.unicodeScalars.contains(ExampleMarkers.close) {
                throw item.error("\(context).pass: a pass example cannot mark a span with ⟦ ⟧")
            }
            pass.append(PassExample(text: text, publisher: publisher, line: item.line))
        }
        guard !flag.isEmpty, !pass.isEmpty else {
            throw node.error("\(context): a rule needs at least one 'flag' and one 'pass' example")
        }
        return RuleExamples(flag: flag, pass: pass)
    }

    private static func loadFlag(_ item: YAMLNode, context: String) throws(RuleFileError) -> FlagExample {
        let (marked, publisher, mapping) = try readText(item, allowedKeys: ["text", "fields", "publisher"], context: context)
        let parsed: (text: String, span: Range<Int>?)
        do {
            parsed = try ExampleMarkers.parse(marked)
        } catch {
            let problem = switch error {
            case .unbalanced: "the ⟦ ⟧ markers are not balanced"
            case .more: "an example marks at most one span"
            case .empty: "the ⟦⟧ span is empty"
            }
            throw item.error("\(context): \(problem)")
        }
        let fields = try RuleLoader.readFields(mapping?.optional("fields"), context: "\(context).fields")
        return FlagExample(text: parsed.text, expectedSpan: parsed.span, fields: fields, publisher: publisher, line: item.line)
    }

    /// An example is a text, or a mapping with `text:` and other keys.
    private static func readText(_ item: YAMLNode, allowedKeys: Set<String>,
                                 context: String) throws(RuleFileError) -> (String, String?, YAMLMapping?) {
        if case .scalar = item.node { return (try item.string(context: context), nil, nil) }
        let mapping = try item.mapping(allowedKeys: allowedKeys, context: context)
        return (try mapping.string("text"), try mapping.optionalString("publisher"), mapping)
    }
}
