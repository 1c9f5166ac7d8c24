import AssayText
import Foundation
import GRDB

/// One SQLite value as a workbench export writes it in JSON: NULL as `null`, INTEGER and REAL
/// as numbers, TEXT as a string, and a BLOB as `{"$base64": "<standard base64>"}` — the only
/// object a row value can be, so it cannot be mistaken for text.
enum ExportValue: Equatable, Decodable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    static let blobMarker = "$base64"

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .real(number)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob(data)
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let string): string.databaseValue
        case .blob(let data): data.databaseValue
        }
    }

    /// The value as JSON text; nil for a REAL that JSON cannot hold (infinite).
    var json: String? {
        switch self {
        case .null: "null"
        case .integer(let number): String(number)
        // Swift prints the shortest text that reads back as the same Double ("0.35", "1.0", "1e-05").
        case .real(let number): number.isFinite ? "\(number)" : nil
        case .text(let string): JSONText.quoted(string)
        case .blob(let data): "{\(JSONText.quoted(Self.blobMarker)):\(JSONText.quoted(data.base64EncodedString()))}"
        }
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: JSONText.Key.self) {
            guard container.allKeys.map(\.stringValue) == [Self.blobMarker],
                  let data = Data(base64Encoded: try container.decode(String.self, forKey: JSONText.Key(Self.blobMarker))) else {
                throw LineProblem(at: decoder.codingPath, "an object value must be {\"\(Self.blobMarker)\": \"<base64>\"}")
            }
            self = .blob(data)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let string = try? container.decode(String.self) {
            self = .text(string)
        } else if let number = try? container.decode(Int64.self) {
            self = .integer(number)
        } else if let number = try? container.decode(Double.self) {
            self = .real(number)
        } else {
            throw LineProblem(at: decoder.codingPath, "a value must be null, a number, a string or a {\"\(Self.blobMarker)\": …} object")
        }
    }
}

/// The few pieces of JSON that export writes by hand, so every line is byte-for-byte
/// deterministic: keys in the order given, no whitespace, non-ASCII text as UTF-8.
enum JSONText {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func quoted(_ string: String) -> String {
        var json = JSONWriter(capacity: string.utf8.count + 2)
        json.string(string)
        return json.string
    }

    /// `{"k1":v1,"k2":v2}` from already-encoded values.
    static func object(_ members: [(key: String, json: String)]) -> String {
        "{" + members.map { quoted($0.key) + ":" + $0.json }.joined(separator: ",") + "}"
    }
}
