import AssayCore
import Foundation
import Learning
import Pipeline
import RulesEngine
import Testing

@Suite("Training the framing tagger")
struct FramingTrainerTests {
    static let loaded = ["disgraceful", "shameful", "treacherous", "corrupt", "vile", "sinister"]
    static let advocacy = [
        "The %@ plan from the mayor will ruin this town.", "Our leaders made a %@ deal behind closed doors.",
        "Only a %@ council would sell the harbour.", "This %@ scheme must be stopped now.",
    ]
    static let reports = [
        "The council met on Tuesday to discuss the harbour budget.", "Repairs to the wall are expected to begin in March.",
        "The market will stay open during the work.", "A spokesperson said the contract would go out to tender.",
        "Two members voted against the proposal.", "The meeting lasted for about two hours.",
    ]

    /// An advocacy article whose loaded words are marked, with a plain sentence between.
    static func annotated(_ seed: Int) -> FramingArticle {
        var text = ""
        var spans: [Range<Int>] = []
        for index in 0..<6 {
            let word = loaded[(index + seed) % loaded.count]
            let sentence = String(format: advocacy[(index + seed) % advocacy.count], word)
            let start = text.unicodeScalars.count + sentence.unicodeScalars.count - sentence.split(separator: word)[1].unicodeScalars.count - word.unicodeScalars.count
            spans.append(start..<(start + word.unicodeScalars.count))
            text += sentence + " " + reports[(index + seed) % reports.count] + "\n"
        }
        return FramingArticle(name: "article\(seed).txt", text: text, spans: spans, role: .annotated)
    }

    static func neutral(_ seed: Int) -> FramingArticle {
        let text = (0..<6).map { reports[($0 + seed) % reports.count] }.joined(separator: " ")
        return FramingArticle(name: "neutral\(seed).txt", text: text, spans: [], role: .neutral)
    }

    static let articles = (0..<10).map(annotated) + (0..<10).map(neutral)

    static var trainer: FramingTrainer {
        var settings = FramingTrainer.Settings()
        settings.minimumCount = 1
        settings.neutralWeight = 1
        return FramingTrainer(settings: settings, date: "2026-12-07", licence: "test data")
    }

    @Test("the marked words are where the article says: a span's text is its loaded word")
    func fixtureSpans() {
        let article = Self.annotated(3)
        let scalars = Array(article.text.unicodeScalars)
        for span in article.spans {
            #expect(Self.loaded.contains(String(String.UnicodeScalarView(scalars[span]))))
        }
    }

    @Test("the same data and settings give the same model file, byte for byte")
    func deterministic() throws {
        let first = try Self.trainer.train(Self.articles, sources: ["a"], crossValidate: true).model.encoded()
        let second = try Self.trainer.train(Self.articles, sources: ["a"], crossValidate: true).model.encoded()
        #expect(first == second)
        var other = Self.trainer
        other.settings.l2Span = 1
        #expect(try other.train(Self.articles, sources: ["a"], crossValidate: true).model.encoded() != first)
    }

    @Test("a trained tagger flags a loaded word it was taught and leaves a neutral article alone; the header holds the held-out figures")
    func learns() throws {
        let (file, figures) = try Self.trainer.train(Self.articles, sources: ["a"], crossValidate: true)
        let measured = try #require(figures)
        #expect(measured.spans.recall > 0.5)
        #expect(measured.neutralRate < measured.annotatedRate)
        #expect(file.measured?.figures["spanF1"] == measured.spans.f1)
        let model = try FramingModel(try ModelFile.decode(file.encoded(), file: "m.json"), path: "m.json")
        let flagged = Self.tag("The shameful plan from the mayor will ruin this town.", model)
        #expect(flagged.contains { $0.contains("shameful") }, "found \(flagged) with \(model.thresholds)")
        #expect(Self.tag(Self.neutral(4).text, model).isEmpty)
    }

    @Test("a dismissed finding teaches the tagger that its sentence is not framing")
    func dismissedLowersTheScore() throws {
        let sentence = "Only a vile council would sell the harbour."
        let dismissed = FramingArticle(name: "team", text: sentence, spans: [7..<11], role: .dismissed)
        let before = try FramingModel(try Self.trainer.train(Self.articles, sources: ["a"], crossValidate: false).model, path: "a")
        let after = try FramingModel(try Self.trainer.train(Self.articles + [dismissed], sources: ["a", "workbench"], crossValidate: false).model,
                                     path: "b")
        #expect(Self.sentenceScore(sentence, after) < Self.sentenceScore(sentence, before))
    }

    @Test("too little annotated data is refused, naming the data")
    func tooLittle() {
        #expect(throws: TrainingDataError.self) {
            try Self.trainer.train([Self.annotated(0)] + (0..<5).map(Self.neutral), sources: ["tiny"], crossValidate: true)
        }
    }

    static func tag(_ text: String, _ model: FramingModel) -> [String] {
        let match = MatchText(text)
        var tagger = FramingTagger(model: model, text: match)
        let tokens = match.tokenIndices(in: 0..<match.bytes.count)
        return tagger.spans(sentence: tokens, isHeadline: false).map { match.string($0.byteRange) }
    }

    static func sentenceScore(_ text: String, _ model: FramingModel) -> Double {
        let match = MatchText(text)
        var tagger = FramingTagger(model: model, text: match)
        return tagger.score(sentence: match.tokenIndices(in: 0..<match.bytes.count), isHeadline: false, from: 0)?.sentence ?? 0
    }
}
