import AssayCore

/// A rule's message with `{name}` placeholders, parsed once when the engine is built and filled
/// for each match: `{match}` is the matched text, any other name a field. A missing or null
/// field reads "—".
struct MessageTemplate: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case match
        case field(String)
    }

    private let parts: [Part]

    init(_ template: String) {
        var parts: [Part] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            parts.append(name == "match" ? .match : .field(name))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        self.parts = parts
    }

    /// The names of the fields the template reads (not `match`).
    var fieldNames: [String] {
        parts.compactMap { if case .field(let name) = $0 { name } else { nil } }
    }

    func fill(match: String, fields: [String: FieldValue]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .match: result += match
            case .field(let name):
                if let value = fields[name], value != .null { result += FieldText.describe(value) } else { result += "—" }
            }
        }
        return result
    }
}
