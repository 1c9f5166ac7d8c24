import AssayCore
import AssayText

/// `assay segment --format text`: one line per sentence, or per assertion when the document was
/// split into assertions, as `source<TAB>start<TAB>end<TAB>text`, the text's tabs and line
/// breaks shown as spaces so that every line has four fields.
public struct SegmentationTextReporter: SegmentationReporter {
    public init() {}

    public func header() -> [UInt8] { [] }

    public var separator: [UInt8] { [] }

    public func document(_ document: SegmentedDocument) -> [UInt8] {
        let text = ScalarIndexedText(document.text)
        var out = ""
        for span in document.assertions ?? document.sentences {
            let spanned = text.slice(span.start, span.end)
            out += "\(document.source)\t\(span.start)\t\(span.end)\t\(Self.oneLine(spanned))\n"
        }
        return Array(out.utf8)
    }

    public func footer(errors: [(source: String, message: String)]) -> [UInt8] { [] }

    private static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { "\t\n\r".unicodeScalars.contains($0) ? " " : $0 }))
    }
}
