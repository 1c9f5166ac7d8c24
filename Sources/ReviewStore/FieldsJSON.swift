import AssayCore
import Foundation

/// A finding's fields as compact JSON with sorted keys, written by hand: the JSON encoder was
/// the costliest part of storing a finding.
enum FieldsJSON {
    static func encode(_ fields: [String: FieldValue]) -> String {
        "{" + fields.sorted { $0.key < $1.key }.map { "\(string($0.key)):\(value($0.value))" }.joined(separator: ",") + "}"
    }

    private static func value(_ value: FieldValue) -> String {
        switch value {
        case .string(let text): string(text)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .number(let number):
            if !number.isFinite { "null" }
            else if number == number.rounded(), abs(number) < 1e15 { String(Int64(number)) }
            else { "\(number)" }
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
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
        return out + "\""
    }
}
