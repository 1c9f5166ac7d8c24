import AssayText
import Foundation

/// A model as a file: what it does, what it was trained on and how well it did, and its
/// weights. JSON, written deterministically (fixed member order, weights sorted by name, one per
/// line) so a retrained model reads as a diff. `Models/README.md` documents every member.
public struct ModelFile: Sendable, Equatable {
    /// The version of this layout; a file of another version is refused.
    public static let formatVersion = 1

    public struct TrainingData: Sendable, Equatable {
        /// The data's name: its files, or "workbench".
        public var sources: [String]
        public var examples: Int
        public var positives: Int
        /// The day the model was trained, `YYYY-MM-DD`.
        public var date: String
        /// The terms the data's owners release it under.
        public var licence: String

        public init(sources: [String], examples: Int, positives: Int, date: String, licence: String) {
            self.sources = sources
            self.examples = examples
            self.positives = positives
            self.date = date
            self.licence = licence
        }
    }

    /// Figures measured on data the model (or the folds' models) did not see.
    public struct Evaluation: Sendable, Equatable {
        /// How the figures were measured, in words ("leave one transcript out, 19 folds").
        public var method: String
        public var model: RankingFigures.Summary
        /// The hand-set score of earlier versions on the same folds, for comparison.
        public var handSet: RankingFigures.Summary
        public var calibration: [RankingFigures.CalibrationBand]

        public init(method: String, model: RankingFigures.Summary, handSet: RankingFigures.Summary,
                    calibration: [RankingFigures.CalibrationBand]) {
            self.method = method
            self.model = model
            self.handSet = handSet
            self.calibration = calibration
        }
    }

    /// Named figures and how they were measured, in words.
    public struct MeasuredFigures: Sendable, Equatable {
        public var method: String
        public var figures: [String: Double]

        public init(method: String, figures: [String: Double]) {
            self.method = method
            self.figures = figures
        }
    }

    /// What the model predicts: `checkworthiness`.
    public var task: String
    /// The features the weights are for and their version, `name/version`: a binary scores with
    /// a model only if it computes exactly these.
    public var features: String
    public var trainedOn: TrainingData
    /// How it was fitted, in words, with the settings.
    public var method: String
    public var settings: [String: Double]
    public var evaluation: Evaluation?
    /// Figures of a model measured other than by ranking (a tagger's span F1), held out likewise.
    public var measured: MeasuredFigures?
    /// Named score thresholds, for information (`bestF1`: the score from which held-out F1 is best).
    public var thresholds: [String: Double]
    public var intercept: Double
    /// Feature name → weight, sorted by name.
    public var weights: [(name: String, weight: Double)]

    public init(task: String, features: String, trainedOn: TrainingData, method: String, settings: [String: Double],
                evaluation: Evaluation?, measured: MeasuredFigures? = nil, thresholds: [String: Double], intercept: Double,
                weights: [(name: String, weight: Double)]) {
        self.measured = measured
        self.task = task
        self.features = features
        self.trainedOn = trainedOn
        self.method = method
        self.settings = settings
        self.evaluation = evaluation
        self.thresholds = thresholds
        self.intercept = intercept
        // Files are written sorted: checking is cheaper than sorting a hundred thousand names.
        let isSorted = zip(weights, weights.dropFirst()).allSatisfy { $0.name < $1.name }
        self.weights = isSorted ? weights : weights.sorted { $0.name < $1.name }
    }

    public static func == (lhs: ModelFile, rhs: ModelFile) -> Bool {
        lhs.task == rhs.task && lhs.features == rhs.features && lhs.trainedOn == rhs.trainedOn
            && lhs.method == rhs.method && lhs.settings == rhs.settings && lhs.evaluation == rhs.evaluation
            && lhs.measured == rhs.measured
            && lhs.thresholds == rhs.thresholds && lhs.intercept == rhs.intercept
            && lhs.weights.elementsEqual(rhs.weights) { $0.name == $1.name && $0.weight == $1.weight }
    }
}

/// A model file that cannot be used, with the file and the problem.
public struct ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
