import Extraction
import Foundation

/// One document of check-worthiness training data: its lines in order, each a sentence with its
/// place in the speaker's turn (or paragraph) and whether it was chosen for checking.
public struct LabelledTranscript: Sendable {
    public struct Line: Sendable {
        public var sentence: String
        public var place: SentencePlace
        public var isCheckWorthy: Bool

        public init(sentence: String, place: SentencePlace, isCheckWorthy: Bool) {
            self.sentence = sentence
            self.place = place
            self.isCheckWorthy = isCheckWorthy
        }
    }

    /// The file's name (without folders), or what the lines came from.
    public var name: String
    public var lines: [Line]

    public init(name: String, lines: [Line]) {
        self.name = name
        self.lines = lines
    }

    /// Reads a transcript in CheckThat!'s layout: `line <TAB> speaker <TAB> sentence <TAB> label`,
    /// label 1 for a line chosen for checking and 0 otherwise. A speaker's consecutive lines form
    /// a turn, which plays the part of a paragraph.
    public static func read(path: String) throws(TrainingDataError) -> LabelledTranscript {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TrainingDataError(source: path, message: "cannot be read (missing, or not a readable file)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TrainingDataError(source: path, message: "is not UTF-8 text")
        }
        var rows: [(speaker: Substring, sentence: String, label: Bool)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.allSatisfy(\.isWhitespace) { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 4 else {
                throw TrainingDataError(source: "\(path):\(number + 1)", message: "expected 4 tab-separated columns (line, speaker, sentence, label 0 or 1), found \(columns.count)")
            }
            guard columns[3] == "0" || columns[3] == "1" else {
                throw TrainingDataError(source: "\(path):\(number + 1)", message: "the label must be 0 or 1, not '\(columns[3])'")
            }
            rows.append((columns[1], String(columns[2]), columns[3] == "1"))
        }
        guard !rows.isEmpty else { throw TrainingDataError(source: path, message: "has no lines to learn from") }
        var lines: [Line] = []
        var turnStart = 0
        for index in rows.indices where index == rows.count - 1 || rows[index + 1].speaker != rows[index].speaker {
            let count = index - turnStart + 1
            for (position, row) in rows[turnStart...index].enumerated() {
                lines.append(Line(sentence: row.sentence, place: SentencePlace(index: position, count: count),
                                  isCheckWorthy: row.label))
            }
            turnStart = index + 1
        }
        return LabelledTranscript(name: URL(fileURLWithPath: path).lastPathComponent, lines: lines)
    }
}
