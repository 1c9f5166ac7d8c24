import AssayCore
import Extraction
import Foundation
import Learning

/// Fits check-worthiness models from labelled transcripts, measures them by leaving one
/// transcript out, and writes the result as a `ModelFile`. Deterministic: the same transcripts
/// and settings give the same file, byte for byte.
public struct CheckworthinessTrainer: Sendable {
    /// The L2 penalty on word and word-pair weights (see `Models/README.md` for how the default
    /// was chosen).
    public var l2: Double
    /// The L2 penalty on the named features (cues, kind, length, place): few, general, and seen
    /// in every kind of text, they are held back less than words, which are topical.
    public var l2Cues: Double
    /// A word or pair becomes a feature only if it occurs in at least this many training lines.
    public var minimumCount: Int
    /// Weights smaller than this are left out of the file: they move no score noticeably.
    public var smallestWeight: Double
    public var date: String
    public var licence: String

    public static let defaultL2 = 32.0
    public static let defaultL2Cues = 8.0
    public static let defaultMinimumCount = 3
    public static let defaultSmallestWeight = 0.02

    /// Fewer examples than these make a model that only repeats its data.
    public static let minimumPositives = 10
    public static let minimumNegatives = 10

    public init(l2: Double = defaultL2, l2Cues: Double = defaultL2Cues, minimumCount: Int = defaultMinimumCount,
                smallestWeight: Double = defaultSmallestWeight, date: String, licence: String) {
        self.l2 = l2
        self.l2Cues = l2Cues
        self.minimumCount = minimumCount
        self.smallestWeight = smallestWeight
        self.date = date
        self.licence = licence
    }

    /// A model trained on every transcript, with figures measured by leaving each out in turn
    /// when `crossValidate` and there are at least three.
    public func train(_ transcripts: [LabelledTranscript], sources: [String],
                      crossValidate: Bool) throws(TrainingDataError) -> ModelFile {
        let lines = transcripts.flatMap(\.lines)
        let positives = lines.count(where: \.isCheckWorthy)
        guard positives >= Self.minimumPositives, lines.count - positives >= Self.minimumNegatives else {
            throw TrainingDataError(source: sources.joined(separator: ", "), message: "too few examples to learn from: \(positives) check-worthy and \(lines.count - positives) not; training needs at least \(Self.minimumPositives) of each")
        }
        let features = ParallelMap.map(transcripts) { transcript in
            transcript.lines.map { CheckworthinessTraining.features(ofSentence: $0.sentence, place: $0.place) }
        }
        let evaluation = crossValidate && transcripts.count >= 3 ? try self.crossValidate(transcripts, features: features) : nil
        var model = fit(transcripts.indices.map { (transcripts[$0], features[$0]) }, sources: sources)
        model.evaluation = evaluation?.evaluation
        if let threshold = evaluation?.threshold { model.thresholds["bestF1"] = threshold }
        return model
    }

    /// The figures of models trained without each transcript on that transcript, beside the
    /// hand-set score's on the same lines, and the score threshold with the best F1 on those
    /// held-out scores (for information: reports count check-worthy from
    /// `Assertion.checkWorthyScore`).
    private func crossValidate(_ transcripts: [LabelledTranscript], features: [[[String: Float]]])
        throws(TrainingDataError) -> (evaluation: ModelFile.Evaluation, threshold: Double) {
        let folds = ParallelMap.map(Array(transcripts.indices)) { held -> Result<[RankingFigures.ScoredLine], ModelFileError> in
            let training = transcripts.indices.filter { $0 != held }.map { (transcripts[$0], features[$0]) }
            // A fold's model is this trainer's own, over its own features: refusing it would be a bug, reported as such.
            return Result { () throws(ModelFileError) in try CheckworthinessModel(fit(training, sources: []), path: "fold") }
                .map { model in Self.scored(transcripts[held], by: model) }
        }
        var heldOut: [[RankingFigures.ScoredLine]] = []
        for (held, fold) in folds.enumerated() {
            switch fold {
            case .success(let lines): heldOut.append(lines)
            case .failure(let error):
                throw TrainingDataError(source: transcripts[held].name, message: "the model trained without it cannot score: \(error.message)")
            }
        }
        let figures = RankingFigures(documents: heldOut)
        let evaluation = ModelFile.Evaluation(
            method: "leave one transcript out: \(transcripts.count) folds, each scored by a model trained on the others",
            model: figures.summary, handSet: Self.handSetFigures(transcripts).summary, calibration: figures.calibration)
        return (evaluation, Self.bestThreshold(heldOut.flatMap { $0 }))
    }

    /// The score threshold with the best F1 over `lines`.
    static func bestThreshold(_ lines: [RankingFigures.ScoredLine]) -> Double {
        let ranked = lines.sorted { $0.score > $1.score }
        let positives = lines.count(where: \.isPositive)
        var best = (f1: 0.0, threshold: 0.5)
        var found = 0
        for (index, line) in ranked.enumerated() {
            if line.isPositive { found += 1 }
            guard index + 1 == ranked.count || ranked[index + 1].score < line.score, found > 0 else { continue }
            let precision = Double(found) / Double(index + 1)
            let recall = Double(found) / Double(positives)
            let f1 = 2 * precision * recall / (precision + recall)
            if f1 > best.f1 { best = (f1, line.score) }
        }
        return best.threshold
    }

    private func fit(_ training: [(LabelledTranscript, [[String: Float]])], sources: [String]) -> ModelFile {
        let allFeatures = training.flatMap(\.1)
        let labels = training.flatMap { $0.0.lines.map(\.isCheckWorthy) }
        let vocabulary = FeatureVocabulary(examples: allFeatures, minimumCount: minimumCount)
        let examples = zip(allFeatures, labels).map { vocabulary.example($0, isPositive: $1) }
        let penalties = vocabulary.names.map { CheckworthinessTraining.isWordFeature($0) ? l2 : l2Cues }
        let fit = LogisticRegression(penalties: penalties).fit(examples)
        let weights = zip(vocabulary.names, fit.weights).filter { abs($0.1) >= smallestWeight }.map { (name: $0.0, weight: $0.1) }
        return ModelFile(
            task: CheckworthinessModel.task, features: CheckworthinessTraining.featureSpecification,
            trainedOn: ModelFile.TrainingData(sources: sources, examples: labels.count, positives: labels.count { $0 },
                                              date: date, licence: licence),
            method: "logistic regression with an L2 penalty, fitted by L-BFGS",
            settings: ["l2": l2, "l2Cues": l2Cues, "minimumCount": Double(minimumCount), "smallestWeight": smallestWeight,
                       "features": Double(vocabulary.names.count)],
            evaluation: nil, thresholds: [:], intercept: fit.intercept, weights: weights)
    }

    /// A model's figures on labelled transcripts, and the hand-set score's on the same lines.
    public static func evaluate(_ model: CheckworthinessModel, on transcripts: [LabelledTranscript])
        -> (model: RankingFigures, handSet: RankingFigures) {
        (RankingFigures(documents: ParallelMap.map(transcripts) { scored($0, by: model) }), handSetFigures(transcripts))
    }

    private static func scored(_ transcript: LabelledTranscript, by model: CheckworthinessModel) -> [RankingFigures.ScoredLine] {
        transcript.lines.map {
            RankingFigures.ScoredLine(score: CheckworthinessTraining.score(ofSentence: $0.sentence, place: $0.place, model: model),
                                      isPositive: $0.isCheckWorthy)
        }
    }

    private static func handSetFigures(_ transcripts: [LabelledTranscript]) -> RankingFigures {
        RankingFigures(documents: transcripts.map { transcript in
            transcript.lines.map { RankingFigures.ScoredLine(score: CheckworthinessTraining.handSetScore(ofSentence: $0.sentence),
                                                             isPositive: $0.isCheckWorthy) }
        })
    }
}
