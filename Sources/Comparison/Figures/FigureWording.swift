import Foundation

/// How a changed figure is told: the quantity ("30,000 → 3,000"), the hedge that bounds it
/// ("over → about"), or both ("over 30,000 → about 3,000"). An amount of money is told as
/// written, its currency with it ("$3 million → $30 million", "£300 → €300").
enum FigureWording {
    static func change(from old: ClaimFigure, to new: ClaimFigure) -> String {
        if old.isMoney || new.isMoney { return "\(amount(old)) → \(amount(new))" }
        let quantityChanged = old.quantity != new.quantity
        let boundChanged = old.bound != new.bound
        switch (quantityChanged, boundChanged) {
        case (true, false): return "\(quantity(old)) → \(quantity(new))"
        case (false, true): return "\(hedge(old)) → \(hedge(new))"
        case (true, true): return "\(hedged(old)) → \(hedged(new))"
        case (false, false): return "\(old.text) → \(new.text)"
        }
    }

    /// The figure as written without what it counts ("$232m" of "$232m charge"), unless the
    /// currency is only in those words ("3 billion dollars").
    static func amount(_ figure: ClaimFigure) -> String {
        guard let referent = figure.referent, let unit = figure.unit, figure.text.hasSuffix(referent) else { return figure.text }
        let figureOnly = figure.text.dropLast(referent.count).trimmingCharacters(in: .whitespaces)
        return figureOnly.contains(unit) ? figureOnly : figure.text
    }

    /// "30,000", "3,000–5,000", or the text as written when the figure has no value.
    static func quantity(_ figure: ClaimFigure) -> String {
        let values = figure.quantity
        guard !values.isEmpty else { return figure.text }
        return values.map(number).joined(separator: "–")
    }

    /// The words before the figure's number ("over", "an estimated"), else its bound's name.
    static func hedge(_ figure: ClaimFigure) -> String {
        let words = figure.text.split(separator: " ")
        let before = words.prefix { word in !word.contains { $0.isNumber } }
        guard !before.isEmpty, before.count < words.count else { return figure.bound }
        return before.joined(separator: " ")
    }

    private static func hedged(_ figure: ClaimFigure) -> String {
        let hedge = hedge(figure)
        return hedge == figure.bound && hedge == "exact" ? quantity(figure) : "\(hedge) \(quantity(figure))"
    }

    /// Whole numbers grouped by thousands ("30,000"); others as Swift prints them.
    private static func number(_ value: Double) -> String {
        guard value.rounded() == value, abs(value) < 1e15 else { return "\(value)" }
        let digits = String(Int64(abs(value)))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
