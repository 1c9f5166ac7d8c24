/// The pack-level configuration of the built-in recognizers (`numeric:` and `attribution:`),
/// merged across all loaded packs: a user pack can add hedge words or cue verbs.
public struct RecognizerConfigurations: Sendable {
    public var numeric: NumericConfiguration
    public var attribution: AttributionConfiguration

    public static let empty = RecognizerConfigurations(numeric: .empty, attribution: .empty)
    static let keys: Set<String> = ["numeric", "attribution"]

    static func read(_ mapping: YAMLMapping) throws(RuleFileError) -> RecognizerConfigurations {
        var configurations = RecognizerConfigurations.empty
        if let node = mapping.optional("numeric") { configurations.numeric = try NumericConfiguration.read(node) }
        if let node = mapping.optional("attribution") { configurations.attribution = try AttributionConfiguration.read(node) }
        return configurations
    }

    public func merging(_ other: RecognizerConfigurations) -> RecognizerConfigurations {
        RecognizerConfigurations(numeric: numeric.merging(other.numeric), attribution: attribution.merging(other.attribution))
    }
}
