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
            if Self.isWordFeature(name) {
                entries.append((FeatureKey.of(name: name), Float(weight)))
            } else if let feature = CheckworthinessFeature(name: name) {
                named[feature.rawValue] = Float(weight)
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

    /// `word:W` or `pair:W1 W2`, with no empty word and no other space.
    private static func isWordFeature(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            let spaces = bytes.count { $0 == UInt8(ascii: " ") }
            let isWord = bytes.starts(with: CheckworthinessFeature.wordPrefix.utf8)
            let isPair = bytes.starts(with: CheckworthinessFeature.pairPrefix.utf8)
            guard (isWord && spaces == 0 && bytes.count > 5) || (isPair && spaces == 1) else { return false }
            // A pair's two words are not empty: the space is neither first nor last.
            return isWord || (bytes[5] != UInt8(ascii: " ") && bytes[bytes.count - 1] != UInt8(ascii: " "))
        }
    }

    /// The probability, to three decimals, and the reasons.
    func score(_ features: AssertionFeatures) -> (Double, [String]) {
        var sink = ScoringSink(named: named, words: words)
        features.visit(&sink)
        let probability = LogisticRegression.sigmoid(Double(intercept + sink.margin))
        let reasons = sink.strongest().map { ReasonWording.reason(for: $0, in: features) }
        return ((probability * 1000).rounded() / 1000, reasons)
    }

    /// At most this many reasons, each moving the log-odds by at least `reasonFloor`.
    static let reasonCount = 4
    static let reasonFloor: Float = 0.15
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

/// Adds up a model's weights for the features of one assertion, and keeps the largest
/// contributions for the reasons as it goes (no list of every contribution is built: this runs
/// for every assertion of every document).
private struct ScoringSink: FeatureSink {
    let named: [Float]
    let words: WeightTable
    var margin: Float = 0
    /// A named entity's cue and its shape count as one reason; so do a figure's cue, its size and
    /// its word (`#`).
    private var entity = Candidate()
    private var figure = Candidate()
    /// The largest other contributions, largest first (ties: the earlier first).
    private var top = TopContributions()
    private var seen = 0

    /// A contribution with the order it was first seen in, for ties.
    struct Candidate {
        var weight: Float = 0
        var order = -1
        var isSet: Bool { order >= 0 }
    }

    init(named: [Float], words: WeightTable) {
        self.named = named
        self.words = words
    }

    mutating func add(_ feature: CheckworthinessFeature) {
        let weight = named[feature.rawValue]
        guard weight != 0 else { return }
        switch feature {
        case .entity, .acronym, .multiwordName, .singleName: merge(weight, intoFigure: false)
        case .figure, .largeFigure: merge(weight, intoFigure: true)
        default: record(.named(feature), weight)
        }
    }

    mutating func word(_ token: Int, key: UInt64, isFigure: Bool) {
        let weight = words.weight(key)
        guard weight != 0 else { return }
        if isFigure { merge(weight, intoFigure: true) } else { record(.word(token), weight) }
    }

    mutating func pair(_ first: Int, _ second: Int, key: UInt64) {
        let weight = words.weight(key)
        guard weight != 0 else { return }
        record(.pair(first, second), weight)
    }

    private mutating func merge(_ weight: Float, intoFigure: Bool) {
        margin += weight
        var candidate = intoFigure ? figure : entity
        if !candidate.isSet {
            candidate.order = seen
            seen += 1
        }
        candidate.weight += weight
        if intoFigure { figure = candidate } else { entity = candidate }
    }

    private mutating func record(_ feature: Contribution.Feature, _ weight: Float) {
        margin += weight
        top.offer(Contribution(feature: feature, weight: weight), order: seen)
        seen += 1
    }

    /// The largest contributions either way (each moving the log-odds by at least
    /// `CheckworthinessModel.reasonFloor`), largest first.
    func strongest() -> [Contribution] {
        var top = top
        if entity.isSet { top.offer(Contribution(feature: .named(.entity), weight: entity.weight), order: entity.order) }
        if figure.isSet { top.offer(Contribution(feature: .named(.figure), weight: figure.weight), order: figure.order) }
        return top.contributions
    }
}

/// The few largest contributions by size, kept sorted as they are offered. Most contributions
/// are below the floor or smaller than the smallest kept, and return at the first test.
private struct TopContributions {
    private var kept: [(contribution: Contribution, order: Int)] = []
    private var smallestKept: Float = CheckworthinessModel.reasonFloor

    @inline(__always)
    mutating func offer(_ contribution: Contribution, order: Int) {
        let size = abs(contribution.weight)
        guard size >= smallestKept else { return }
        let offered = (contribution: contribution, order: order)
        if kept.count == CheckworthinessModel.reasonCount, !Self.ranks(offered, before: kept[kept.count - 1]) { return }
        if kept.isEmpty { kept.reserveCapacity(CheckworthinessModel.reasonCount + 1) }
        kept.append(offered)
        var index = kept.count - 1
        while index > 0, Self.ranks(kept[index], before: kept[index - 1]) {
            kept.swapAt(index, index - 1)
            index -= 1
        }
        if kept.count > CheckworthinessModel.reasonCount { kept.removeLast() }
        // Once full, an offer must be at least as large as the smallest kept.
        if kept.count == CheckworthinessModel.reasonCount { smallestKept = abs(kept[kept.count - 1].contribution.weight) }
    }

    private static func ranks(_ a: (contribution: Contribution, order: Int), before b: (contribution: Contribution, order: Int)) -> Bool {
        let (sizeA, sizeB) = (abs(a.contribution.weight), abs(b.contribution.weight))
        return sizeA != sizeB ? sizeA > sizeB : a.order < b.order
    }

    var contributions: [Contribution] { kept.map(\.contribution) }
}
