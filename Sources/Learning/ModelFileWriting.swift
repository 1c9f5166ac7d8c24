import Foundation
import AssayText

extension ModelFile {
    /// The file's bytes: the header a member per line, then the weights one per line, sorted by
    /// name. Numbers are rounded to six significant digits, so retraining on the same data with
    /// the same options gives the same bytes on any machine.
    public func encoded() -> [UInt8] {
        var lines: [String] = []
        func member(_ name: String, _ body: (inout JSONWriter) -> Void) {
            var writer = JSONWriter()
            body(&writer)
            lines.append("  " + Self.quoted(name) + ": " + writer.string)
        }
        member("format") { $0.string("assay-model") }
        member("version") { $0.number(Self.formatVersion) }
        member("task") { $0.string(task) }
        member("features") { $0.string(features) }
        member("trainedOn") { writer in
            writer.beginObject()
            writer.key("sources")
            writer.beginArray()
            trainedOn.sources.forEach { writer.string($0) }
            writer.endArray()
            writer.key("examples"); writer.number(trainedOn.examples)
            writer.key("positives"); writer.number(trainedOn.positives)
            writer.key("date"); writer.string(trainedOn.date)
            writer.key("licence"); writer.string(trainedOn.licence)
            writer.endObject()
        }
        member("method") { $0.string(method) }
        member("settings") { Self.write(numbers: settings, into: &$0) }
        if let evaluation {
            member("evaluation") { writer in
                writer.beginObject()
                writer.key("method"); writer.string(evaluation.method)
                writer.key("model"); Self.write(evaluation.model, into: &writer)
                writer.key("handSet"); Self.write(evaluation.handSet, into: &writer)
                writer.key("calibration")
                writer.beginArray()
                for band in evaluation.calibration {
                    writer.beginObject()
                    writer.key("lower"); writer.number(Self.rounded(band.lower))
                    writer.key("upper"); writer.number(Self.rounded(band.upper))
                    writer.key("lines"); writer.number(band.lines)
                    writer.key("meanScore"); writer.number(Self.rounded(band.meanScore))
                    writer.key("positiveRate"); writer.number(Self.rounded(band.positiveRate))
                    writer.endObject()
                }
                writer.endArray()
                writer.endObject()
            }
        }
        if let measured {
            member("measured") { writer in
                writer.beginObject()
                writer.key("method"); writer.string(measured.method)
                writer.key("figures"); Self.write(numbers: measured.figures, into: &writer)
                writer.endObject()
            }
        }
        member("thresholds") { Self.write(numbers: thresholds, into: &$0) }
        member("intercept") { $0.number(Self.rounded(intercept)) }
        let weightLines = weights.map { entry in
            var writer = JSONWriter()
            writer.number(Self.rounded(entry.weight))
            return "    " + Self.quoted(entry.name) + ": " + writer.string
        }
        lines.append("  \"weights\": {\n" + weightLines.joined(separator: ",\n") + "\n  }")
        return Array(("{\n" + lines.joined(separator: ",\n") + "\n}\n").utf8)
    }

    /// Six significant digits: enough for any weight's effect, and the same text everywhere.
    public static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let digits = 5 - Int((log10(abs(value))).rounded(.down))
        let scale = pow(10.0, Double(digits))
        return (value * scale).rounded() / scale
    }

    private static func quoted(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return writer.string
    }

    private static func write(numbers: [String: Double], into writer: inout JSONWriter) {
        writer.beginObject()
        for (name, value) in numbers.sorted(by: { $0.key < $1.key }) {
            writer.key(escaping: name)
            writer.number(rounded(value))
        }
        writer.endObject()
    }

    private static func write(_ summary: RankingFigures.Summary, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("documents"); writer.number(summary.documents)
        writer.key("lines"); writer.number(summary.lines)
        writer.key("positives"); writer.number(summary.positives)
        writer.key("map"); writer.number(rounded(summary.meanAveragePrecision))
        writer.key("p@10"); writer.number(rounded(summary.precisionAt10))
        writer.key("p@20"); writer.number(rounded(summary.precisionAt20))
        writer.endObject()
    }
}
