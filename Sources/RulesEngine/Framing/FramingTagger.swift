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
/// counted only once one is: most sentences of neutral prose cost two lookups per token.
///
/// It reads the features `FramingFeatures` names, in the same order, so its sums are the trained
/// model's to the bit; but it looks each word and each pair up once for all their families
/// (`FramingWeights`) instead of once per feature.
public struct FramingTagger {
    let model: FramingModel
    let text: MatchText
    private var repeats: RepeatedWords?
    /// The sentence's word rows, and its pair rows: `pairRows[p]` is the pair that ends at its
    /// word `p` (the first, and the one past the last, join the stand-ins at its edges).
    private var wordRows: [Int] = []
    private var pairRows: [Int] = []

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
        let weights = model.weights
        let features = FramingFeatures(text: text, tokens: tokens, isHeadline: isHeadline)
        let flags = features.sentenceFlags()
        var sentence = SentenceScoring(text: text)
        for flag in flags { sentence.add(flag, weights.sentenceFlags[flag.index]) }
        wordRows.removeAll(keepingCapacity: true)
        pairRows.removeAll(keepingCapacity: true)
        pairRows.append(0)
        var previous: UInt64?
        for index in tokens {
            let hash = text.tokens[index].foldedHash
            let row = weights.words.slot(hash)
            wordRows.append(row)
            sentence.add(words: index, FramingFeatures.none, weights.word(row, .sentence))
            if let previous {
                let pair = weights.pairs.slot(FeatureKey.pair(previous, hash))
                pairRows.append(pair)
                sentence.add(words: index - 1, index, weights.pair(pair, .sentence))
            }
            previous = hash
        }
        let sentenceScore = LogisticRegression.sigmoid(Double(weights.sentenceIntercept + sentence.margin))
        guard sentenceScore >= gate else { return nil }
        if repeats == nil { repeats = RepeatedWords(text) }
        let quotes = QuotedTokens(features)
        let count = tokens.count
        pairRows[0] = weights.pairs.slot(FeatureKey.pair(FramingFeature.startHash, text.tokens[tokens.lowerBound].foldedHash))
        pairRows.append(weights.pairs.slot(FeatureKey.pair(text.tokens[tokens.upperBound - 1].foldedHash, FramingFeature.endHash)))
        var base = weights.spanIntercept
        for flag in flags { base += weights.spanFlags[flag.index] }
        var probabilities = [Double](repeating: 0, count: count)
        for position in 0..<count {
            let index = tokens.lowerBound + position
            let token = text.tokens[index]
            var margin = weights.word(wordRows[position], .span)
            if let suffix = features.suffixHash(token) { margin += weights.suffixes.weight(suffix) }
            if let shape = features.shape(of: token) { margin += weights.spanFlags[shape.index] }
            for (distance, (before, after)) in Self.window.enumerated() {
                let (back, ahead) = (position - distance - 1, position + distance + 1)
                margin += weights.word(back < 0 ? weights.startRow : wordRows[back], before)
                margin += weights.word(ahead >= count ? weights.endRow : wordRows[ahead], after)
            }
            margin += weights.pair(pairRows[position], .left)
            margin += weights.pair(pairRows[position + 1], .right)
            features.contextFlags(index, quotes: quotes, repeats: repeats!) { margin += weights.spanFlags[$0.index] }
            probabilities[position] = LogisticRegression.sigmoid(Double(base + margin))
        }
        return SentenceScores(tokens: tokens, sentence: sentenceScore, words: probabilities, quotes: quotes,
                              reasons: sentence.reasons())
    }

    /// The columns of the words one, two and three tokens away, before and after.
    private static let window: [(FramingWeights.Word, FramingWeights.Word)] = [(.prev1, .next1), (.prev2, .next2), (.prev3, .next3)]

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

/// Adds up the sentence model's weights, and keeps the few words and signs that raised it most.
private struct SentenceScoring {
    var margin: Float = 0
    private var top: [(weight: Float, reason: Reason)] = []
    let text: MatchText

    enum Reason {
        case flag(FramingFeature.Flag)
        case words(Int, Int)
    }

    static let reasonCount = 3
    static let reasonFloor: Float = 0.3

    init(text: MatchText) {
        self.text = text
    }

    @inline(__always)
    mutating func add(_ flag: FramingFeature.Flag, _ weight: Float) {
        margin += weight
        if Self.explains(flag) { offer(weight, .flag(flag)) }
    }

    /// A word (`second` is `FramingFeatures.none`) or a pair of words.
    @inline(__always)
    mutating func add(words first: Int, _ second: Int, _ weight: Float) {
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
        switch flag {
        case .exclamation, .question, .secondPerson, .firstPersonPlural, .capitals: true
        default: false
        }
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
