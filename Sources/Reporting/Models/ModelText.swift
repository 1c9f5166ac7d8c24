import Foundation
import Learning

/// A model's header, figures and strongest features as text, for `assay model`.
public enum ModelText {
    /// What `model train` prints: what it learned from, what it wrote, and the figures.
    public static func trained(_ model: ModelFile, path: String) -> String {
        let (unit, positive) = labels(model)
        var out = "trained \(model.task) on \(count(model.trainedOn.examples)) \(unit) (\(count(model.trainedOn.positives)) \(positive))"
            + " from \(Noun.count(model.trainedOn.sources.count, "source")): \(count(model.weights.count)) weights → \(path)\n"
        if let evaluation = model.evaluation {
            out += "\n" + evaluation.method + "\n"
            out += figures(model: evaluation.model, handSet: evaluation.handSet, calibration: evaluation.calibration)
        }
        if let measured = model.measured { out += "\n" + self.measured(measured) }
        if let threshold = model.thresholds["bestF1"] {
            out += "\nheld-out F1 is best from a score of \(String(format: "%.3f", threshold))\n"
        }
        return out
    }

    /// The ranking figures of a model and of the hand-set score, and the model's calibration.
    public static func figures(model: RankingFigures.Summary, handSet: RankingFigures.Summary,
                               calibration: [RankingFigures.CalibrationBand]) -> String {
        var out = "\(count(model.lines)) lines, \(count(model.positives)) check-worthy, \(Noun.count(model.documents, "document")) with one or more\n"
        out += "score      MAP    P@10   P@20\n"
        for (name, summary) in [("model", model), ("hand-set", handSet)] {
            out += name.padding(toLength: 9, withPad: " ", startingAt: 0)
                + String(format: "  %.3f  %.3f  %.3f\n", summary.meanAveragePrecision, summary.precisionAt10, summary.precisionAt20)
        }
        guard !calibration.isEmpty else { return out }
        out += "\ncalibration (the model's score against the share of lines chosen)\n"
        out += "scores         lines   mean score   chosen\n"
        for band in calibration {
            out += String(format: "%.2f–%.2f  %8d   %10.3f   %6.3f\n", band.lower, band.upper, band.lines, band.meanScore, band.positiveRate)
        }
        return out
    }

    /// `model show`: the header, then the `top` strongest features each way.
    public static func describe(_ model: ModelFile, path: String, top: Int) -> String {
        let trained = model.trainedOn
        var out = "\(path)\n"
        out += "  task        \(model.task) (features \(model.features))\n"
        out += "  trained on  \(trained.sources.joined(separator: ", "))\n"
        let (unit, positive) = labels(model)
        out += "              \(count(trained.examples)) \(unit), \(count(trained.positives)) \(positive), on \(trained.date)\n"
        out += "  licence     \(trained.licence)\n"
        out += "  method      \(model.method)\n"
        out += "  settings    " + model.settings.sorted { $0.key < $1.key }.map { "\($0.key) \(number($0.value))" }.joined(separator: ", ") + "\n"
        out += "  thresholds  " + model.thresholds.sorted { $0.key < $1.key }.map { "\($0.key) \(number($0.value))" }.joined(separator: ", ") + "\n"
        out += "  weights     \(count(model.weights.count)), intercept \(number(model.intercept))\n"
        if let evaluation = model.evaluation {
            out += "\n" + evaluation.method + "\n"
            out += figures(model: evaluation.model, handSet: evaluation.handSet, calibration: evaluation.calibration)
        }
        if let measured = model.measured { out += "\n" + self.measured(measured) }
        guard top > 0 else { return out }
        let sorted = model.weights.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.name < $1.name }
        let (more, less) = model.task == "framing" ? ("more framing", "less framing") : ("more check-worthy", "less check-worthy")
        out += "\n\(more)\n"
        for entry in sorted.prefix(top) where entry.weight > 0 { out += String(format: "  %+.3f  ", entry.weight) + entry.name + "\n" }
        out += "\n\(less)\n"
        for entry in sorted.reversed().prefix(top) where entry.weight < 0 { out += String(format: "  %+.3f  ", entry.weight) + entry.name + "\n" }
        return out
    }

    /// What a model's examples are, and its positive ones.
    private static func labels(_ model: ModelFile) -> (String, String) {
        model.task == "framing" ? ("sentences", "with framing") : ("lines", "check-worthy")
    }

    /// A tagger's held-out figures: span precision, recall and F1, and how often it flags.
    static func measured(_ measured: ModelFile.MeasuredFigures) -> String {
        let figures = measured.figures
        var out = measured.method + "\n"
        if let precision = figures["spanPrecision"], let recall = figures["spanRecall"], let f1 = figures["spanF1"] {
            out += String(format: "spans (character overlap): precision %.3f, recall %.3f, F1 %.3f\n", precision, recall, f1)
        }
        if let annotated = figures["findingsPer1000AnnotatedSentences"], let neutral = figures["findingsPer1000NeutralSentences"] {
            out += String(format: "findings per 1,000 sentences: %.1f annotated, %.1f neutral (%.1f×)\n", annotated, neutral,
                          neutral > 0 ? annotated / neutral : .infinity)
        }
        if let warnings = figures["warningsPer1000NeutralSentences"] {
            out += String(format: "warnings per 1,000 neutral sentences, outside quotations: %.2f\n", warnings)
        }
        return out
    }

    private static func count(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US")
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.4g", value)
    }
}
