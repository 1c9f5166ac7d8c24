import Foundation

/// A workbench export read back and checked line by line, before any of it touches a database:
/// the header, then rows shaped `{"table": "<name>", "row": {…}}`. Whether the tables and columns
/// exist is for `Workbench.importLines` to check against the schema.
public struct WorkbenchExportFile: Sendable {
    struct Row: Sendable {
        var line: Int
        var table: String
        var values: [String: ExportValue]
    }

    /// Where the lines came from, as errors name it (`<source>:<line>: problem`).
    public let source: String
    public let schemaVersion: Int
    let rows: [Row]

    public var rowCount: Int { rows.count }

    public init(_ data: Data, source: String) throws(WorkbenchError) {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first, !Self.isBlank(first) else {
            throw .exportLine(source: source, line: 1, .noHeader)
        }
        self.source = source
        schemaVersion = try Self.headerVersion(first, source: source)
        var rows: [Row] = []
        for (offset, bytes) in lines.enumerated().dropFirst() where !Self.isBlank(bytes) {
            do {
                let line = try JSONDecoder().decode(RowLine.self, from: Data(bytes))
                rows.append(Row(line: offset + 1, table: line.table, values: line.row))
            } catch {
                throw .exportLine(source: source, line: offset + 1, .notARow(explanation: Self.explain(error)))
            }
        }
        self.rows = rows
    }

    private static func headerVersion(_ line: Data.SubSequence, source: String) throws(WorkbenchError) -> Int {
        let header = try? JSONDecoder().decode([String: ExportValue].self, from: Data(line))
        guard let header, header["format"] == .text(WorkbenchExport.format) else {
            throw .exportLine(source: source, line: 1, .notAnExport)
        }
        guard case .integer(let version) = header["schemaVersion"], version >= 1, let schemaVersion = Int(exactly: version) else {
            throw .exportLine(source: source, line: 1, .noSchemaVersion)
        }
        guard schemaVersion <= WorkbenchExport.schemaVersion else {
            throw .exportLine(source: source, line: 1, .newerSchema(schemaVersion))
        }
        return schemaVersion
    }

    private static func isBlank(_ line: Data.SubSequence) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    private static func explain(_ error: any Error) -> String {
        if let problem = error as? LineProblem { return problem.message }
        switch error as? DecodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not valid JSON"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "not a row object \(RowLine.shape)"
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        case .keyNotFound(let key, _):
            return "the line has no \"\(key.stringValue)\" (a row line is \(RowLine.shape))"
        default:
            return "\(error)"
        }
    }
}

/// What is wrong with one line, in words, where the JSON is well formed but not a row.
struct LineProblem: Error {
    var message: String

    init(at codingPath: [any CodingKey] = [], _ message: String) {
        let path = codingPath.map(\.stringValue).joined(separator: ".")
        self.message = path.isEmpty ? message : "\(path): \(message)"
    }
}

/// `{"table": "<name>", "row": {<column>: <value>, …}}` and nothing else.
private struct RowLine: Decodable {
    static let shape = #"{"table": …, "row": {…}}"#
    var table: String
    var row: [String: ExportValue]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONText.Key.self)
        let unknown = container.allKeys.map(\.stringValue).filter { $0 != "table" && $0 != "row" }.sorted()
        guard unknown.isEmpty else {
            throw LineProblem("unknown key(s) \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) (a row line is \(Self.shape))")
        }
        table = try container.decode(String.self, forKey: JSONText.Key("table"))
        row = try container.decode([String: ExportValue].self, forKey: JSONText.Key("row"))
    }
}
