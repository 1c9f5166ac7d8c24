import AssayText

/// A contribution to a score in an analyst's words: what the feature is, quoting the words that
/// showed it ("contains a figure (30,000)", "says \"percent\""); one that lowers the score ends
/// with ": less checkable".
enum ReasonWording {
    static func reason(for contribution: Contribution, in features: AssertionFeatures) -> String {
        let label = label(contribution.feature, features)
        return contribution.weight < 0 ? label + ": less checkable" : label
    }

    private static func label(_ feature: Contribution.Feature, _ features: AssertionFeatures) -> String {
        switch feature {
        case .word(let token):
            return "says \"" + text(features, token, token) + "\""
        case .pair(let first, let second):
            return "says \"" + text(features, first, second) + "\""
        case .named(let named):
            return label(named, features.evidence)
        }
    }

    private static func label(_ feature: CheckworthinessFeature, _ evidence: AssertionEvidence) -> String {
        func quoting(_ label: StaticString, _ text: String?) -> String {
            text.map { ReasonText.quoting(label, $0) } ?? label.description
        }
        switch feature {
        case .figure: return quoting("contains a figure", evidence.figure)
        case .date: return quoting("gives a date", evidence.date)
        case .entity, .acronym, .multiwordName, .singleName: return quoting("names an entity", evidence.entity)
        case .event: return quoting("reports an event", evidence.event)
        case .attribution: return quoting("cites a source", evidence.attribution)
        case .boundedFigure: return quoting("bounds a figure", evidence.bound)
        case .percentage: return quoting("gives a percentage", evidence.percentage)
        case .comparison: return quoting("compares", evidence.comparison)
        case .superlative: return quoting("a superlative", evidence.superlative)
        case .firstPerson: return quoting("a personal experience", evidence.firstPerson)
        case .factual: return "states a fact"
        case .opinion: return "an opinion"
        case .prediction: return "a prediction"
        case .normative: return "says what should be done"
        case .question: return "asks a question"
        case .heading: return "a heading"
        case .veryShort: return "very short (\(words(evidence.words)))"
        case .short: return "short (\(words(evidence.words)))"
        case .middling: return "of middling length (\(words(evidence.words)))"
        case .long: return "long (\(words(evidence.words)))"
        case .veryLong: return "very long (\(words(evidence.words)))"
        case .opensParagraph: return "opens its paragraph"
        case .secondInParagraph: return "second in its paragraph"
        case .laterInParagraph: return "late in its paragraph"
        case .aloneInParagraph: return "a paragraph of one sentence"
        }
    }

    private static func words(_ count: Int) -> String { count == 1 ? "1 word" : "\(count) words" }

    /// The words from token `first` to token `last`, as written.
    private static func text(_ features: AssertionFeatures, _ first: Int, _ last: Int) -> String {
        String(decoding: features.bytes[features.tokens[first].range.lowerBound..<features.tokens[last].range.upperBound], as: UTF8.self)
    }
}
