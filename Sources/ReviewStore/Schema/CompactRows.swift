/// How schema version 9 (`v9-compact-rows`) stores an assertion's and a finding's texts that
/// repeat from row to row, and how they are read back. What a row means is unchanged: every
/// read and `assay export` give back the very strings that were stored before.
///
/// - rule, category, severity, kind, origin: the id of a `phrases` row (`Phrases`).
/// - an assertion's reasons: its lines' phrase ids, separated by spaces ("" for no reasons).
/// - a finding's fields, a JSON object written with its keys in order: the keys (as JSON, comma
///   separated) are a phrase, `shape`; `fields` holds the values as a JSON array. A `fields`
///   object that does not come back byte for byte this way is stored as it is, `shape` NULL.
/// - a finding's message: the id of a phrase that is the message with the finding's text and its
///   fields' string and number values cut out (`\u{1}n\u{2}`: 0 the text, n the n-th field), so
///   one rule's messages share a handful of templates; a message that does not come back byte
///   for byte this way is stored as text.
///
/// This encoding is part of the schema: changing it takes a new migration.
enum CompactRows {
    /// A finding's message and fields as stored.
    struct Finding: Sendable {
        /// A template (store its phrase id) or, when `isTemplate` is false, the message itself.
        var message: String
        var isTemplate: Bool
        var fields: String
        var shape: String?
    }

    private static let open: UInt8 = 1, close: UInt8 = 2

    static func finding(message: String, text: String, fields: String) -> Finding {
        guard let (keys, values) = objectMembers(fields),
              rebuiltObject(keys: keys, values: values) == fields else {
            return Finding(message: message, isTemplate: false, fields: fields, shape: nil)
        }
        let shape = keys.joined(separator: ","), stored = "[" + values.joined(separator: ",") + "]"
        let template = self.template(message, text: text, values: values)
        return Finding(message: template ?? message, isTemplate: template != nil, fields: stored, shape: shape)
    }

    /// A finding's fields as the JSON object it was given as.
    static func fields(stored: String, shape: String?) -> String {
        guard let shape else { return stored }
        guard let keys = elements("[" + shape + "]"), let values = elements(stored) else { return stored }
        return rebuiltObject(keys: keys, values: values)
    }

    /// A finding's message from its template, its text and its stored fields.
    static func message(template: String, text: String, fields stored: String) -> String {
        message(template: template, text: text, values: elements(stored) ?? []) ?? template
    }

    /// The phrases of a reasons text: its lines.
    static func reasonLines(_ reasons: String) -> [String] {
        reasons.isEmpty ? [] : reasons.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: - Templates

    /// `message` with the first occurrence of `text` and of each value cut out, longest first;
    /// nil when that would not give the message back.
    private static func template(_ message: String, text: String, values: [String]) -> String? {
        var bytes = Array(message.utf8)
        guard !bytes.contains(open), !bytes.contains(close) else { return nil }
        var candidates: [(index: Int, bytes: [UInt8])] = [(0, Array(text.utf8))]
        for (offset, value) in values.enumerated() {
            if let inner = substitutable(value) { candidates.append((offset + 1, Array(inner.utf8))) }
        }
        candidates = candidates.filter { !$0.bytes.isEmpty && !$0.bytes.contains(open) && !$0.bytes.contains(close) }
        candidates.sort { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count : $0.index < $1.index }
        var replaced = false
        for candidate in candidates {
            guard let at = firstLiteralOccurrence(of: candidate.bytes, in: bytes) else { continue }
            bytes.replaceSubrange(at..<(at + candidate.bytes.count), with: [open] + Array(String(candidate.index).utf8) + [close])
            replaced = true
        }
        guard replaced else { return message }
        let template = String(decoding: bytes, as: UTF8.self)
        return self.message(template: template, text: text, values: values) == message ? template : nil
    }

    /// What a value reads as in a message: a string's text (without escapes), a number as written.
    private static func substitutable(_ value: String) -> String? {
        guard let first = value.utf8.first else { return nil }
        if first == UInt8(ascii: "\"") {
            guard value.utf8.count >= 2, !value.utf8.contains(UInt8(ascii: "\\")) else { return nil }
            return String(value.dropFirst().dropLast())
        }
        if first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return value }
        return nil
    }

    /// Where `needle` first occurs in `haystack` outside a placeholder.
    private static func firstLiteralOccurrence(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var inside = false
        for start in 0...(haystack.count - needle.count) {
            if haystack[start] == open { inside = true } else if haystack[start] == close { inside = false; continue }
            if inside { continue }
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    private static func message(template: String, text: String, values: [String]) -> String? {
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + text.utf8.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == open else {
                out.append(bytes[index])
                index += 1
                continue
            }
            var number = 0, cursor = index + 1
            while cursor < bytes.count, bytes[cursor] != close {
                let digit = Int(bytes[cursor]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                number = number * 10 + digit
                cursor += 1
            }
            guard cursor < bytes.count else { return nil }
            if number == 0 {
                out += text.utf8
            } else {
                guard number <= values.count, let value = substitutable(values[number - 1]) else { return nil }
                out += value.utf8
            }
            index = cursor + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - JSON members

    private static func rebuiltObject(keys: [String], values: [String]) -> String {
        guard keys.count == values.count else { return "{}" }
        return "{" + zip(keys, values).map { $0 + ":" + $1 }.joined(separator: ",") + "}"
    }

    /// The keys (as written, quoted) and values (as written) of a JSON object's members, or nil
    /// when it is not an object written without spaces between its members.
    private static func objectMembers(_ object: String) -> (keys: [String], values: [String])? {
        guard let members = elements(object, open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) else { return nil }
        var keys: [String] = [], values: [String] = []
        for member in members {
            let bytes = Array(member.utf8)
            guard bytes.first == UInt8(ascii: "\""), let end = stringEnd(bytes, from: 0), end + 1 < bytes.count,
                  bytes[end + 1] == UInt8(ascii: ":") else { return nil }
            keys.append(String(decoding: bytes[...end], as: UTF8.self))
            values.append(String(decoding: bytes[(end + 2)...], as: UTF8.self))
        }
        return (keys, values)
    }

    /// The top-level elements of a JSON array (or object: its members), as written; nil when the
    /// text is not one.
    static func elements(_ json: String, open: UInt8 = UInt8(ascii: "["), close: UInt8 = UInt8(ascii: "]")) -> [String]? {
        let bytes = Array(json.utf8)
        guard bytes.count >= 2, bytes.first == open, bytes.last == close else { return nil }
        if bytes.count == 2 { return [] }
        var elements: [String] = [], depth = 0, start = 1, index = 1
        while index < bytes.count - 1 {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(bytes, from: index) else { return nil }
                index = end
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth < 0 { return nil }
            case UInt8(ascii: ",") where depth == 0:
                elements.append(String(decoding: bytes[start..<index], as: UTF8.self))
                start = index + 1
            default:
                break
            }
            index += 1
        }
        guard depth == 0, index == bytes.count - 1 else { return nil }
        elements.append(String(decoding: bytes[start..<index], as: UTF8.self))
        return elements.contains(where: \.isEmpty) ? nil : elements
    }

    /// The index of the quote that closes the string opening at `start`.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return nil
    }
}
