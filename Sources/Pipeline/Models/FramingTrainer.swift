import AssayCore
import Foundation
import Learning
import RulesEngine

/// Fits the framing tagger's two models (`FramingModel`), measures the tagger by five-fold
/// cross-validation (split by article), and writes the result as a `ModelFile`. Deterministic:
/// the same data and settings give the same file, byte for byte.
public struct FramingTrainer: Sendable {
    public struct Settings: Sendable {
        /// The L2 penalty on the sentence model's weights.
        public var l2Sentence = 3.0
        /// The L2 penalty on the span model's weights.
        public var l2Span = 3.0
        /// A feature is kept only if it fires in at least this many training examples.
        public var minimumCount = 5
        /// How much one neutral sentence counts against one annotated one: neutral news is
        /// plentiful, and at full weight it teaches the model that every topic of it is neutral.
        public var neutralWeight = 0.05
        /// How much one dismissed finding counts: a team's own decision.
        public var dismissedWeight = 5.0
        /// Weights smaller than this are left out of the file.
        public var smallestWeight = 0.1
        /// The thresholds without cross-validation; with it, they are chosen on the held-out folds.
        public var thresholds = FramingModel.Thresholds(sentence: 0.15, seed: 0.3, extend: 0.06, gap: 3, warning: 0.6)
        /// Chosen thresholds flag annotated articles' sentences at least this many times as
        /// often as neutral ones.
        public var minimumContrast = 5.0
        /// Chosen thresholds make at most this many warnings per 1,000 neutral sentences
        /// outside quotations (the packs' own warnings come on top).
        public var warningBudget = 1.0

        public init() {}

        var asDictionary: [String: Double] {
            ["l2Sentence": l2Sentence, "l2Span": l2Span, "minimumCount": Double(minimumCount), "neutralWeight": neutralWeight,
             "dismissedWeight": dismissedWeight, "smallestWeight": smallestWeight, "minimumContrast": minimumContrast,
             "warningBudget": warningBudget]
        }
    }

    /// What cross-validation measured, on articles and neutral texts each model did not see.
    public struct Figures: Sendable, Equatable {
        public var spans: SpanOverlapFigures
        /// Findings per 1,000 sentences of the annotated articles, and of the neutral ones.
        public var annotatedRate: Double
        public var neutralRate: Double
        /// Warnings outside quotation marks per 1,000 neutral sentences.
        public var neutralWarningRate: Double
        public var annotatedSentences: Int
        public var neutralSentences: Int

        public var contrast: Double { neutralRate > 0 ? annotatedRate / neutralRate : .infinity }

        var asDictionary: [String: Double] {
            ["spanPrecision": spans.precision, "spanRecall": spans.recall, "spanF1": spans.f1,
             "findingsPer1000AnnotatedSentences": annotatedRate, "findingsPer1000NeutralSentences": neutralRate,
             "warningsPer1000NeutralSentences": neutralWarningRate]
        }
    }

    public static let folds = 5
    public var settings: Settings
    public var date: String
    public var licence: String

    public init(settings: Settings = Settings(), date: String, licence: String) {
        self.settings = settings
        self.date = date
        self.licence = licence
    }

    /// A model trained on every article, with cross-validated figures when `crossValidate`
    /// (which needs annotated and neutral articles).
    public func train(_ articles: [FramingArticle], sources: [String], crossValidate: Bool)
        throws(TrainingDataError) -> (model: ModelFile, figures: Figures?) {
        let annotated = articles.filter { $0.role == .annotated }
        let marked = annotated.reduce(0) { $0 + $1.spans.count }
        guard annotated.count >= Self.folds, marked >= 10 else {
            throw TrainingDataError(source: sources.joined(separator: ", "), message: "too little annotated framing to learn from: \(annotated.count) articles with \(marked) marked spans; training needs at least \(Self.folds) articles and 10 spans")
        }
        let reader = FramingExampleReader()
        let prepared = articles.map { reader.prepare($0) }
        let names = Names(sentence: reader.sentenceNames.names, span: reader.spanNames.names)
        var figures: Figures?
        var trainer = self
        if crossValidate, articles.contains(where: { $0.role == .neutral }) {
            let measured = try self.crossValidate(prepared, names)
            figures = measured.figures
            trainer.settings.thresholds = measured.thresholds
        }
        var model = trainer.fit(prepared, Array(prepared.indices), names, sources: sources)
        model.measured = figures.map {
            ModelFile.MeasuredFigures(method: "five-fold cross-validation split by article: each fold's annotated and neutral articles tagged by the models trained on the other four", figures: $0.asDictionary)
        }
        return (model, figures)
    }

    /// The fold an article is held out in: annotated and neutral articles each dealt round.
    private static func folds(_ prepared: [PreparedArticle]) -> [Int?] {
        var counters: [FramingArticle.Role: Int] = [:]
        return prepared.map { article in
            guard article.article.role != .dismissed else { return nil }
            let count = counters[article.article.role, default: 0]
            counters[article.article.role] = count + 1
            return count % folds
        }
    }

    private func crossValidate(_ prepared: [PreparedArticle], _ names: Names) throws(TrainingDataError)
        -> (figures: Figures, thresholds: FramingModel.Thresholds) {
        let foldOf = Self.folds(prepared)
        let lowestGate = Self.grid.sentence.min()!
        let results = ParallelMap.map(Array(0..<Self.folds)) { fold -> Result<[ScoredArticle], ModelFileError> in
            let training = prepared.indices.filter { foldOf[$0] != fold }
            let file = fit(prepared, training, names, sources: [])
            return Result { () throws(ModelFileError) in try FramingModel(file, path: "fold \(fold + 1)") }
                .map { model in prepared.indices.filter { foldOf[$0] == fold }.map { Self.score(prepared[$0], with: model, from: lowestGate) } }
        }
        var scored: [ScoredArticle] = []
        for result in results {
            switch result {
            case .success(let articles): scored += articles
            case .failure(let error): throw TrainingDataError(source: error.file, message: "a fold's model cannot be used: \(error.message)")
            }
        }
        let thresholds = choose(scored)
        return (Self.figures(scored, thresholds), thresholds)
    }

    /// The thresholds tried: each combination is measured on the held-out scores.
    static let grid = (sentence: stride(from: 0.1, through: 0.6, by: 0.05).map { $0 }, seed: [0.2, 0.3, 0.4, 0.5],
                       extend: [0.04, 0.06, 0.1, 0.15], gap: [1, 2, 3])

    /// The thresholds with the best held-out span F1 among those that flag annotated articles
    /// at least `minimumContrast` times as often as neutral ones, with the warning threshold the
    /// lowest sentence score that keeps neutral warnings within `warningBudget` per 1,000
    /// sentences.
    private func choose(_ scored: [ScoredArticle]) -> FramingModel.Thresholds {
        var best: (f1: Double, thresholds: FramingModel.Thresholds)?
        for sentence in Self.grid.sentence {
            for seed in Self.grid.seed {
                for extend in Self.grid.extend where extend < seed {
                    for gap in Self.grid.gap {
                        let thresholds = FramingModel.Thresholds(sentence: sentence, seed: seed, extend: extend, gap: gap, warning: 1)
                        let figures = Self.figures(scored, thresholds)
                        guard figures.contrast >= settings.minimumContrast else { continue }
                        if best == nil || figures.spans.f1 > best!.f1 { best = (figures.spans.f1, thresholds) }
                    }
                }
            }
        }
        var chosen = best?.thresholds ?? settings.thresholds
        chosen.warning = Self.warningThreshold(scored, chosen, budget: settings.warningBudget)
        return chosen
    }

    /// The lowest sentence score (in steps of 0.05) at which neutral warnings stay within
    /// `budget` per 1,000 sentences.
    private static func warningThreshold(_ scored: [ScoredArticle], _ thresholds: FramingModel.Thresholds, budget: Double) -> Double {
        var chosen = 1.0
        for warning in stride(from: 0.95, through: thresholds.sentence, by: -0.05) {
            var candidate = thresholds
            candidate.warning = warning
            guard figures(scored, candidate).neutralWarningRate <= budget else { break }
            chosen = warning
        }
        return chosen
    }

    /// An article's sentences as a fold's models scored them (those from the lowest gate tried).
    struct ScoredArticle: Sendable {
        var role: FramingArticle.Role
        var sentences: Int
        var scores: [SentenceScores]
        var text: MatchText
        var marked: [Range<Int>]
    }

    static func score(_ article: PreparedArticle, with model: FramingModel, from gate: Double) -> ScoredArticle {
        var tagger = FramingTagger(model: model, text: article.text)
        let scores = article.sentences.enumerated().compactMap { index, tokens in
            tagger.score(sentence: tokens, isHeadline: index == 0, from: gate)
        }
        return ScoredArticle(role: article.article.role, sentences: article.sentences.count, scores: scores, text: article.text,
                             marked: article.spans)
    }

    /// The figures of `thresholds` over held-out scores.
    static func figures(_ scored: [ScoredArticle], _ thresholds: FramingModel.Thresholds) -> Figures {
        var predicted: [[Range<Int>]] = []
        var marked: [[Range<Int>]] = []
        var counts: [FramingArticle.Role: (sentences: Int, found: Int, warnings: Int)] = [:]
        for article in scored {
            var found: [Range<Int>] = []
            var warnings = 0
            for scores in article.scores {
                for span in FramingTagger.spans(scores, in: article.text, thresholds) {
                    found.append(article.text.scalarRange(ofBytes: span.byteRange))
                    if !span.isQuoted && span.sentenceScore >= thresholds.warning { warnings += 1 }
                }
            }
            let count = counts[article.role] ?? (0, 0, 0)
            counts[article.role] = (count.sentences + article.sentences, count.found + found.count, count.warnings + warnings)
            if article.role == .annotated {
                predicted.append(found)
                marked.append(article.marked)
            }
        }
        func perThousand(_ count: Int, _ sentences: Int) -> Double { sentences > 0 ? Double(count) * 1000 / Double(sentences) : 0 }
        let annotated = counts[.annotated] ?? (0, 0, 0)
        let neutral = counts[.neutral] ?? (0, 0, 0)
        return Figures(spans: SpanOverlapFigures(predicted: predicted, annotated: marked),
                       annotatedRate: perThousand(annotated.found, annotated.sentences),
                       neutralRate: perThousand(neutral.found, neutral.sentences),
                       neutralWarningRate: perThousand(neutral.warnings, neutral.sentences),
                       annotatedSentences: annotated.sentences, neutralSentences: neutral.sentences)
    }

    /// The feature names of both models, by id.
    struct Names: Sendable {
        var sentence: [String]
        var span: [String]
    }

    private func fit(_ prepared: [PreparedArticle], _ training: [Int], _ names: Names,
                     sources: [String]) -> ModelFile {
        var sentenceExamples: [(PreparedArticle.Example, Float)] = []
        var spanExamples: [(PreparedArticle.Example, Float)] = []
        for index in training {
            let article = prepared[index]
            let weight: Float = switch article.article.role {
            case .annotated: 1
            case .neutral: Float(settings.neutralWeight)
            case .dismissed: Float(settings.dismissedWeight)
            }
            sentenceExamples += article.sentenceExamples.compactMap { $0.map { ($0, weight) } }
            spanExamples += article.tokenExamples.map { ($0, article.article.role == .dismissed ? weight : 1) }
        }
        let sentence = fitOne(sentenceExamples, names: names.sentence, l2: settings.l2Sentence)
        let span = fitOne(spanExamples, names: names.span, l2: settings.l2Span)
        var weights = sentence.weights.map { (name: FramingModel.sentencePrefix + $0.name, weight: $0.weight) }
        weights += span.weights.map { (name: FramingModel.spanPrefix + $0.name, weight: $0.weight) }
        weights.append((name: FramingModel.spanIntercept, weight: span.intercept))
        var settings = settings.asDictionary
        settings["sentenceFeatures"] = Double(sentence.features)
        settings["spanFeatures"] = Double(span.features)
        let sentences = sentenceExamples.count
        return ModelFile(
            task: FramingModel.task, features: FramingFeature.specification,
            trainedOn: ModelFile.TrainingData(sources: sources, examples: sentences,
                                              positives: sentenceExamples.count { $0.0.isFraming }, date: date, licence: licence),
            method: "two logistic regressions with an L2 penalty, fitted by L-BFGS: a sentence model (annotated articles' sentences against neutral ones) and a span model (each word of the annotated articles, inside a marked span or not)",
            settings: settings, evaluation: nil, thresholds: self.settings.thresholds.asDictionary,
            intercept: sentence.intercept, weights: weights)
    }

    private func fitOne(_ examples: [(PreparedArticle.Example, Float)], names: [String], l2: Double)
        -> (weights: [(name: String, weight: Double)], intercept: Double, features: Int) {
        // Features that fire in at least `minimumCount` examples, as columns in name order.
        var counts = [Int](repeating: 0, count: names.count)
        for (example, _) in examples {
            for id in Set(example.features) { counts[Int(id)] += 1 }
        }
        let kept = names.indices.filter { counts[$0] >= settings.minimumCount }.sorted { names[$0] < names[$1] }
        var column = [Int32](repeating: -1, count: names.count)
        for (position, id) in kept.enumerated() { column[id] = Int32(position) }
        let training = examples.map { example, weight -> TrainingExample in
            var values: [Int32: Float] = [:]
            for id in example.features where column[Int(id)] >= 0 { values[column[Int(id)], default: 0] += 1 }
            let columns = values.keys.sorted()
            return TrainingExample(columns: columns, values: columns.map { values[$0]! }, isPositive: example.isFraming, weight: weight)
        }
        let fit = LogisticRegression(penalties: Array(repeating: l2, count: kept.count)).fit(training)
        let weights = zip(kept, fit.weights).filter { abs($0.1) >= settings.smallestWeight }.map { (name: names[$0.0], weight: $0.1) }
        return (weights, fit.intercept, kept.count)
    }
}
