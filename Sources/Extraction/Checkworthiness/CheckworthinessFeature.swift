import AssayCore

/// The named features of check-worthiness (besides words and word pairs), as a model file names
/// them. Their set and meaning is version 1 of the `checkworthiness` features: a change to
/// either needs a new version, so that an old model is refused rather than misread.
enum CheckworthinessFeature: String, CaseIterable, Sendable {
    case figure = "cue:figure"
    case date = "cue:date"
    case entity = "cue:entity"
    case event = "cue:event"
    case attribution = "cue:attribution"
    case acronym = "entity:acronym"
    case multiwordName = "entity:multiword"
    case singleName = "entity:single"
    case boundedFigure = "figure:bound"
    case percentage = "figure:percentage"
    case comparison = "compares"
    case superlative = "superlative"
    case firstPerson = "first-person"
    case factual = "kind:factual"
    case opinion = "kind:opinion"
    case prediction = "kind:prediction"
    case normative = "kind:normative"
    case question = "kind:question"
    case heading = "role:heading"
    case veryShort = "length:1-3"
    case short = "length:4-7"
    case middling = "length:8-15"
    case long = "length:16-30"
    case veryLong = "length:31+"
    case opensParagraph = "position:first"
    case secondInParagraph = "position:second"
    case laterInParagraph = "position:later"
    case aloneInParagraph = "paragraph:one-sentence"

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
