import AssayCore
import Foundation

/// The JSON a version and its findings store — a finding's fields, a version's paragraphs and
/// boilerplate lines — compact, keys sorted, written by hand: the JSON encoder was the costliest
/// part of storing a document. Any JSON decoder reads it back.
enum StoredJSON {
    static func encode(_ fields: [String: FieldValue]) -> String {
        var out = "{"
        for (index, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out += "," }
            append(field.key, to: &out)
            out += ":"
            append(field.value, to: &out)
        }
        return out + "}"
    }

    /// `[{"end":…,"index":…,"role":…,"start":…}, …]`, as `JSONEncoder` with sorted keys writes it.
    static func encode(_ paragraphs: [Paragraph]) -> String {
        var out = "["
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { out += "," }
            out += "{\"end\":\(paragraph.end),\"index\":\(paragraph.index),\"role\":"
            append(paragraph.role.rawValue, to: &out)
            out += ",\"start\":\(paragraph.start)}"
        }
        return out + "]"
    }

    /// `[{"line":…,"text":…}, …]`, `line` left out when there is none.
    static func encode(_ lines: [BoilerplateLine]) -> String {
        var out = "["
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "," }
            out += line.line.map { "{\"line\":\($0),\"text\":" } ?? "{\"text\":"
            append(line.text, to: &out)
            out += "}"
        }
        return out + "]"
    }

    private static func append(_ value: FieldValue, to out: inout String) {
        switch value {
        case .string(let text): append(text, to: &out)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .number(let number):
            if !number.isFinite { out += "null" }
            else if number == number.rounded(), abs(number) < 1e15 { out += String(Int64(number)) }
            else { out += "\(number)" }
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func append(_ text: String, to out: inout String) {
        out += "\""
        // Most texts need no escape: appended whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
