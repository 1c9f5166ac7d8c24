/// What one pass over an assertion's tokens found: the cues of its kind and what makes it
/// checkable, each with the first words that showed it (quoted in the reasons).
struct AssertionEvidence {
    /// The kinds whose cues an assertion holds.
    struct KindCues: OptionSet {
        let rawValue: UInt8
        static let normative = KindCues(rawValue: 1)
        static let prediction = KindCues(rawValue: 2)
        static let opinion = KindCues(rawValue: 4)
    }

    /// How the first named entity is written.
    enum EntityShape {
        /// NATO, UN: upper case throughout.
        case acronym
        /// Several capitalised words: United Nations, Abraham Lincoln.
        case multiword
        /// One capitalised word.
        case single
    }

    var kindCues: KindCues = []
    var figure: String?
    var figureInDigits = false
    var date: String?
    var entity: String?
    var entityShape: EntityShape?
    var event: String?
    var attribution: String?
    /// "more than", "compared with", "higher".
    var comparison: String?
    /// "largest", "most".
    var superlative: String?
    /// The word bounding a figure: "over", "nearly", "at least".
    var bound: String?
    /// A figure of a thousand or more: "30,000", "12 million", "thousands".
    var largeFigure: String?
    /// A percentage: "30%", "12 per cent".
    var percentage: String?
    /// "I", "my": the speaker's own experience.
    var firstPerson: String?
    var words = 0
}
