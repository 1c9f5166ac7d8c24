import Foundation
import Learning

/// A learned framing tagger, ready to run: the weights of a `ModelFile` for its two models. The
/// sentence model says whether a sentence argues rather than reports (trained on propaganda
/// articles against neutral news); the span model says which of its words carry the framing
/// (trained on the annotated spans). Both are logistic regressions over `FramingFeature`s.
public struct FramingModel: Sendable {
    public static let task = "framing"
    /// The rule id its findings carry, and the category.
    public static let ruleID = "framing.model"
    public static let category = "framing"

    /// What decides a finding, from the file's `thresholds`.
    public struct Thresholds: Sendable, Equatable {
        /// A sentence is looked into from this sentence-model probability.
        public var sentence: Double
        /// A span needs one word of at least this span-model probability…
        public var seed: Double
        /// …and runs over the words of at least this one,
        public var extend: Double
        /// across gaps of at most this many words below it.
        public var gap: Int
        /// Findings in sentences from this probability are warnings; below it, info.
        public var warning: Double

        public static let names = ["sentence", "seed", "extend", "gap", "warning"]

        public init(sentence: Double, seed: Double, extend: Double, gap: Int, warning: Double) {
            self.sentence = sentence
            self.seed = seed
            self.extend = extend
            self.gap = gap
            self.warning = warning
        }

        public var asDictionary: [String: Double] {
            ["sentence": sentence, "seed": seed, "extend": extend, "gap": Double(gap), "warning": warning]
        }
    }

    public static let sentencePrefix = "sentence."
    public static let spanPrefix = "span."
    private static let sentencePrefixBytes = Array(sentencePrefix.utf8)
    private static let spanPrefixBytes = Array(spanPrefix.utf8)
    private static let spanInterceptBytes = Array(spanIntercept.utf8)
    /// The span model's intercept, stored as a weight (the file's `intercept` is the sentence model's).
    public static let spanIntercept = "span.intercept"

    /// The file's header (its `weights` are empty when read for scoring: they are here, by key).
    public let file: ModelFile
    public let path: String
    /// Settable, to measure other thresholds with the same weights.
    public var thresholds: Thresholds
    let weights: FramingWeights

    /// A model as trained, with its weights by name.
    public init(_ file: ModelFile, path: String) throws(ModelFileError) {
        try self.init(header: file, weights: WeightNames(file.weights), path: path)
    }

    /// A model as read for scoring (`ModelFile.decodeForScoring`).
    public init(header file: ModelFile, weights: WeightNames, path: String) throws(ModelFileError) {
        guard file.task == Self.task else {
            throw ModelFileError(file: path, message: "is a model for '\(file.task)', not for \(Self.task)")
        }
        guard file.features == FramingFeature.specification else {
            throw ModelFileError(file: path, message: "its features are '\(file.features)', but this assay computes '\(FramingFeature.specification)'; retrain it with this assay's 'assay model train framing'")
        }
        let missing = Thresholds.names.filter { file.thresholds[$0] == nil }
        guard missing.isEmpty else {
            throw ModelFileError(file: path, message: "its thresholds lack \(missing.joined(separator: ", "))")
        }
        let values = file.thresholds
        thresholds = Thresholds(sentence: values["sentence"]!, seed: values["seed"]!, extend: values["extend"]!,
                                gap: Int(values["gap"]!), warning: values["warning"]!)
        var builder = FramingWeights.Builder()
        builder.sentenceIntercept = Float(file.intercept)
        try weights.forEach { (bytes: UnsafeBufferPointer<UInt8>, weight: Double) throws(ModelFileError) in
            if bytes.elementsEqual(Self.spanInterceptBytes) {
                builder.spanIntercept = Float(weight)
                return
            }
            let isSentence = bytes.starts(with: Self.sentencePrefixBytes)
            guard isSentence || bytes.starts(with: Self.spanPrefixBytes) else {
                throw ModelFileError(file: path, message: "weight '\(String(decoding: bytes, as: UTF8.self))' is neither a sentence. nor a span. feature")
            }
            let prefix = isSentence ? Self.sentencePrefixBytes.count : Self.spanPrefixBytes.count
            switch FramingFeature.named(UnsafeBufferPointer(rebasing: bytes[prefix...])) {
            case .flag(let flag)?:
                if isSentence { builder.sentenceFlags[flag.index] = Float(weight) } else { builder.spanFlags[flag.index] = Float(weight) }
            case .value(let family, let hash)?:
                guard builder.add(family, hash: hash, weight: Float(weight), isSentence: isSentence) else {
                    throw ModelFileError(file: path, message: "feature '\(String(decoding: bytes, as: UTF8.self))' is not one the \(isSentence ? "sentence" : "span") model reads")
                }
            case nil:
                throw ModelFileError(file: path, message: "feature '\(String(decoding: bytes, as: UTF8.self))' is not one this assay computes (features \(FramingFeature.specification))")
            }
        }
        self.file = file
        self.path = path
        self.weights = builder.build()
    }

    /// Reads and checks a model file.
    public init(contentsOf path: String) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(file: path, message: "cannot be read (missing, or not a readable file)")
        }
        let (header, weights) = try ModelFile.decodeForScoring(Array(data), file: path)
        try self.init(header: header, weights: weights, path: path)
    }
}
