import AssayCore
import AssayText

/// What the trainer needs of a sentence: its features by name, read exactly as the scorer reads
/// them (the same pass of `AssertionClassifier`), and the hand-set score to compare against.
public enum CheckworthinessTraining {
    /// The features of `sentence`, read as one assertion of a paragraph.
    public static func features(ofSentence sentence: String, place: SentencePlace) -> [String: Float] {
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer.tokens(in: bytes, range: 0..<bytes.count)
        var sink = NamingSink(bytes: bytes, tokens: tokens)
        AssertionClassifier.features(bytes, tokens: tokens, role: .paragraph, place: place).visit(&sink)
        return sink.features
    }

    /// The hand-set score of `sentence` (what `--no-models` gives).
    public static func handSetScore(ofSentence sentence: String) -> Double {
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer.tokens(in: bytes, range: 0..<bytes.count)
        return AssertionClassifier.classify(bytes, tokens: tokens, role: .paragraph, place: .alone, scorer: .handSet).checkworthiness
    }

    /// Whether a feature is a word or word pair (`word:…`, `pair:…`) rather than a named cue.
    public static func isWordFeature(_ name: String) -> Bool {
        name.hasPrefix(CheckworthinessFeature.wordPrefix) || name.hasPrefix(CheckworthinessFeature.pairPrefix)
    }

    /// The feature set's name and version, written into every model trained on these features.
    public static var featureSpecification: String { CheckworthinessFeature.specification }
}

/// Writes each feature's name, counting repeats.
private struct NamingSink: FeatureSink {
    let bytes: [UInt8]
    let tokens: [Token]
    var features: [String: Float] = [:]

    mutating func add(_ feature: CheckworthinessFeature) { features[feature.name, default: 0] += 1 }

    mutating func word(_ token: Int, key: UInt64, isFigure: Bool) {
        features[CheckworthinessFeature.wordPrefix + folded(token), default: 0] += 1
    }

    mutating func pair(_ first: Int, _ second: Int, key: UInt64) {
        features[CheckworthinessFeature.pairPrefix + folded(first) + " " + folded(second), default: 0] += 1
    }

    private func folded(_ index: Int) -> String {
        let token = tokens[index]
        guard token.kind != .number else { return CheckworthinessFeature.figureWord }
        return String(decoding: FoldedWord.fold(bytes[token.range]), as: UTF8.self)
    }
}

extension CheckworthinessTraining {
    /// `model`'s score of `sentence` read as one assertion of a paragraph, exactly as `analyze` scores it.
    public static func score(ofSentence sentence: String, place: SentencePlace, model: CheckworthinessModel) -> Double {
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer.tokens(in: bytes, range: 0..<bytes.count)
        return AssertionClassifier.classify(bytes, tokens: tokens, role: .paragraph, place: place, scorer: .model(model)).checkworthiness
    }
}
