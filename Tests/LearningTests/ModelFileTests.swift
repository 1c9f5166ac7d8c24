import Foundation
import Learning
import Testing

@Suite("Model files")
struct ModelFileTests {
    static func sample(weights: [(name: String, weight: Double)] = [("cue:figure", 0.66), ("word:percent", 0.2), ("pair:more than", -0.125)])
        -> ModelFile {
        ModelFile(task: "checkworthiness", features: "checkworthiness/1",
                  trainedOn: .init(sources: ["a.tsv", "b.tsv"], examples: 120, positives: 12, date: "2026-12-07", licence: "research use"),
                  method: "logistic regression", settings: ["l2": 32, "minimumCount": 3],
                  evaluation: .init(method: "leave one out",
                                    model: .init(documents: 2, lines: 120, positives: 12, meanAveragePrecision: 0.25,
                                                 precisionAt10: 0.3, precisionAt20: 0.2),
                                    handSet: .init(documents: 2, lines: 120, positives: 12, meanAveragePrecision: 0.125,
                                                   precisionAt10: 0.1, precisionAt20: 0.1),
                                    calibration: [.init(lower: 0, upper: 0.05, lines: 100, meanScore: 0.02, positiveRate: 0.03)]),
                  thresholds: ["bestF1": 0.07], intercept: -3.5, weights: weights)
    }

    static func text(_ model: ModelFile) -> String { String(decoding: model.encoded(), as: UTF8.self) }

    static func decodeError(_ text: String) -> ModelFileError? {
        do {
            _ = try ModelFile.decode(Array(text.utf8), file: "m.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("a written model reads back equal, its weights sorted by name, one per line")
    func roundTrip() throws {
        let model = Self.sample()
        let decoded = try ModelFile.decode(model.encoded(), file: "m.json")
        #expect(decoded == model)
        #expect(decoded.weights.map(\.name) == ["cue:figure", "pair:more than", "word:percent"])
        #expect(Self.text(model).contains("\n    \"cue:figure\": 0.66,\n"))
    }

    @Test("writing is deterministic and rounds to six significant digits")
    func deterministic() {
        let model = Self.sample(weights: [("word:a", 0.123456789), ("word:b", -12345.678)])
        #expect(model.encoded() == Self.sample(weights: [("word:b", -12345.678), ("word:a", 0.123456789)]).encoded())
        #expect(Self.text(model).contains("\"word:a\": 0.123457"))
        #expect(Self.text(model).contains("\"word:b\": -12345.7"))
    }

    @Test("malformed JSON is refused, naming the file")
    func malformed() {
        #expect(Self.decodeError("{\"format\": \"assay-model\", ")?.description == "m.json: not a model file: it is not valid JSON")
        #expect(Self.decodeError("[1, 2]")?.description == "m.json: 'format' is missing")
    }

    @Test("another version is refused with both versions named")
    func wrongVersion() {
        let text = Self.text(Self.sample()).replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        let error = Self.decodeError(text)
        #expect(error?.message.contains("model file version 2 is not one this assay reads (it reads version 1)") == true)
    }

    @Test("a missing or mistyped member is named with its path")
    func members() {
        let sample = Self.text(Self.sample())
        #expect(Self.decodeError(sample.replacingOccurrences(of: "\"intercept\"", with: "\"interceptx\""))?.message == "'intercept' is missing")
        #expect(Self.decodeError(sample.replacingOccurrences(of: "\"examples\":120", with: "\"examples\":true"))?.message
                == "'trainedOn.examples' must be a number")
        #expect(Self.decodeError(sample.replacingOccurrences(of: "\"examples\":120", with: "\"examples\":1.5"))?.message
                == "'trainedOn.examples' must be a whole number")
        #expect(Self.decodeError(sample.replacingOccurrences(of: "\"cue:figure\": 0.66", with: "\"cue:figure\": \"high\""))?.message
                == "'weights.cue:figure' must be a number")
        #expect(Self.decodeError(sample.replacingOccurrences(of: "assay-model", with: "other"))?.message
                == "not a model file: 'format' is not \"assay-model\"")
    }
}

@Suite("Ranking figures")
struct RankingFiguresTests {
    typealias Line = RankingFigures.ScoredLine

    @Test("average precision, P@10 and P@20 per document, averaged over documents with a positive")
    func figures() {
        let first = [Line(score: 0.9, isPositive: true), Line(score: 0.5, isPositive: false), Line(score: 0.7, isPositive: true)]
        let second = [Line(score: 0.1, isPositive: true), Line(score: 0.2, isPositive: false)]
        let none = [Line(score: 0.3, isPositive: false)]
        let figures = RankingFigures(documents: [first, second, none])
        // First: positives at ranks 1 and 2 → AP 1; second: the positive at rank 2 → AP 0.5.
        #expect(figures.summary.meanAveragePrecision == 0.75)
        #expect(figures.summary.precisionAt10 == (0.2 + 0.1) / 2)
        #expect(figures.summary.documents == 2)
        #expect(figures.summary.lines == 6)
        #expect(figures.summary.positives == 3)
    }

    @Test("equal scores keep line order, so a tie does not flatter the ranking")
    func ties() {
        let tied = [Line(score: 0.5, isPositive: false), Line(score: 0.5, isPositive: true)]
        #expect(RankingFigures(documents: [tied]).summary.meanAveragePrecision == 0.5)
    }

    @Test("calibration bands count lines and the share that were positive")
    func calibration() {
        let lines = [Line(score: 0.01, isPositive: false), Line(score: 0.03, isPositive: true), Line(score: 0.6, isPositive: true)]
        let bands = RankingFigures(documents: [lines]).calibration
        #expect(bands.count == 2)
        #expect(bands[0].lines == 2 && bands[0].positiveRate == 0.5 && abs(bands[0].meanScore - 0.02) < 1e-12)
        #expect(bands[1].lower == 0.5 && bands[1].lines == 1 && bands[1].positiveRate == 1)
    }
}

@Suite("Logistic regression")
struct LogisticRegressionTests {
    /// Column 0 marks positives, column 1 marks negatives, column 2 fires on both.
    static let examples: [TrainingExample] = (0..<60).map { index in
        let positive = index % 4 == 0
        return TrainingExample(columns: [positive ? 0 : 1, 2], values: [1, 1], isPositive: positive)
    }

    @Test("learns the sign of each feature, and a penalty shrinks the weights")
    func learns() {
        let fit = LogisticRegression(penalties: [1, 1, 1]).fit(Self.examples)
        #expect(fit.weights[0] > 1)
        #expect(fit.weights[1] < -1)
        let heavy = LogisticRegression(penalties: [50, 50, 50]).fit(Self.examples)
        #expect(abs(heavy.weights[0]) < abs(fit.weights[0]))
    }

    @Test("the same examples give the same weights, bit for bit")
    func deterministic() {
        let first = LogisticRegression(penalties: [2, 2, 2]).fit(Self.examples)
        let second = LogisticRegression(penalties: [2, 2, 2]).fit(Self.examples)
        #expect(first == second)
    }

    @Test("probabilities come out calibrated on the data fitted: their mean is the positive rate")
    func calibrated() {
        let fit = LogisticRegression(penalties: [0.01, 0.01, 0.01]).fit(Self.examples)
        let mean = Self.examples.map { example in
            LogisticRegression.sigmoid(fit.intercept + zip(example.columns, example.values).reduce(0) { $0 + fit.weights[Int($1.0)] * Double($1.1) })
        }.reduce(0, +) / Double(Self.examples.count)
        #expect(abs(mean - 0.25) < 0.01)
    }
}

@Suite("Model files read for scoring")
struct ModelFileScoringTests {
    static let file = """
    {"format": "assay-model", "version": 1, "task": "framing", "features": "framing/1",
     "trainedOn": {"sources": ["a"], "examples": 2, "positives": 1, "date": "2026-12-07", "licence": "test"},
     "method": "m", "settings": {}, "thresholds": {}, "intercept": -1.5,
     "weights": {"span.word:\\"": 0.25, "span.word:caf\\u00e9": -0.125, "span.word:z": 1e-3, "span.word:zz": 12.5}}
    """

    @Test("weights come as names and numbers, escapes decoded, exactly as the full reading gives them")
    func sameAsFullReading() throws {
        let bytes = Array(Self.file.utf8)
        let full = try ModelFile.decode(bytes, file: "m.json")
        let (header, weights) = try ModelFile.decodeForScoring(bytes, file: "m.json")
        #expect(header.weights.isEmpty)
        #expect(header.intercept == -1.5 && header.task == "framing")
        let named = weights.named
        #expect(named.map(\.name) == full.weights.map(\.name))
        #expect(named.map(\.weight) == full.weights.map(\.weight))
        #expect(named.map(\.name).contains("span.word:café") && named.map(\.name).contains("span.word:\""))
    }

    @Test("a weight given twice, a weight that is not a number, and broken JSON are refused with the file")
    func refused() {
        func error(_ text: String) -> String? {
            do {
                _ = try ModelFile.decodeForScoring(Array(text.utf8), file: "m.json")
                return nil
            } catch { return error.description }
        }
        let twice = Self.file.replacingOccurrences(of: "\"span.word:zz\"", with: "\"span.word:z\"")
        #expect(error(twice) == "m.json: 'weights.span.word:z' is given twice")
        let text = Self.file.replacingOccurrences(of: "12.5", with: "\"x\"")
        #expect(error(text) == "m.json: 'weights.span.word:zz' must be a number")
        #expect(error("{\"format\": ") == "m.json: not a model file: it is not valid JSON")
    }
}
