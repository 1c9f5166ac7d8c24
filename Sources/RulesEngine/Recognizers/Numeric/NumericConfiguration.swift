import AssayCore

/// The word lists of the numeric-estimate recognizer that an analyst may tune, read from a pack's
/// `numeric:` mapping: hedge phrases and the bound each sets, vague quantity phrases, proportion
/// words, measure units, and the longest referent. Spelled numbers, magnitudes and month names
/// are fixed linguistic knowledge (`NumericVocabulary`).
public struct NumericConfiguration: Sendable {
    /// A proportion word's value and the bound it implies on its own ("majority" is over half).
    struct Proportion: Sendable, Equatable {
        var value: Double
        var bound: NumericBound
    }

    /// Keys are lower-cased phrases with single spaces between words.
    var hedges: [String: NumericBound] = [:]
    /// Phrases after a figure or its referent and the bound they set ("10 or more people").
    var trailingHedges: [String: NumericBound] = [:]
    /// Vague phrase → order of magnitude (100 for "hundreds of"), nil when it has none ("countless").
    var vagueQuantities: [String: Double?] = [:]
    var proportions: [String: Proportion] = [:]
    /// Single measure words after which the referent continues with "of …" ("grams of TATP").
    var units: Set<String> = []
    var maximumReferentWords: Int?

    static let defaultMaximumReferentWords = 6
    static let keys: Set<String> = ["hedges", "trailingHedges", "vague", "proportions", "units", "maximumReferentWords"]

    public static let empty = NumericConfiguration()

    /// Reads the pack-level `numeric:` mapping.
    public static func read(_ node: YAMLNode) throws(RuleFileError) -> NumericConfiguration {
        let mapping = try node.mapping(allowedKeys: keys, context: "numeric")
        var configuration = NumericConfiguration()
        if let hedges = mapping.optional("hedges") {
            configuration.hedges = try readHedges(hedges, key: "hedges")
        }
        if let trailing = mapping.optional("trailingHedges") {
            configuration.trailingHedges = try readHedges(trailing, key: "trailingHedges")
        }
        if let vague = mapping.optional("vague") {
            configuration.vagueQuantities = try readVague(vague)
        }
        if let proportions = mapping.optional("proportions") {
            configuration.proportions = try readProportions(proportions)
        }
        if let units = mapping.optional("units") {
            for text in try units.strings(context: "numeric.units") {
                let unit = try phrase(text, at: units, context: "numeric.units")
                guard !unit.contains(" ") else { throw units.error("numeric.units: '\(unit)' must be one word") }
                configuration.units.insert(unit)
            }
        }
        if let maximum = mapping.optional("maximumReferentWords") {
            let value = try maximum.int(context: "numeric.maximumReferentWords")
            guard (1...20).contains(value) else { throw maximum.error("numeric.maximumReferentWords must be from 1 to 20") }
            configuration.maximumReferentWords = value
        }
        return configuration
    }

    /// Union of two packs' configurations; where both define a phrase, `other` wins.
    public func merging(_ other: NumericConfiguration) -> NumericConfiguration {
        var merged = self
        merged.hedges.merge(other.hedges) { $1 }
        merged.trailingHedges.merge(other.trailingHedges) { $1 }
        merged.vagueQuantities.merge(other.vagueQuantities) { $1 }
        merged.proportions.merge(other.proportions) { $1 }
        merged.units.formUnion(other.units)
        merged.maximumReferentWords = other.maximumReferentWords ?? maximumReferentWords
        return merged
    }

    // MARK: reading

    private static func readHedges(_ node: YAMLNode, key name: String) throws(RuleFileError) -> [String: NumericBound] {
        let allowed = Set(NumericBound.hedgeBounds.map(\.rawValue))
        var hedges: [String: NumericBound] = [:]
        for (key, _, value) in try node.mapping(allowedKeys: allowed, context: "numeric.\(name)").pairs {
            guard let bound = NumericBound(rawValue: key) else { continue }
            let context = "numeric.\(name).\(key)"
            for text in try value.strings(context: context) {
                hedges[try phrase(text, at: value, context: context)] = bound
            }
        }
        return hedges
    }

    private static func readVague(_ node: YAMLNode) throws(RuleFileError) -> [String: Double?] {
        var vague: [String: Double?] = [:]
        for (key, keyNode, value) in try node.mapping(allowedKeys: nil, context: "numeric.vague").pairs {
            let context = "numeric.vague.\(key)"
            switch try value.fieldValue(context: context) {
            case .null:
                vague[try phrase(key, at: keyNode, context: context)] = .some(nil)
            case .number(let magnitude) where magnitude.isFinite && magnitude > 0:
                vague[try phrase(key, at: keyNode, context: context)] = magnitude
            default:
                throw value.error("\(context) must be a positive number (the order of magnitude) or null")
            }
        }
        return vague
    }

    private static func readProportions(_ node: YAMLNode) throws(RuleFileError) -> [String: Proportion] {
        var proportions: [String: Proportion] = [:]
        for (key, keyNode, value) in try node.mapping(allowedKeys: nil, context: "numeric.proportions").pairs {
            let context = "numeric.proportions.\(key)"
            proportions[try phrase(key, at: keyNode, context: context)] = try proportion(value, context: context)
        }
        return proportions
    }

    /// `half: 0.5`, or `majority: { value: 0.5, bound: lower }`.
    private static func proportion(_ node: YAMLNode, context: String) throws(RuleFileError) -> Proportion {
        var valueNode = node
        var bound = NumericBound.exact
        if case .mapping = node.node {
            let mapping = try node.mapping(allowedKeys: ["value", "bound"], context: context)
            valueNode = try mapping.required("value")
            let boundNode = try mapping.required("bound")
            let allowed: [NumericBound] = [.exact] + NumericBound.hedgeBounds
            guard let read = NumericBound(rawValue: try boundNode.string(context: "\(context).bound")),
                  allowed.contains(read) else {
                let names = allowed.map(\.rawValue).joined(separator: ", ")
                throw boundNode.error("\(context).bound must be one of: \(names)")
            }
            bound = read
        }
        guard case .number(let value) = try valueNode.fieldValue(context: context), value > 0, value <= 1 else {
            throw valueNode.error("\(context) must be a number greater than 0 and at most 1")
        }
        return Proportion(value: value, bound: bound)
    }

    /// The phrase lower-cased with single spaces, as `PhraseTable` keys are matched.
    private static func phrase(_ text: String, at node: YAMLNode, context: String) throws(RuleFileError) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { throw node.error("\(context): a phrase must not be empty") }
        return words.joined(separator: " ")
    }
}
