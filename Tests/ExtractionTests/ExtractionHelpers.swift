import AssayCore
@testable import Extraction

/// Extracts `text` as a plain-text document.
func extract(_ text: String, format: DocumentFormat = .text) -> Document {
    Extractor().extract(text: text, source: "test", format: format)
}

func sentenceTexts(_ text: String) -> [String] { extract(text).sentences.map(\.text) }

func assertionTexts(_ text: String) -> [String] { extract(text).assertions.map(\.text) }
