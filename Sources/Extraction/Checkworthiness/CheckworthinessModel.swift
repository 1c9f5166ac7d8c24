import AssayCore
import AssayText
import Foundation
import Learning

/// A learned check-worthiness model, ready to score: the weights of a `ModelFile` by feature
/// key. An assertion's score is the model's probability that a fact-checker would choose it;
/// its reasons are the features that moved the score most, in words.
public struct CheckworthinessModel: Sendable {
    public static let task = "checkworthiness"

    /// The file's header and weights as read.
    public let file: ModelFile
    /// The file it was read from, as the user named it.
    public let path: String
    private let intercept: Float
    private let named: [Float]
    private let words: WeightTable

    /// Checks that the file is a check-worthiness model over the features this binary computes.
    public init(_ file: ModelFile, path: String) throws(ModelFileError) {
        guard file.task == Self.task else {
            throw ModelFileError(file: path, message: "is a model for '\(file.task)', not for \(Self.task)")
        }
        guard file.features == CheckworthinessFeature.specification else {
            throw ModelFileError(file: path, message: "its features are '\(file.features)', but this assay computes '\(CheckworthinessFeature.specification)'; retrain it with this assay's 'assay model train'")
        }
        var named = [Float](repeating: 0, count: CheckworthinessFeature.allCases.count)
        var entries: [(key: UInt64, weight: Float)] = []
        for (name, weight) in file.weights {
            if let feature = CheckworthinessFeature(rawValue: name) {
                named[Self.index(feature)] = Float(weight)
            } else if Self.isWordFeature(name) {
                entries.append((FeatureKey.of(name: name), Float(weight)))
            } else {
                throw ModelFileError(file: path, message: "feature '\(name)' is not one this assay computes (features \(CheckworthinessFeature.specification))")
            }
        }
        self.file = file
        self.path = path
        intercept = Float(file.intercept)
        self.named = named
        words = WeightTable(entries)
    }

    /// Reads and checks a model file.
    public init(contentsOf path: String) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(file: path, message: "cannot be read (missing, or not a readable file)")
        }
        try self.init(try ModelFile.decode(Array(data), file: path), path: path)
    }

    private static func isWordFeature(_ name: String) -> Bool {
        if name.hasPrefix(CheckworthinessFeature.wordPrefix) {
            let word = name.dropFirst(CheckworthinessFeature.wordPrefix.count)
            return !word.isEmpty && !word.contains(" ")
        }
        if name.hasPrefix(CheckworthinessFeature.pairPrefix) {
            let words = name.dropFirst(CheckworthinessFeature.pairPrefix.count).split(separator: " ", omittingEmptySubsequences: false)
            return words.count == 2 && words.allSatisfy { !$0.isEmpty }
        }
        return false
    }

    static func index(_ feature: CheckworthinessFeature) -> Int {
        CheckworthinessFeature.allCases.firstIndex(of: feature)!
    }

    /// The probability, to three decimals, and the reasons.
    func score(_ features: AssertionFeatures) -> (Double, [String]) {
        var sink = ScoringSink(named: named, words: words, tokens: features.tokens)
        features.visit(&sink)
        let probability = LogisticRegression.sigmoid(Double(intercept + sink.margin))
        let reasons = sink.strongest(Self.reasonCount, above: Self.reasonFloor)
            .map { ReasonWording.reason(for: $0, in: features) }
        return ((probability * 1000).rounded() / 1000, reasons)
    }

    /// At most this many reasons, each moving the log-odds by at least `reasonFloor`.
    static let reasonCount = 5
    static let reasonFloor: Float = 0.1
}

/// One feature's share of a score.
struct Contribution: Equatable {
    enum Feature: Equatable {
        case named(CheckworthinessFeature)
        case word(Int)
        case pair(Int, Int)
    }

    var feature: Feature
    var weight: Float
}

/// Adds up a model's weights for the features of one assertion, keeping each contribution for
/// the reasons.
private struct ScoringSink: FeatureSink {
    let named: [Float]
    let words: WeightTable
    let tokens: [Token]
    var margin: Float = 0
    var contributions: [Contribution] = []

    init(named: [Float], words: WeightTable, tokens: [Token]) {
        self.named = named
        self.words = words
        self.tokens = tokens
        contributions.reserveCapacity(64)
    }

    mutating func add(_ feature: CheckworthinessFeature) {
        record(.named(feature), named[CheckworthinessModel.index(feature)])
    }

    mutating func word(_ token: Int, key: UInt64) { record(.word(token), words.weight(key)) }

    mutating func pair(_ first: Int, _ second: Int, key: UInt64) { record(.pair(first, second), words.weight(key)) }

    private mutating func record(_ feature: Contribution.Feature, _ weight: Float) {
        guard weight != 0 else { return }
        margin += weight
        contributions.append(Contribution(feature: feature, weight: weight))
    }

    private func isFigureWord(_ contribution: Contribution) -> Bool {
        guard case .word(let token) = contribution.feature else { return false }
        return tokens[token].kind == .number
    }

    /// The largest contributions either way, largest first; a named entity's shape counts with
    /// the entity itself, and a figure's word with the figure, as one reason each.
    func strongest(_ count: Int, above floor: Float) -> [Contribution] {
        var merged: [Contribution] = []
        merged.reserveCapacity(contributions.count)
        var entityAt: Int?
        var figureAt: Int?
        for contribution in contributions {
            // A figure's word (`word:#`) counts with the figure itself, as one reason.
            if isFigureWord(contribution) || contribution.feature == .named(.figure) {
                if let figureAt {
                    merged[figureAt].weight += contribution.weight
                } else {
                    figureAt = merged.count
                    merged.append(Contribution(feature: .named(.figure), weight: contribution.weight))
                }
                continue
            }
            if case .named(let feature) = contribution.feature,
               feature == .entity || feature == .acronym || feature == .multiwordName || feature == .singleName {
                if let entityAt {
                    merged[entityAt].weight += contribution.weight
                } else {
                    entityAt = merged.count
                    merged.append(Contribution(feature: .named(.entity), weight: contribution.weight))
                }
                continue
            }
            merged.append(contribution)
        }
        return Array(merged.enumerated().filter { abs($0.element.weight) >= floor }
            .sorted { abs($0.element.weight) != abs($1.element.weight) ? abs($0.element.weight) > abs($1.element.weight) : $0.offset < $1.offset }
            .prefix(count).map(\.element))
    }
}
