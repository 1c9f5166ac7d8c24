import AssayCore
import AssayText

/// The frame of the streamed JSON outputs of `assay analyze` and `assay segment`:
/// `{"schemaVersion", "tool": {"name", "version"}, "documents": [ … ], "errors": [ … ]}`, the
/// documents written one at a time between `header` and `footer`.
enum JSONEnvelope {
    static func header(schemaVersion: Int) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("schemaVersion")
        json.number(schemaVersion)
        json.key("tool")
        json.beginObject()
        json.key("name")
        json.string(AssayVersion.name)
        json.key("version")
        json.string(AssayVersion.current)
        json.endObject()
        json.key("documents")
        json.beginArray()
        return json.bytes
    }

    static let separator: [UInt8] = Array(",".utf8)

    /// Closes the documents and lists the inputs that could not be read, as (source, message).
    static func footer(errors: [(source: String, message: String)]) -> [UInt8] {
        var json = JSONWriter()
        json.endArray()  // of "documents", opened by the header
        json.key("errors")
        json.beginArray()
        for error in errors {
            json.beginObject()
            json.key("source")
            json.string(error.source)
            json.key("message")
            json.string(error.message)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.bytes + Array("\n".utf8)
    }
}
