import Foundation
import Learning
import RulesEngine
import Testing

/// The tagger looks each word and pair up once for all the families it has weights in
/// (`FramingWeights`); these tests hold it to the plain reading: every feature `FramingFeatures`
/// names, its weight looked up by name and added in the order the features are read.
@Suite("Scoring with the framing tagger")
struct FramingTaggerScoringTests {
    static let sentences = [
        "The answer is obvious: the same radical elite who have been pillaging this town will stop at nothing!",
        "\"We will never surrender,\" the minister said on Tuesday, but critics called it a cynical stunt.",
        "Shares in the company rose 3% to 245p after it reported profits of £1.2bn.",
        "YOU must act NOW, before the corrupt regime silences every one of us.",
        "So-called experts say the plan is a disaster, a disaster for our children and a disaster for you.",
        "Why would anyone trust them?",
        "Well.",
    ]

    /// The shipped model, read as `analyze` reads it.
    static let shipped: (model: FramingModel, file: ModelFile) = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Models/framing.json").path
        let data = FileManager.default.contents(atPath: path)!
        return (try! FramingModel(contentsOf: path), try! ModelFile.decode(Array(data), file: path))
    }()

    @Test("the tagger's sentence and word probabilities equal the features' weights added one by one", arguments: sentences)
    func sameAsFeatureByFeature(_ sentence: String) throws {
        let (model, file) = Self.shipped
        let reference = try Reference(file)
        let text = MatchText(Self.sentences.joined(separator: " ") + " " + sentence)
        let tokens = text.tokenIndices(in: (text.bytes.count - sentence.utf8.count)..<text.bytes.count)
        var tagger = FramingTagger(model: model, text: text)
        let scored = tagger.score(sentence: tokens, isHeadline: false, from: 0)
        let scores = try #require(scored)
        let expected = reference.score(text, tokens)
        #expect(scores.sentence == expected.sentence)
        #expect(scores.words == expected.words)
        #expect(scores.words.contains { $0 > 0.01 }, "the span model said nothing of \(sentence)")
    }

    @Test("a weight for a family its model does not read, or for no feature at all, is refused with the file and the name")
    func unreadFeaturesRefused() {
        for (name, message) in [
            ("sentence.suffix:ing", "feature 'sentence.suffix:ing' is not one the sentence model reads"),
            ("span.pair:so called", "feature 'span.pair:so called' is not one the span model reads"),
            ("span.colour:red", "feature 'span.colour:red' is not one this assay computes (features framing/1)"),
        ] {
            var file = Self.shipped.file
            file.weights.append((name, 0.5))
            #expect(throws: ModelFileError(file: "m.json", message: message)) { try FramingModel(file, path: "m.json") }
        }
    }

    /// The model file's weights by feature key, summed through `FramingFeatures` as training reads them.
    struct Reference {
        var values: [String: [UInt64: Float]] = ["sentence.": [:], "span.": [:]]
        var flags: [String: [Float]] = ["sentence.": Array(repeating: 0, count: FramingFeature.Flag.allCases.count),
                                        "span.": Array(repeating: 0, count: FramingFeature.Flag.allCases.count)]
        var sentenceIntercept: Float
        var spanIntercept: Float = 0

        init(_ file: ModelFile) throws {
            sentenceIntercept = Float(file.intercept)
            for (name, weight) in file.weights {
                if name == FramingModel.spanIntercept {
                    spanIntercept = Float(weight)
                    continue
                }
                let prefix = name.hasPrefix(FramingModel.sentencePrefix) ? FramingModel.sentencePrefix : FramingModel.spanPrefix
                let feature = Array(name.utf8.dropFirst(prefix.utf8.count))
                let named = feature.withUnsafeBufferPointer { FramingFeature.named($0) }
                guard let named else { throw ReferenceError.unknown(name) }
                switch named {
                case .flag(let flag): flags[prefix]![flag.index] = Float(weight)
                case .value(let family, let hash): values[prefix]![hash ^ family.seed] = Float(weight)
                }
            }
        }

        func score(_ text: MatchText, _ tokens: Range<Int>) -> (sentence: Double, words: [Double]) {
            let features = FramingFeatures(text: text, tokens: tokens, isHeadline: false)
            let sentenceFlags = features.sentenceFlags()
            var sentence = Sink(values: values["sentence."]!, flags: flags["sentence."]!)
            features.visitSentence(flags: sentenceFlags, &sentence)
            var base = spanIntercept
            for flag in sentenceFlags { base += flags["span."]![flag.index] }
            let quotes = QuotedTokens(features)
            let repeats = RepeatedWords(text)
            let words = tokens.map { index in
                var span = Sink(values: values["span."]!, flags: flags["span."]!)
                features.visitToken(index, quotes: quotes, repeats: repeats, &span)
                return LogisticRegression.sigmoid(Double(base + span.margin))
            }
            return (LogisticRegression.sigmoid(Double(sentenceIntercept + sentence.margin)), words)
        }
    }

    enum ReferenceError: Error {
        case unknown(String)
    }

    struct Sink: FramingFeatureSink {
        let values: [UInt64: Float]
        let flags: [Float]
        var margin: Float = 0

        mutating func flag(_ flag: FramingFeature.Flag) { margin += flags[flag.index] }

        mutating func value(_ family: FramingFeature.Family, key: UInt64, first: Int, second: Int) {
            margin += values[key] ?? 0
        }
    }
}
