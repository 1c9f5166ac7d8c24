import Foundation

/// The JSON of the workbench's listings (`claims`, `show`, `findings`, `sources`, `stats`,
/// `search`, `match`, `ingest`, `verdict`…): pretty-printed, keys sorted, slashes unescaped, a
/// line break at the end.
public enum PrettyJSON {
    public static func string(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
