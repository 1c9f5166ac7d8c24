import Testing
import AssayCore
import Foundation
import TestSupport
@testable import RulesEngine

/// The attribution recognizer configured by the shipped pack, `Rules/attribution.yml`.
enum ShippedAttribution {
    static let configuration: AttributionConfiguration = {
        do {
            return try RulePackLoader.load(path: Repository.url("Rules/attribution.yml").path).configurations.attribution
        } catch {
            Issue.record("cannot read Rules/attribution.yml: \(error)")
            return .empty
        }
    }()

    static let recognizer = AttributionRecognizer(configuration)
    static let lexicon = AttributionLexicon(configuration)

    /// The recognitions in `sentence` (taken as one sentence), as the span's text and the fields.
    static func recognize(_ sentence: String) -> [(span: String, fields: [String: FieldValue])] {
        let text = MatchText(sentence)
        let view = SentenceView(text: text, byteRange: 0..<text.bytes.count)
        return recognizer.recognize(view).map { (text.string($0.byteRange), $0.fields) }
    }
}
