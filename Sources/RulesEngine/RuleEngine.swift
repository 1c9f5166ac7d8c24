import AssayCore

/// Runs a rule set over a document: lexicon rules in one pass over each sentence's tokens,
/// pattern rules per sentence (bounded) where one scan for their required literals says they
/// may match, and the built-in recognizers per sentence. Each match
/// becomes a `Finding` attached to the assertion it starts in.
public struct RuleEngine: Sendable {
    private let rules: [Rule]
    private let messages: [MessageTemplate]
    private let lexicon: LexiconIndex
    private let patternRules: [(rule: Int, pattern: BoundedPattern, starts: MatchStarts?)]
    private let patternPrefilter: PatternPrefilter
    private let numericRules: [(rule: Int, conditions: FieldConditions)]
    private let attributionRules: [(rule: Int, conditions: FieldConditions)]
    private let numeric: NumericRecognizer
    private let attribution: AttributionRecognizer
    private let sources: SourcePolicy
    /// The learned framing tagger, if its rule is loaded, and that rule's index.
    private let framing: (rule: Int, model: FramingModel)?

    /// `publisher` overrides the one found in a document's metadata (its site name).
    public init(rules ruleSet: RuleSet, registry: SourceRegistry = .empty, publisher: String? = nil) {
        rules = ruleSet.rules
        messages = rules.map { MessageTemplate($0.message) }
        var lexiconRules: [(index: Int, parameters: LexiconParameters)] = []
        var patterns: [(rule: Int, pattern: BoundedPattern)] = []
        var numericRules: [(rule: Int, conditions: FieldConditions)] = []
        var attributionRules: [(rule: Int, conditions: FieldConditions)] = []
        var framing: (rule: Int, model: FramingModel)?
        for (index, rule) in rules.enumerated() {
            switch rule.kind {
            case .lexicon(let parameters): lexiconRules.append((index, parameters))
            case .pattern(let parameters): patterns.append((index, parameters.pattern))
            case .numeric(let conditions): numericRules.append((index, conditions))
            case .attribution(let conditions): attributionRules.append((index, conditions))
            case .learned(let model): framing = (index, model)
            }
        }
        lexicon = LexiconIndex(lexiconRules)
        patternRules = patterns.map { ($0.rule, $0.pattern, MatchStarts(pattern: $0.pattern.source)) }
        patternPrefilter = PatternPrefilter(patterns: patterns.map(\.pattern.source))
        self.numericRules = numericRules
        self.attributionRules = attributionRules
        numeric = NumericRecognizer(ruleSet.configurations.numeric)
        attribution = AttributionRecognizer(ruleSet.configurations.attribution)
        sources = SourcePolicy(registry: registry, publisher: publisher)
        self.framing = framing
    }

    /// The document with its findings, in text order, and any warnings (a pattern that ran out
    /// of time on a sentence).
    public func apply(to document: Document) -> (document: Document, warnings: [RuleWarning]) {
        let text = MatchText(document.text)
        let publisher = sources.publisher(of: document)
        var collector = FindingCollector(document: document, text: text, rules: rules, messages: messages)
        var warnings: [RuleWarning] = []
        var candidatePatterns: [Bool] = []
        let needsAttribution = !attributionRules.isEmpty || !numericRules.isEmpty
        var attributionContext = AttributionContext()
        var tagger = framing.map { FramingTagger(model: $0.model, text: text) }
        for sentence in document.sentences {
            let view = SentenceView(text: text, byteRange: text.byteOffset(ofScalar: sentence.start)..<text.byteOffset(ofScalar: sentence.end))
            if let rule = framing?.rule, tagger != nil {
                for span in tagger!.spans(sentence: view.tokenRange, isHeadline: sentence.index == 0) {
                    collector.add(span, rule: rule, sentence: sentence.index)
                }
            }
            for match in lexicon.matches(in: text, tokenRange: view.tokenRange) {
                guard let first = text.tokens[safe: match.tokens.lowerBound], let last = text.tokens[safe: match.tokens.upperBound - 1] else { continue }
                collector.add(rule: match.rule, bytes: first.range.lowerBound..<last.range.upperBound, sentence: sentence.index, fields: [:])
            }
            if !patternRules.isEmpty {
                patternPrefilter.candidates(in: text.bytes, view.byteRange, into: &candidatePatterns)
                warnings += matchPatterns(view, sentence: sentence, source: document.source,
                                          candidates: candidatePatterns, into: &collector)
            }
            let attributions = needsAttribution
                ? attribution.recognize(view, paragraph: sentence.paragraph, context: &attributionContext)
                    .map { sources.marked($0, publisher: publisher) }
                : []
            for recognition in attributions {
                collector.add(recognition, sentence: sentence.index, rules: attributionRules)
            }
            guard !numericRules.isEmpty else { continue }
            for var quantity in numeric.recognize(view) {
                quantity.fields["attributed"] = .bool(collector.isAttributed(quantity.byteRange, by: attributions, sentence: sentence.index))
                collector.add(quantity, sentence: sentence.index, rules: numericRules)
            }
        }
        var result = document
        result.findings = collector.findings()
        return (result, warnings)
    }

    /// Runs the pattern rules the prefilter left as `candidates` (indices into `patternRules`).
    private func matchPatterns(_ view: SentenceView, sentence: Sentence, source: String, candidates: [Bool],
                               into collector: inout FindingCollector) -> [RuleWarning] {
        guard candidates.contains(true) else { return [] }
        var warnings: [RuleWarning] = []
        let sentenceText = view.text.normalized(view.byteRange)
        for ((rule, pattern, starts), isCandidate) in zip(patternRules, candidates) where isCandidate {
            let offsets = starts?.offsets(in: view.text.bytes, view.byteRange)
            let (matches, timedOut) = pattern.matches(in: sentenceText, startingAt: offsets)
            for match in matches {
                let offset = view.byteRange.lowerBound
                let bytes = (match.range.lowerBound + offset)..<(match.range.upperBound + offset)
                // A group quotes the document's own text, as the match does.
                let fields = match.groups.mapValues { FieldValue.string(view.text.string(($0.lowerBound + offset)..<($0.upperBound + offset))) }
                collector.add(rule: rule, bytes: bytes, sentence: sentence.index, fields: fields)
            }
            if timedOut {
                warnings.append(RuleWarning(rule: rules[rule].id, source: source, sentence: sentence.index,
                                            message: "pattern ran out of its time budget; matching stopped for this sentence"))
            }
        }
        return warnings
    }
}

/// A problem met while applying rules that did not stop the run.
public struct RuleWarning: Sendable, Equatable, CustomStringConvertible {
    public var rule: String
    public var source: String
    public var sentence: Int
    public var message: String

    public var description: String { "\(source): sentence \(sentence + 1): rule \(rule): \(message)" }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
