import AssayCore
import Testing
@testable import Extraction

/// Extracts `text` as a plain-text document.
func extract(_ text: String, format: DocumentFormat = .text) -> Document {
    Extractor().extract(text: text, source: "test", format: format)
}

func sentenceTexts(_ text: String) -> [String] { extract(text).sentences.map(\.text) }

func assertionTexts(_ text: String) -> [String] { extract(text).assertions.map(\.text) }

/// A named input text and the pieces it must be cut into, for parameterized tables.
struct TextCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]
    var testDescription: String { name }
}
