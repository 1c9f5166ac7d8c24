import AssayText

/// A contribution to a score in an analyst's words: what the feature is, quoting the words that
/// showed it ("contains a figure (30,000)", "says \"percent\""); one that lowers the score ends
/// with ": less checkable".
enum ReasonWording {
    static let lowers: StaticString = ": less checkable"

    static func reason(for contribution: Contribution, in features: AssertionFeatures) -> String {
        let lowers = contribution.weight < 0
        switch contribution.feature {
        case .word(let token):
            return ReasonText.says(features.bytes, features.tokens[token].range, lowers: lowers)
        case .pair(let first, let second):
            return ReasonText.says(features.bytes, features.tokens[first].range.lowerBound..<features.tokens[second].range.upperBound,
                                   lowers: lowers)
        case .named(let named):
            return label(named, features.evidence, lowers: lowers)
        }
    }

    private static func label(_ feature: CheckworthinessFeature, _ evidence: AssertionEvidence, lowers: Bool) -> String {
        func quoting(_ label: StaticString, _ text: String?) -> String {
            guard let text else { return ReasonText.label(label, lowers: lowers) }
            let quoted = ReasonText.quoting(label, text)
            return lowers ? quoted + Self.lowers.description : quoted
        }
        func plain(_ label: StaticString) -> String { ReasonText.label(label, lowers: lowers) }
        func length(_ label: StaticString) -> String { ReasonText.length(label, words: evidence.words, lowers: lowers) }
        switch feature {
        case .figure, .largeFigure:
            if let large = evidence.largeFigure { return quoting("contains a large figure", large) }
            return quoting("contains a figure", evidence.figure)
        case .date: return quoting("gives a date", evidence.date)
        case .entity, .acronym, .multiwordName, .singleName: return quoting("names an entity", evidence.entity)
        case .event: return quoting("reports an event", evidence.event)
        case .attribution: return quoting("cites a source", evidence.attribution)
        case .boundedFigure: return quoting("bounds a figure", evidence.bound)
        case .percentage: return quoting("gives a percentage", evidence.percentage)
        case .comparison: return quoting("compares", evidence.comparison)
        case .superlative: return quoting("a superlative", evidence.superlative)
        case .firstPerson: return quoting("a personal experience", evidence.firstPerson)
        case .factual: return plain("states a fact")
        case .opinion: return plain("an opinion")
        case .prediction: return plain("a prediction")
        case .normative: return plain("says what should be done")
        case .question: return plain("asks a question")
        case .heading: return plain("a heading")
        case .veryShort: return length("very short")
        case .short: return length("short")
        case .middling: return length("of middling length")
        case .long: return length("long")
        case .veryLong: return length("very long")
        case .opensParagraph: return plain("opens its paragraph")
        case .secondInParagraph: return plain("second in its paragraph")
        case .laterInParagraph: return plain("late in its paragraph")
        case .aloneInParagraph: return plain("a paragraph of one sentence")
        }
    }

}
