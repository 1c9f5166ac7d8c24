import AssayCore
import Foundation
@testable import RulesEngine
import TestSupport
import Testing

/// The recognizer configured by the shipped pack, and what it finds, as text and fields.
enum NumericFixture {
    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var fields: [String: FieldValue]
        var description: String { "⟦\(text)⟧ \(fields)" }
    }

    /// `Rules/numeric.yml`'s `numeric:` configuration.
    static let shippedConfiguration: NumericConfiguration = {
        do {
            return try RulePackLoader.load(path: Repository.url("Rules/numeric.yml").path).configurations.numeric
        } catch {
            Issue.record("cannot read Rules/numeric.yml: \(error)")
            return .empty
        }
    }()

    static let recognizer = NumericRecognizer(shippedConfiguration)

    /// Every quantity the shipped recognizer finds in `text`, read as one sentence.
    static func found(in text: String, recognizer: NumericRecognizer = recognizer) -> [Found] {
        let matchText = MatchText(text)
        let sentence = SentenceView(text: matchText, byteRange: 0..<matchText.bytes.count)
        return recognizer.recognize(sentence).map { Found(text: matchText.string($0.byteRange), fields: $0.fields) }
    }

    /// Whether every expected field is among the found ones, with the same value.
    static func has(_ fields: [String: FieldValue], _ expected: [String: FieldValue]) -> Bool {
        expected.allSatisfy { fields[$0.key] == $0.value }
    }
}
