import Foundation

/// An article the framing tagger learns from: its text and the spans annotators marked as
/// framing (scalar offsets), or a neutral article (none marked, and none expected), or a
/// workbench document whose dismissed model findings say where framing is not.
public struct FramingArticle: Sendable {
    public enum Role: Sendable, Hashable {
        /// Advocacy with its framing annotated: both models learn from it.
        case annotated
        /// Neutral reporting: the sentence model learns that it does not argue.
        case neutral
        /// A team's decisions: `spans` are dismissed findings, not framing.
        case dismissed
    }

    public var name: String
    public var text: String
    public var spans: [Range<Int>]
    public var role: Role

    public init(name: String, text: String, spans: [Range<Int>], role: Role) {
        self.name = name
        self.text = text
        self.spans = spans
        self.role = role
    }
}

/// Reads framing training data: annotated articles in the Propaganda Techniques Corpus layout,
/// and neutral articles from a CSV file or a folder of text files.
public enum FramingCorpus {
    /// A folder holding `articles/article<ID>.txt` and `labels.tsv` (`article`, `technique`,
    /// `start`, `end`: character offsets, end exclusive), as SemEval-2020 Task 11 gives them.
    public static func annotated(folder: String) throws(TrainingDataError) -> [FramingArticle] {
        let articles = URL(fileURLWithPath: folder).appendingPathComponent("articles").path
        let labelsPath = URL(fileURLWithPath: folder).appendingPathComponent("labels.tsv").path
        guard let labels = FileManager.default.contents(atPath: labelsPath).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw TrainingDataError(source: folder, message: "is not annotated framing data: it has no labels.tsv (article, technique, start, end) beside articles/")
        }
        var spans: [String: [Range<Int>]] = [:]
        for (number, line) in labels.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if number == 0 && fields.first == "article" { continue }
            guard fields.count == 4, let start = Int(fields[2]), let end = Int(fields[3]), start >= 0, start < end else {
                throw TrainingDataError(source: "\(labelsPath):\(number + 1)", message: "expected article, technique, start and end (start < end), tab-separated")
            }
            spans[String(fields[0]), default: []].append(start..<end)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: articles)) ?? [])
            .filter { $0.hasPrefix("article") && $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else {
            throw TrainingDataError(source: folder, message: "has no articles/article<ID>.txt files")
        }
        var result: [FramingArticle] = []
        for name in names {
            let path = URL(fileURLWithPath: articles).appendingPathComponent(name).path
            let text = try read(path)
            let id = String(name.dropFirst("article".count).dropLast(".txt".count))
            let length = text.unicodeScalars.count
            let marked = spans[id] ?? []
            if let outside = marked.first(where: { $0.upperBound > length }) {
                throw TrainingDataError(source: labelsPath, message: "article \(id) has a span \(outside.lowerBound)–\(outside.upperBound) beyond its \(length) characters")
            }
            result.append(FramingArticle(name: name, text: text, spans: marked, role: .annotated))
        }
        return result
    }

    /// Neutral articles: each record's first field of a CSV file with a header row (RFC 4180
    /// quoting), or each `.txt` file of a folder.
    public static func neutral(path: String) throws(TrainingDataError) -> [FramingArticle] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TrainingDataError(source: path, message: "no such file or folder")
        }
        if isDirectory.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            var articles: [FramingArticle] = []
            for name in names {
                let text = try read(URL(fileURLWithPath: path).appendingPathComponent(name).path)
                articles.append(FramingArticle(name: name, text: text, spans: [], role: .neutral))
            }
            return articles
        }
        let records = CSVRecords.parse(try read(path))
        guard records.count > 1 else { throw TrainingDataError(source: path, message: "holds no articles after its header row") }
        return records.dropFirst().enumerated().compactMap { index, fields in
            guard let text = fields.first, !text.isEmpty else { return nil }
            return FramingArticle(name: "\(URL(fileURLWithPath: path).lastPathComponent):\(index + 1)", text: text, spans: [], role: .neutral)
        }
    }

    private static func read(_ path: String) throws(TrainingDataError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TrainingDataError(source: path, message: "cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw TrainingDataError(source: path, message: "is not UTF-8 text")
        }
        return text
    }
}

/// RFC 4180 records: fields split on commas, quoted fields may hold commas, line breaks and
/// doubled quotes.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\""), field.isEmpty {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                endField()
                records.append(fields)
                fields.removeAll()
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(fields)
        }
        return records
    }
}
