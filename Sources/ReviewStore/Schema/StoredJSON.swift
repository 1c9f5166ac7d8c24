import AssayCore
import AssayText

/// The JSON a version and its findings store — a finding's fields, a version's paragraphs and
/// boilerplate lines — compact, keys sorted, written by the types' one encoder (`DocumentJSON`):
/// the same bytes as `JSONEncoder` with `.sortedKeys`, which wrote them once. Any JSON decoder
/// reads it back.
enum StoredJSON {
    static func encode(_ fields: [String: FieldValue]) -> String {
        var json = JSONWriter()
        json.fields(fields)
        return json.string
    }

    static func encode(_ paragraphs: [Paragraph]) -> String {
        var json = JSONWriter()
        json.beginArray()
        for paragraph in paragraphs { json.paragraph(paragraph, order: .sorted) }
        json.endArray()
        return json.string
    }

    static func encode(_ lines: [BoilerplateLine]) -> String {
        var json = JSONWriter()
        json.beginArray()
        for line in lines { json.boilerplate(line, order: .sorted) }
        json.endArray()
        return json.string
    }
}
