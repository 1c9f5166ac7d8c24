import GRDB

/// How schema version 9 (`v9-compact-rows`) stores an assertion's and a finding's texts that
/// repeat from row to row, and how they are read back. What a row means is unchanged: every
/// read and `assay export` give back the very strings that were stored before.
///
/// - rule, category, severity, kind, origin: the id of a `phrases` row (`Phrases`).
/// - an assertion's reasons: its lines' phrase ids, separated by spaces ("" for no reasons).
/// - a finding's assertion: the assertion's position in the version, when the version has it;
///   else its id.
/// - an assertion's check-worthiness: in thousandths, an integer, when that is the same double
///   (scores are rounded to three places); else the number itself.
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
        let json = Array(fields.utf8)
        guard let members = members(json) else {
            return Finding(message: message, isTemplate: false, fields: fields, shape: nil)
        }
        var shape: [UInt8] = [], stored: [UInt8] = [UInt8(ascii: "[")]
        for (index, member) in members.enumerated() {
            if index > 0 {
                shape.append(UInt8(ascii: ","))
                stored.append(UInt8(ascii: ","))
            }
            shape += json[member.key]
            stored += json[member.value]
        }
        stored.append(UInt8(ascii: "]"))
        // A text longer than the message (an attribution's whole sentence) cannot be in it.
        let text = text.utf8.count <= message.utf8.count ? Array(text.utf8)[...] : []
        let template = self.template(Array(message.utf8), text: text, values: members.map { json[$0.value] })
        return Finding(message: template.map { String(decoding: $0, as: UTF8.self) } ?? message, isTemplate: template != nil,
                       fields: String(decoding: stored, as: UTF8.self), shape: String(decoding: shape, as: UTF8.self))
    }

    /// A finding's fields as the JSON object it was given as.
    static func fields(stored: String, shape: String?) -> String {
        guard let shape else { return stored }
        guard let keys = elements("[" + shape + "]"), let values = elements(stored), keys.count == values.count else { return stored }
        return "{" + zip(keys, values).map { $0 + ":" + $1 }.joined(separator: ",") + "}"
    }

    /// A finding's message from its template, its text and its stored fields.
    static func message(template: String, text: String, fields stored: String) -> String {
        let values = (elements(stored) ?? []).map { Array($0.utf8)[...] }
        guard let bytes = message(Array(template.utf8), text: Array(text.utf8)[...], values: values) else { return template }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A check-worthiness score as stored.
    static func storedScore(_ score: Double) -> DatabaseValue {
        let thousandths = (score * 1000).rounded()
        guard abs(thousandths) < 1e15, Double(Int64(thousandths)) / 1000 == score else { return score.databaseValue }
        return Int64(thousandths).databaseValue
    }

    /// A check-worthiness score from what is stored.
    static func score(_ stored: DatabaseValue) -> Double {
        switch stored.storage {
        case .int64(let thousandths): Double(thousandths) / 1000
        case .double(let score): score
        default: 0
        }
    }

    /// The phrases of a reasons text: its lines.
    static func reasonLines(_ reasons: String) -> [String] {
        reasons.isEmpty ? [] : reasons.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: - Templates

    /// `message` with the first occurrence of `text` and of each value cut out, longest first;
    /// nil when nothing is cut out or that would not give the message back.
    private static func template(_ message: [UInt8], text: ArraySlice<UInt8>, values: [ArraySlice<UInt8>]) -> [UInt8]? {
        guard !message.contains(open), !message.contains(close) else { return nil }
        var candidates: [(index: Int, bytes: ArraySlice<UInt8>)] = [(0, text)]
        for (offset, value) in values.enumerated() {
            if let inner = substitutable(value) { candidates.append((offset + 1, inner)) }
        }
        candidates.removeAll { $0.bytes.isEmpty || $0.bytes.contains(open) || $0.bytes.contains(close) }
        candidates.sort { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count : $0.index < $1.index }
        var template = message, replaced = false
        for candidate in candidates {
            guard let at = firstLiteralOccurrence(of: candidate.bytes, in: template) else { continue }
            template.replaceSubrange(at..<(at + candidate.bytes.count), with: placeholder(candidate.index))
            replaced = true
        }
        guard replaced, self.message(template, text: text, values: values) == message else { return nil }
        return template
    }

    /// `\u{1}n\u{2}`.
    private static func placeholder(_ index: Int) -> [UInt8] {
        var bytes: [UInt8] = [close]
        var rest = index
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes.append(open)
        return bytes.reversed()
    }

    /// What a value reads as in a message: a string's text (without escapes), a number as written.
    private static func substitutable(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let first = value.first else { return nil }
        if first == UInt8(ascii: "\"") {
            guard value.count >= 2, !value.contains(UInt8(ascii: "\\")) else { return nil }
            return value.dropFirst().dropLast()
        }
        if first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return value }
        return nil
    }

    /// Where `needle` first occurs in `haystack` outside a placeholder.
    private static func firstLiteralOccurrence(of needle: ArraySlice<UInt8>, in haystack: [UInt8]) -> Int? {
        guard let head = needle.first, needle.count <= haystack.count else { return nil }
        var inside = false
        for start in 0...(haystack.count - needle.count) {
            let byte = haystack[start]
            if byte == open { inside = true } else if byte == close { inside = false }
            if inside || byte != head { continue }
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    private static func message(_ template: [UInt8], text: ArraySlice<UInt8>, values: [ArraySlice<UInt8>]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(template.count + text.count)
        var index = 0
        while index < template.count {
            guard template[index] == open else {
                out.append(template[index])
                index += 1
                continue
            }
            var number = 0, cursor = index + 1
            while cursor < template.count, template[cursor] != close {
                let digit = Int(template[cursor]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit), number < 1_000 else { return nil }
                number = number * 10 + digit
                cursor += 1
            }
            guard cursor < template.count else { return nil }
            if number == 0 {
                out += text
            } else {
                guard number <= values.count, let value = substitutable(values[number - 1]) else { return nil }
                out += value
            }
            index = cursor + 1
        }
        return out
    }

    // MARK: - JSON members

    /// Where the keys (quoted) and values of a JSON object's members are, or nil when it is not
    /// an object written as `{"key":value,…}`, without spaces between its members: exactly the
    /// text the keys and values rebuild.
    private static func members(_ json: [UInt8]) -> [(key: Range<Int>, value: Range<Int>)]? {
        guard json.count >= 2, json.first == UInt8(ascii: "{"), json.last == UInt8(ascii: "}") else { return nil }
        var members: [(key: Range<Int>, value: Range<Int>)] = []
        guard json.count > 2 else { return members }
        let last = json.count - 1
        var index = 1
        while true {
            guard json[index] == UInt8(ascii: "\""), let keyEnd = stringEnd(json, from: index), keyEnd + 2 < last,
                  json[keyEnd + 1] == UInt8(ascii: ":") else { return nil }
            let valueStart = keyEnd + 2
            guard let cursor = valueEnd(json, from: valueStart, before: last), cursor > valueStart else { return nil }
            members.append((index..<(keyEnd + 1), valueStart..<cursor))
            if cursor == last { return members }
            index = cursor + 1
            guard index < last else { return nil }
        }
    }

    /// The top-level elements of a JSON array, as written; nil when the text is not one.
    static func elements(_ json: String) -> [String]? {
        let bytes = Array(json.utf8)
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        if bytes.count == 2 { return [] }
        var elements: [String] = [], start = 1
        while true {
            guard let end = valueEnd(bytes, from: start, before: bytes.count - 1), end > start else { return nil }
            elements.append(String(decoding: bytes[start..<end], as: UTF8.self))
            if end == bytes.count - 1 { return elements }
            start = end + 1
        }
    }

    /// Where the JSON value starting at `start` ends: the index of the comma after it at the top
    /// level, or `limit` (the closing bracket of the object or array it is in); nil when a string
    /// or a bracket is left open.
    private static func valueEnd(_ bytes: [UInt8], from start: Int, before limit: Int) -> Int? {
        var cursor = start, depth = 0
        while cursor < limit {
            switch bytes[cursor] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(bytes, from: cursor), end < limit else { return nil }
                cursor = end
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth < 0 { return nil }
            case UInt8(ascii: ",") where depth == 0:
                return cursor
            default:
                break
            }
            cursor += 1
        }
        return depth == 0 ? limit : nil
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
