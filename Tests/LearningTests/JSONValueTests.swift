import Foundation
import Learning
import Testing

@Suite("Reading JSON for model files")
struct JSONValueTests {
    @Test("objects keep their members in order; numbers, strings, literals and nesting read as JSON says")
    func values() throws {
        let value = try #require(JSONValue.parse(Array(#" {"b": [1, -2.5e3, 0.125], "a": {"t": true, "f": false, "n": null}, "s": "x"} "#.utf8)))
        #expect(value == .object([("b", .array([.number(1), .number(-2500), .number(0.125)])),
                                  ("a", .object([("t", .bool(true)), ("f", .bool(false)), ("n", .null)])),
                                  ("s", .string("x"))]))
    }

    @Test("escapes, including a surrogate pair, decode to the characters they stand for")
    func escapes() throws {
        let value = try #require(JSONValue.parse(Array(#""q\" b\\ s\/ n\n t\t u\u00e9 pair\ud83d\ude00""#.utf8)))
        #expect(value == .string("q\" b\\ s/ n\n t\t ué pair😀"))
    }

    @Test("whatever Foundation's parser accepts as one document, this reads the same", arguments: [
        #"{"word:i'm": -0.2, "pair:more than": 0.32, "ünïcode": "ok"}"#, "[]", "{}", "0", #"[[[["deep"]]]]"#,
    ])
    func agreesWithFoundation(_ text: String) throws {
        let ours = try #require(JSONValue.parse(Array(text.utf8)))
        let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        #expect(Self.describe(ours) == Self.describe(any: theirs))
    }

    @Test("malformed documents are refused", arguments: [
        "", "{", #"{"a" 1}"#, #"{"a": 1,}"#, "[1 2]", "01x", "1.", "-", "tru", #""unterminated"#, #""bad \x escape""#,
        #""lone \ud83d surrogate""#, "{} trailing", "\"control \u{01}\"", "NaN", "1e999",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func malformed(_ text: String) {
        #expect(JSONValue.parse(Array(text.utf8)) == nil)
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .object(let members): "{" + members.sorted { $0.key < $1.key }.map { "\($0.key):\(describe($0.value))" }.joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(describe).joined(separator: ",") + "]"
        case .string(let text): "s" + text
        case .number(let number): "n\(number)"
        case .bool(let flag): "b\(flag)"
        case .null: "null"
        }
    }

    static func describe(any value: Any) -> String {
        switch value {
        case let members as [String: Any]: "{" + members.sorted { $0.key < $1.key }.map { "\($0.key):\(describe(any: $0.value))" }.joined(separator: ",") + "}"
        case let elements as [Any]: "[" + elements.map { describe(any: $0) }.joined(separator: ",") + "]"
        case let text as String: "s" + text
        case let number as NSNumber: "n\(number.doubleValue)"
        default: "null"
        }
    }
}
