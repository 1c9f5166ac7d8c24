import AssayCore

/// The named features of check-worthiness (besides words and word pairs), as a model file names
/// them. Their set and meaning is version 1 of the `checkworthiness` features: a change to
/// either needs a new version, so that an old model is refused rather than misread.
enum CheckworthinessFeature: Int, CaseIterable, Sendable {
    case figure
    case date
    case entity
    case event
    case attribution
    case acronym
    case multiwordName
    case singleName
    case boundedFigure
    case percentage
    case largeFigure
    case comparison
    case superlative
    case firstPerson
    case factual
    case opinion
    case prediction
    case normative
    case question
    case heading
    case veryShort
    case short
    case middling
    case long
    case veryLong
    case opensParagraph
    case secondInParagraph
    case laterInParagraph
    case aloneInParagraph

    /// The feature's name in model files.
    var name: String { Self.names[rawValue] }

    /// The feature a model file's name stands for.
    init?(name: String) {
        guard let feature = Self.byName[name] else { return nil }
        self = feature
    }

    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// The names, in the order of the cases (a feature's raw value is its index here).
    private static let names = [
        "cue:figure",
        "cue:date",
        "cue:entity",
        "cue:event",
        "cue:attribution",
        "entity:acronym",
        "entity:multiword",
        "entity:single",
        "figure:bound",
        "figure:percentage",
        "figure:large",
        "compares",
        "superlative",
        "first-person",
        "kind:factual",
        "kind:opinion",
        "kind:prediction",
        "kind:normative",
        "kind:question",
        "role:heading",
        "length:1-3",
        "length:4-7",
        "length:8-15",
        "length:16-30",
        "length:31+",
        "position:first",
        "position:second",
        "position:later",
        "paragraph:one-sentence",
    ]

    /// The name and version of the whole feature set, written in every model file.
    static let specification = "checkworthiness/1"

    static let wordPrefix = "word:"
    static let pairPrefix = "pair:"
    /// How every figure is spelled as a word feature: `word:#`, `pair:than #`.
    static let figureWord = "#"

    static func length(words: Int) -> CheckworthinessFeature {
        switch words {
        case ..<4: .veryShort
        case ..<8: .short
        case ..<16: .middling
        case ..<31: .long
        default: .veryLong
        }
    }

    static func kind(_ kind: AssertionKind) -> CheckworthinessFeature {
        switch kind {
        case .factual: .factual
        case .opinion: .opinion
        case .prediction: .prediction
        case .normative: .normative
        case .question: .question
        }
    }
}
