import AssayText
import Learning

/// One stretch of framing the model found: where, how sure, and why.
public struct FramingSpan: Sendable, Equatable {
    /// Bytes of the `MatchText`.
    public var byteRange: Range<Int>
    /// The sentence model's probability for the sentence it is in.
    public var sentenceScore: Double
    /// The span model's highest probability over its words.
    public var peak: Double
    /// The words and signs that raised the sentence's score most, in words.
    public var reasons: [String]
    /// Whether it lies inside a quotation: a speaker's words, reported.
    public var isQuoted: Bool
}

/// A sentence as both models scored it.
public struct SentenceScores: Sendable {
    /// Its token indices.
    public var tokens: Range<Int>
    /// The sentence model's probability.
    public var sentence: Double
    /// The span model's probability for each token.
    public var words: [Double]
    var quotes: QuotedTokens
    var reasons: [String]
}

/// Runs a `FramingModel` over the sentences of one document, in text order. The span model runs
/// only in sentences the sentence model lets through, and the document's repeated words are
/// counted only once one is: most sentences of neutral prose cost one lookup per token.
public struct FramingTagger {
    let model: FramingModel
    let text: MatchText
    private var repeats: RepeatedWords?

    public init(model: FramingModel, text: MatchText) {
        self.model = model
        self.text = text
    }

    /// The framing the model's thresholds find in one sentence.
    public mutating func spans(sentence tokens: Range<Int>, isHeadline: Bool) -> [FramingSpan] {
        guard let scores = score(sentence: tokens, isHeadline: isHeadline, from: model.thresholds.sentence) else { return [] }
        return Self.spans(scores, in: text, model.thresholds)
    }

    /// What both models say of a sentence whose sentence score reaches `gate`, else nil.
    public mutating func score(sentence tokens: Range<Int>, isHeadline: Bool, from gate: Double) -> SentenceScores? {
        guard !tokens.isEmpty else { return nil }
        let features = FramingFeatures(text: text, tokens: tokens, isHeadline: isHeadline)
        var sentenceSink = SentenceScoring(weights: model.sentence, text: text)
        let flags = features.sentenceFlags()
        features.visitSentence(flags: flags, &sentenceSink)
        let sentenceScore = LogisticRegression.sigmoid(Double(model.sentence.intercept + sentenceSink.margin))
        guard sentenceScore >= gate else { return nil }
        if repeats == nil { repeats = RepeatedWords(text) }
        let quotes = QuotedTokens(features)
        var base = model.span.intercept
        for flag in flags { base += model.span.flags[flag.index] }
        var probabilities = [Double](repeating: 0, count: tokens.count)
        for index in tokens {
            var sink = TokenScoring(weights: model.span)
            features.visitToken(index, quotes: quotes, repeats: repeats!, &sink)
            probabilities[index - tokens.lowerBound] = LogisticRegression.sigmoid(Double(base + sink.margin))
        }
        return SentenceScores(tokens: tokens, sentence: sentenceScore, words: probabilities, quotes: quotes,
                              reasons: sentenceSink.reasons())
    }

    /// The spans `thresholds` find in a scored sentence of `text`.
    public static func spans(_ scores: SentenceScores, in text: MatchText, _ thresholds: FramingModel.Thresholds) -> [FramingSpan] {
        guard scores.sentence >= thresholds.sentence else { return [] }
        let (tokens, probabilities, quotes) = (scores.tokens, scores.words, scores.quotes)
        return runs(probabilities, thresholds).compactMap { run in
            // A span starts and ends on a word or a number, not on a mark.
            var (first, last) = (run.lowerBound, run.upperBound - 1)
            while first < last, text.tokens[tokens.lowerBound + first].kind == .punctuation { first += 1 }
            while last > first, text.tokens[tokens.lowerBound + last].kind == .punctuation { last -= 1 }
            guard text.tokens[tokens.lowerBound + first].kind != .punctuation else { return nil }
            let bytes = text.tokens[tokens.lowerBound + first].range.lowerBound..<text.tokens[tokens.lowerBound + last].range.upperBound
            let isQuoted = (first...last).allSatisfy { quotes[$0].isInside }
            return FramingSpan(byteRange: bytes, sentenceScore: scores.sentence, peak: probabilities[run].max() ?? 0,
                               reasons: scores.reasons, isQuoted: isQuoted)
        }
    }

    /// Runs of words at or above `extend`, joined across at most `gap` words below it, that
    /// reach `seed` somewhere: offsets into the sentence.
    private static func runs(_ probabilities: [Double], _ thresholds: FramingModel.Thresholds) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        let count = probabilities.count
        while index < count {
            guard probabilities[index] >= thresholds.extend else {
                index += 1
                continue
            }
            var end = index
            var next = index + 1
            while next < count {
                if probabilities[next] >= thresholds.extend {
                    end = next
                } else if next - end > thresholds.gap {
                    break
                }
                next += 1
            }
            if probabilities[index...end].contains(where: { $0 >= thresholds.seed }) { runs.append(index..<(end + 1)) }
            index = end + 1
        }
        return runs
    }
}

/// Adds up the span model's weights for one token.
private struct TokenScoring: FramingFeatureSink {
    let weights: FramingModel.Weights
    var margin: Float = 0

    mutating func flag(_ flag: FramingFeature.Flag) { margin += weights.flags[flag.index] }

    mutating func value(_ family: FramingFeature.Family, key: UInt64, first: Int, second: Int) {
        margin += weights.values.weight(key)
    }
}

/// Adds up the sentence model's weights, and keeps the few words and signs that raised it most.
private struct SentenceScoring: FramingFeatureSink {
    let weights: FramingModel.Weights
    var margin: Float = 0
    private var top: [(weight: Float, reason: Reason)] = []
    let text: MatchText

    enum Reason {
        case flag(FramingFeature.Flag)
        case words(Int, Int)
    }

    static let reasonCount = 3
    static let reasonFloor: Float = 0.3

    init(weights: FramingModel.Weights, text: MatchText) {
        self.weights = weights
        self.text = text
    }

    mutating func flag(_ flag: FramingFeature.Flag) {
        let weight = weights.flags[flag.index]
        margin += weight
        if Self.explains(flag) { offer(weight, .flag(flag)) }
    }

    mutating func value(_ family: FramingFeature.Family, key: UInt64, first: Int, second: Int) {
        let weight = weights.values.weight(key)
        margin += weight
        if weight >= Self.reasonFloor, isWords(first, second, in: text) { offer(weight, .words(first, second)) }
    }

    /// Only words read as reasons; a mark's weight (`!`) is said by the flags (an exclamation).
    private func isWords(_ first: Int, _ second: Int, in text: MatchText) -> Bool {
        text.tokens[first].kind != .punctuation && (second == FramingFeatures.none || text.tokens[second].kind != .punctuation)
    }

    @inline(__always)
    private mutating func offer(_ weight: Float, _ reason: Reason) {
        guard weight >= Self.reasonFloor else { return }
        if top.count == Self.reasonCount {
            guard weight > top[top.count - 1].weight else { return }
            top.removeLast()
        }
        let position = top.firstIndex { $0.weight < weight } ?? top.count
        top.insert((weight, reason), at: position)
    }

    /// Signs an analyst can see in the sentence (not its length or place).
    private static func explains(_ flag: FramingFeature.Flag) -> Bool {
        [.exclamation, .question, .secondPerson, .firstPersonPlural, .capitals].contains(flag)
    }

    func reasons() -> [String] {
        top.map { entry in
            switch entry.reason {
            case .flag(let flag): return Self.wording[flag] ?? flag.name
            case .words(let first, let second):
                let words = second == FramingFeatures.none ? text.string(text.tokens[first].range)
                    : text.string(text.tokens[first].range.lowerBound..<text.tokens[second].range.upperBound)
                return "\"\(words)\""
            }
        }
    }

    private static let wording: [FramingFeature.Flag: String] = [
        .exclamation: "an exclamation", .question: "a question to the reader", .secondPerson: "addresses the reader (you)",
        .firstPersonPlural: "speaks for a group (we, our)", .capitals: "words in capitals",
    ]
}
