/// A person or organisation in the workbench's source registry, with its Admiralty reliability
/// grade (A completely reliable … E unreliable, F cannot be judged).
public struct SourceEntry: Sendable, Codable, Equatable {
    public var name: String
    public var aliases: [String]
    /// Organisations and people it belongs to or speaks for (the MEK is part of the NCRI coalition).
    public var affiliations: [String]
    public var type: String?
    public var reliability: String?
    public var notes: String?

    public init(name: String, aliases: [String] = [], affiliations: [String] = [], type: String? = nil,
                reliability: String? = nil, notes: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.affiliations = affiliations
        self.type = type
        self.reliability = reliability
        self.notes = notes
    }

    public static let grades = ["A", "B", "C", "D", "E", "F"]
}
