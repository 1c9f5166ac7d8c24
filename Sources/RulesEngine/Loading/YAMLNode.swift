import AssayCore
import Yams

/// A node of a parsed YAML file with the file's name, read with type checks that fail with a
/// located `RuleFileError`. Mappings are read through `YAMLMapping`, which refuses unknown keys
/// (Yams' `Codable` decoding silently ignores a misspelled key such as `severty:`).
public struct YAMLNode {
    let node: Node
    public let file: String

    init(_ node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Parses `text`, refusing files whose aliases expand beyond `maximumNodes` nodes.
    ///
    /// Scalars keep their text and style but get no implicit type (`Resolver.basic`): readers
    /// decide what a scalar means, and the default resolver ran a set of regular expressions on
    /// every key (to find duplicate keys) and on start-up compiled them, most of the time spent
    /// loading the packs. Keys that differ only in quoting (`1` and `'1'`) are duplicates here.
    static func parse(_ text: String, file: String, maximumNodes: Int = 100_000) throws(RuleFileError) -> YAMLNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw YAMLNode.error(from: error, file: file)
        } catch {
            throw RuleFileError(file: file, message: "cannot parse YAML: \(error)")
        }
        guard let root else { throw RuleFileError(file: file, message: "the file is empty") }
        var budget = maximumNodes
        guard YAMLNode.fits(root, budget: &budget) else {
            throw RuleFileError(file: file, message: "more than \(maximumNodes) YAML nodes (an alias expansion bomb?)")
        }
        return YAMLNode(root, file: file)
    }

    public var line: Int { node.mark?.line ?? 0 }
    public var column: Int { node.mark?.column ?? 0 }

    /// An error located at this node.
    public func error(_ message: String) -> RuleFileError {
        RuleFileError(file: file, line: line, column: column, message: message)
    }

    /// The node as a mapping; `allowedKeys` nil means any key (the keys are data).
    public func mapping(allowedKeys: Set<String>?, context: String) throws(RuleFileError) -> YAMLMapping {
        guard case .mapping(let mapping) = node else { throw error("\(context) must be a mapping (key: value)") }
        var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw YAMLNode(key, file: file).error("\(context): a key must be a plain word") }
            let keyNode = YAMLNode(key, file: file)
            if let allowedKeys, !allowedKeys.contains(scalar.string) {
                let known = allowedKeys.sorted().joined(separator: ", ")
                throw keyNode.error("\(context): unknown key '\(scalar.string)' (known keys: \(known))")
            }
            if entries.contains(where: { $0.key == scalar.string }) {
                throw keyNode.error("\(context): key '\(scalar.string)' appears twice")
            }
            entries.append((scalar.string, keyNode, YAMLNode(value, file: file)))
        }
        return YAMLMapping(entries: entries, node: self, context: context)
    }

    public func string(context: String) throws(RuleFileError) -> String {
        guard case .scalar(let scalar) = node else { throw error("\(context) must be a text value") }
        return scalar.string
    }

    /// A list of texts; a single text is read as a list of one.
    public func strings(context: String) throws(RuleFileError) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    throw YAMLNode(item, file: file).error("\(context) must be a list of texts")
                }
                values.append(scalar.string)
            }
            return values
        default: throw error("\(context) must be a text or a list of texts")
        }
    }

    public func bool(context: String) throws(RuleFileError) -> Bool {
        switch try string(context: context).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("\(context) must be true or false")
        }
    }

    public func int(context: String) throws(RuleFileError) -> Int {
        guard let value = Int(try string(context: context)) else { throw error("\(context) must be a whole number") }
        return value
    }

    /// A scalar as a field value: numbers and booleans by their YAML type, `null` as null.
    public func fieldValue(context: String) throws(RuleFileError) -> FieldValue {
        guard case .scalar(let scalar) = node else { throw error("\(context) must be a text, number or boolean") }
        guard scalar.style == .plain else { return .string(scalar.string) }
        switch scalar.string {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null", "~": return .null
        default: return Double(scalar.string).map(FieldValue.number) ?? .string(scalar.string)
        }
    }

    public func sequence(context: String) throws(RuleFileError) -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error("\(context) must be a list") }
        return sequence.map { YAMLNode($0, file: file) }
    }

    // MARK: private

    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping where !fits(key, budget: &budget) || !fits(value, budget: &budget) { return false }
        case .sequence(let sequence):
            for item in sequence where !fits(item, budget: &budget) { return false }
        case .scalar, .alias:
            break
        }
        return true
    }

    private static func error(from error: YamlError, file: String) -> RuleFileError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return RuleFileError(file: file, line: mark.line, column: mark.column, message: "malformed YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return RuleFileError(file: file, line: context.mark.line, column: context.mark.column,
                                 message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return RuleFileError(file: file, message: "malformed YAML: \(error)")
        }
    }
}

/// The entries of a YAML mapping whose keys were checked against the known ones.
public struct YAMLMapping {
    fileprivate let entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
    public let node: YAMLNode
    let context: String

    public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    public func optional(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }

    public func required(_ key: String) throws(RuleFileError) -> YAMLNode {
        guard let value = optional(key) else { throw node.error("\(context): missing '\(key)'") }
        return value
    }

    public func string(_ key: String) throws(RuleFileError) -> String {
        try required(key).string(context: "\(context).\(key)")
    }

    public func optionalString(_ key: String) throws(RuleFileError) -> String? {
        try optional(key)?.string(context: "\(context).\(key)")
    }

    public func strings(_ key: String) throws(RuleFileError) -> [String] {
        try optional(key)?.strings(context: "\(context).\(key)") ?? []
    }

    public func bool(_ key: String, default value: Bool) throws(RuleFileError) -> Bool {
        try optional(key)?.bool(context: "\(context).\(key)") ?? value
    }

    public func int(_ key: String, default value: Int) throws(RuleFileError) -> Int {
        try optional(key)?.int(context: "\(context).\(key)") ?? value
    }

    /// The mapping's entries in file order, for mappings whose keys are data (word → value).
    public var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] { entries }
}
