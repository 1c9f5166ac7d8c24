import AssayCore
import Extraction
import Foundation
import Learning
import Testing
import TestSupport

@Suite("Check-worthiness scored by a model")
struct CheckworthinessScoringTests {
    static func model(_ weights: [(name: String, weight: Double)], intercept: Double = -2,
                      features: String = "checkworthiness/1", task: String = "checkworthiness") throws -> CheckworthinessModel {
        var file = ModelFileTests.sample(weights: weights)
        file.intercept = intercept
        file.features = features
        file.task = task
        return try CheckworthinessModel(file, path: "m.json")
    }

    static func assertion(_ text: String, _ model: CheckworthinessModel) -> Assertion {
        Extractor(scorer: .model(model)).extract(text: text, source: "a.txt", format: .text).assertions[0]
    }

    @Test("the score is the model's probability and the reasons are its largest contributions, in words")
    func probabilityAndReasons() throws {
        let model = try Self.model([("cue:figure", 1.0), ("word:percent", 0.5), ("first-person", -0.8), ("word:of", 0.05)])
        let assertion = Self.assertion("I saw 30 percent of them leave.", model)
        // -2 + 1.0 + 0.5 - 0.8 + 0.05 = -1.25
        #expect(assertion.checkworthiness == (1 / (1 + exp(1.25)) * 1000).rounded() / 1000)
        #expect(assertion.reasons == ["contains a figure (30)", "a personal experience (I): less checkable", "says \"percent\""])
    }

    @Test("a figure's word counts with the figure, and an entity's shape with the entity, as one reason each")
    func merged() throws {
        let model = try Self.model([("cue:figure", 0.3), ("word:#", 0.3), ("cue:entity", 0.2), ("entity:acronym", 0.2)])
        let assertion = Self.assertion("The NATO budget grew by 12 billion.", model)
        #expect(assertion.reasons == ["contains a large figure (12 billion)", "names an entity (NATO)"])
    }

    @Test("a figure is large from a thousand, or with a magnitude word; a year or a small figure is not")
    func largeFigures() throws {
        let model = try Self.model([("figure:large", 1.0)])
        let large = ["Sales reached 1,500 units.", "It cost 3 million pounds.", "Thousands of people marched.", "A $5bn deal."]
        let small = ["Sales reached 150 units.", "It happened in 2013.", "It rose 12.5 percent.", "Mr Smith arrived."]
        for text in large { #expect(Self.assertion(text, model).reasons.first?.hasPrefix("contains a large figure") == true, "\(text)") }
        for text in small { #expect(Self.assertion(text, model).reasons.isEmpty, "\(text)") }
    }

    @Test("a feature the binary does not compute, another feature version or another task is refused")
    func refused() throws {
        #expect(throws: ModelFileError(file: "m.json", message: "feature 'colour:red' is not one this assay computes (features checkworthiness/1)")) {
            try Self.model([("colour:red", 1)])
        }
        #expect(throws: ModelFileError.self) { try Self.model([("pair:one", 1)]) }
        #expect(throws: ModelFileError(file: "m.json", message: "its features are 'checkworthiness/2', but this assay computes 'checkworthiness/1'; retrain it with this assay's 'assay model train'")) {
            try Self.model([], features: "checkworthiness/2")
        }
        #expect(throws: ModelFileError(file: "m.json", message: "is a model for 'framing', not for checkworthiness")) {
            try Self.model([], task: "framing")
        }
    }

    /// The feature names a reason may stand for, by the reason's wording.
    static let reasonFeatures: [(prefix: String, features: [String])] = [
        ("contains a figure", ["cue:figure", "word:#"]), ("contains a large figure", ["cue:figure", "figure:large", "word:#"]), ("gives a date", ["cue:date"]),
        ("names an entity", ["cue:entity", "entity:acronym", "entity:multiword", "entity:single"]),
        ("reports an event", ["cue:event"]), ("cites a source", ["cue:attribution"]), ("bounds a figure", ["figure:bound"]),
        ("gives a percentage", ["figure:percentage"]), ("compares", ["compares"]), ("a superlative", ["superlative"]),
        ("a personal experience", ["first-person"]), ("states a fact", ["kind:factual"]), ("an opinion", ["kind:opinion"]),
        ("a prediction", ["kind:prediction"]), ("says what should be done", ["kind:normative"]), ("asks a question", ["kind:question"]),
        ("a heading", ["role:heading"]), ("very short", ["length:1-3"]), ("short", ["length:4-7"]),
        ("of middling length", ["length:8-15"]), ("long", ["length:16-30"]), ("very long", ["length:31+"]),
        ("opens its paragraph", ["position:first"]), ("second in its paragraph", ["position:second"]),
        ("late in its paragraph", ["position:later"]), ("a paragraph of one sentence", ["paragraph:one-sentence"]),
    ]

    @Test("with the shipped model, every reason on the seeds names a feature the model weighs, with the sign it claims, and quotes the assertion")
    func everyReasonIsReal() throws {
        let model = try CheckworthinessModel(contentsOf: Repository.url("Models/checkworthiness.json").path)
        let weights = Dictionary(uniqueKeysWithValues: model.file.weights.map { ($0.name, $0.weight) })
        var checked = 0
        for seed in Repository.seedNames {
            let text = try String(contentsOf: Repository.seed(seed), encoding: .utf8)
            for assertion in Extractor(scorer: .model(model)).extract(text: text, source: seed, format: .text).assertions {
                #expect(assertion.reasons.count <= 4)
                for reason in assertion.reasons {
                    let lowers = reason.hasSuffix(": less checkable")
                    let label = lowers ? String(reason.dropLast(": less checkable".count)) : reason
                    let names: [String]
                    if label.hasPrefix("says \"") {
                        let words = label.dropFirst(6).dropLast().lowercased().replacingOccurrences(of: "’", with: "'")
                        #expect(assertion.text.lowercased().replacingOccurrences(of: "’", with: "'").contains(words), "\(reason) in \(assertion.text)")
                        let folded = words.split(separator: " ").map { $0.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } ? "#" : String($0) }
                        names = [(folded.count == 1 ? "word:" : "pair:") + folded.joined(separator: " ")]
                    } else {
                        let match = Self.reasonFeatures.filter { label.hasPrefix($0.prefix + " (") || label == $0.prefix }
                        names = match.max { $0.prefix.count < $1.prefix.count }?.features ?? []
                        if let open = label.firstIndex(of: "("), !label.hasSuffix("words)"), !label.hasSuffix("word)") {
                            let quoted = label[label.index(after: open)..<label.index(before: label.endIndex)]
                            #expect(assertion.text.contains(quoted), "\(reason) in \(assertion.text)")
                        }
                    }
                    let total = names.compactMap { weights[$0] }.reduce(0, +)
                    #expect(!names.isEmpty && total != 0, "\(reason) names no weighted feature")
                    #expect(lowers == (total < 0), "\(reason): weight \(total)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }
}
