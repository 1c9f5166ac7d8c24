import Foundation

/// The BBC News corpus (`../shared/corpus/bbc-news.csv` beside the repository, see its README):
/// `text,category` rows in RFC 4180 CSV. Only the articles' text is kept.
public struct BBCCorpus: Sendable {
    public let articles: [String]

    /// The corpus file: `ASSAY_BENCH_CORPUS` if set, else `<repo>/../shared/corpus/bbc-news.csv`.
    public static var path: String {
        if let path = ProcessInfo.processInfo.environment["ASSAY_BENCH_CORPUS"], !path.isEmpty { return path }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc-news.csv").path
    }

    /// This file is `<repo>/Benchmarks/Benchmarks/BenchmarkCorpus/BBCCorpus.swift`.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var isAvailable: Bool { FileManager.default.isReadableFile(atPath: path) }

    public static func load() throws -> BBCCorpus {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var rows = CSVRows(Array(data))
        guard let header = rows.next(), let textColumn = header.firstIndex(of: "text") else {
            throw FixtureError("\(path): no 'text' column in the header")
        }
        var articles: [String] = []
        while let row = rows.next() {
            guard textColumn < row.count else { continue }
            articles.append(row[textColumn])
        }
        return BBCCorpus(articles: articles)
    }
}

/// The records of RFC 4180 CSV bytes: fields separated by commas, records by CRLF or LF; a
/// quoted field may hold commas, line breaks and doubled quotes (`""` reads as `"`).
struct CSVRows: IteratorProtocol {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> [String]? {
        guard position < bytes.count else { return nil }
        var fields: [String] = []
        while true {
            let (field, terminator) = nextField()
            fields.append(field)
            if terminator != UInt8(ascii: ",") { return fields }
        }
    }

    /// One field and the byte that ended it (`,`, `\n`, or 0 at the end of the input).
    private mutating func nextField() -> (String, UInt8) {
        var field: [UInt8] = []
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                guard byte == UInt8(ascii: "\"") else { field.append(byte); continue }
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { break }
                field.append(byte)
                position += 1
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\n"):
                return (String(decoding: field, as: UTF8.self), byte)
            case UInt8(ascii: "\r"):
                continue
            default:
                field.append(byte)
            }
        }
        return (String(decoding: field, as: UTF8.self), 0)
    }
}

/// Why a benchmark fixture could not be built.
public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
