import AssayCore
@testable import Extraction

/// Test helpers for the HTML converter: its blocks with whitespace collapsed, as the assembler
/// will see them.
enum HTMLProbe {
    struct Block: Equatable, CustomStringConvertible {
        var text: String
        var role: ParagraphRole
        var line: Int?

        init(_ text: String, _ role: ParagraphRole = .paragraph, line: Int? = nil) {
            self.text = text
            self.role = role
            self.line = line
        }

        var description: String { "\(role)@\(line.map(String.init) ?? "-"): \(text)" }
    }

    static func blocks(_ html: String) -> [Block] {
        HTMLConverter.convert(html).blocks.map { Block(collapsed($0.text), $0.role, line: $0.line) }
    }

    static func texts(_ html: String) -> [String] { blocks(html).map(\.text) }

    static func roles(_ html: String) -> [ParagraphRole] { blocks(html).map(\.role) }

    static func metadata(_ html: String) -> DocumentMetadata { HTMLConverter.convert(html).metadata }

    /// Runs of whitespace (Unicode spaces included) made one space, ends trimmed.
    static func collapsed(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }
            .joined(separator: " ")
    }
}
