/// The word lists the attribution recognizer works from, read from a pack's `attribution:`
/// mapping. Every list is data: a pack adds cue verbs or vague sources without touching Swift.
/// Words are matched whole and case-insensitively; a phrase is words separated by spaces.
public struct AttributionConfiguration: Sendable {
    /// Verbs and phrases that attribute content to the source before them, every form written
    /// out: "said", "says", "pointed out", "held press conferences to detail".
    public var cues: [String]
    /// Cue phrases whose source follows them: "according to", "citing".
    public var cuesBeforeSource: [String]
    /// Cues that attribute only after a vague source: "reports have ⟦emerged⟧", "studies suggest".
    public var vagueCues: [String]
    /// Cues that attribute only a quotation beside them: "“…,” he ⟦continued⟧", not "the MEK has
    /// continued to share".
    public var quotationCues: [String]
    /// Sources that name nobody: "multiple reports", "experts", "many people", "officials".
    public var vagueSources: [String]
    /// Sources kept unnamed on purpose (sourceType anonymous): "sources", "a person familiar",
    /// "informed sources". A source that opens with "a", "an" or "one" and names nobody ("a
    /// city official", "a spokesperson for the Fund") is anonymous without being listed.
    public var anonymousSources: [String]
    /// Phrases that make the sources of their sentence anonymous: "on condition of anonymity",
    /// "not authorized to speak".
    public var anonymity: [String]
    /// Documents that can be a source, after "according to" or before a cue: "report", "poll";
    /// "a report by the Harbor Institute" is the Institute's (its type), "a new poll" is vague.
    public var documentSources: [String]
    /// Passives without an agent (sourceType none); adverbs may stand between the words, so
    /// "it was revealed" also matches "it was soon revealed".
    public var agentless: [String]
    /// Passives that claim a crowd as the source (sourceType vague): "widely viewed".
    public var vaguePassives: [String]
    /// Adverbs that report without vouching: "reportedly", "allegedly".
    public var hedges: [String]
    /// Words that make a source an organisation: "Council", "Ministry", "police", "company".
    public var organizationWords: [String]
    /// Titles and nouns that make a source a person: "Mr.", "Mrs.", "President", "spokesman".
    public var personWords: [String]
    /// Labels of page furniture that open a sentence — "Editor's note", "Correction",
    /// "Reporting by", "Image caption": never part of a source or a cue (`PageFurniture`).
    public var furniture: [String]

    public static let empty = AttributionConfiguration(
        cues: [], cuesBeforeSource: [], vagueCues: [], vagueSources: [], agentless: [],
        vaguePassives: [], hedges: [], organizationWords: [], personWords: [])

    public init(cues: [String], cuesBeforeSource: [String], vagueCues: [String], vagueSources: [String],
                agentless: [String], vaguePassives: [String], hedges: [String],
                organizationWords: [String], personWords: [String], furniture: [String] = [],
                anonymousSources: [String] = [], anonymity: [String] = [], documentSources: [String] = [],
                quotationCues: [String] = []) {
        self.cues = cues
        self.cuesBeforeSource = cuesBeforeSource
        self.vagueCues = vagueCues
        self.vagueSources = vagueSources
        self.agentless = agentless
        self.vaguePassives = vaguePassives
        self.hedges = hedges
        self.organizationWords = organizationWords
        self.personWords = personWords
        self.furniture = furniture
        self.anonymousSources = anonymousSources
        self.anonymity = anonymity
        self.documentSources = documentSources
        self.quotationCues = quotationCues
    }

    private static let keys: Set<String> = [
        "cues", "cuesBeforeSource", "vagueCues", "vagueSources", "agentless", "vaguePassives",
        "hedges", "organizationWords", "personWords", "furniture", "anonymousSources", "anonymity", "documentSources",
        "quotationCues",
    ]

    /// Reads a pack's `attribution:` mapping; every key is optional, unknown keys are refused.
    public static func read(_ node: YAMLNode) throws(RuleFileError) -> AttributionConfiguration {
        let mapping = try node.mapping(allowedKeys: keys, context: "attribution")
        func list(_ key: String) throws(RuleFileError) -> [String] {
            let values = try mapping.strings(key).map { $0.trimmingSpaces }
            if let blankIndex = values.firstIndex(where: \.isEmpty), let entry = mapping.optional(key) {
                throw entry.error("attribution.\(key): entry \(blankIndex + 1) is empty")
            }
            return values
        }
        return AttributionConfiguration(
            cues: try list("cues"), cuesBeforeSource: try list("cuesBeforeSource"),
            vagueCues: try list("vagueCues"), vagueSources: try list("vagueSources"),
            agentless: try list("agentless"), vaguePassives: try list("vaguePassives"),
            hedges: try list("hedges"), organizationWords: try list("organizationWords"),
            personWords: try list("personWords"), furniture: try list("furniture"),
            anonymousSources: try list("anonymousSources"), anonymity: try list("anonymity"),
            documentSources: try list("documentSources"), quotationCues: try list("quotationCues"))
    }

    /// Both packs' lists together (a pack adds to the words of the packs loaded before it).
    public func merging(_ other: AttributionConfiguration) -> AttributionConfiguration {
        AttributionConfiguration(
            cues: cues + other.cues, cuesBeforeSource: cuesBeforeSource + other.cuesBeforeSource,
            vagueCues: vagueCues + other.vagueCues, vagueSources: vagueSources + other.vagueSources,
            agentless: agentless + other.agentless, vaguePassives: vaguePassives + other.vaguePassives,
            hedges: hedges + other.hedges, organizationWords: organizationWords + other.organizationWords,
            personWords: personWords + other.personWords, furniture: furniture + other.furniture,
            anonymousSources: anonymousSources + other.anonymousSources, anonymity: anonymity + other.anonymity,
            documentSources: documentSources + other.documentSources, quotationCues: quotationCues + other.quotationCues)
    }
}

private extension String {
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
