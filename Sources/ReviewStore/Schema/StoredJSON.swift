import AssayCore

/// The JSON a version and its findings store — a finding's fields, a version's paragraphs and
/// boilerplate lines — compact, keys sorted, written with `JSONWriter`: the JSON encoder was the
/// costliest part of storing a document. Any JSON decoder reads it back.
enum StoredJSON {
    static func encode(_ fields: [String: FieldValue]) -> String {
        var json = JSONWriter()
        json.fields(fields)
        return json.string
    }

    /// `[{"end":…,"index":…,"role":…,"start":…}, …]`, as `JSONEncoder` with sorted keys writes it.
    static func encode(_ paragraphs: [Paragraph]) -> String {
        var json = JSONWriter()
        json.beginArray()
        for paragraph in paragraphs {
            json.beginObject()
            json.key("end")
            json.number(paragraph.end)
            json.key("index")
            json.number(paragraph.index)
            json.key("role")
            json.string(paragraph.role.rawValue)
            json.key("start")
            json.number(paragraph.start)
            json.endObject()
        }
        json.endArray()
        return json.string
    }

    /// `[{"line":…,"text":…}, …]`, `line` left out when there is none.
    static func encode(_ lines: [BoilerplateLine]) -> String {
        var json = JSONWriter()
        json.beginArray()
        for line in lines {
            json.beginObject()
            if let number = line.line {
                json.key("line")
                json.number(number)
            }
            json.key("text")
            json.string(line.text)
            json.endObject()
        }
        json.endArray()
        return json.string
    }
}
