import AssayCore

/// A rule's message with `{name}` placeholders filled from the match: `{match}` is the
/// matched text, any other name a field. A missing or null field reads "—".
enum MessageTemplate {
    static func fill(_ template: String, match: String, fields: [String: FieldValue]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += name == "match" ? match : describe(fields[name])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private static func describe(_ value: FieldValue?) -> String {
        guard let value, value != .null else { return "—" }
        return FieldText.describe(value)
    }
}
