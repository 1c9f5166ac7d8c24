/// A pack: one YAML file of rules, with the configuration it gives the built-in recognizers.
public struct RulePack: Sendable {
    public var name: String
    public var description: String
    /// The file it was loaded from.
    public var file: String
    public var rules: [Rule]
}
