import Foundation

/// How strongly two figures, one from each claim, say the claims are the same: the quantities
/// must agree, a specific quantity (30,000) counts for more than a small one (three), and the
/// referents must not tell them apart ("political prisoners" and "people" may be the same dead;
/// "Iranian expatriates" and "supporters" only perhaps). Figures in different units never agree
/// ("$569m" and "578m euros").
enum FigureAgreement {
    /// In [0, 1]: quantity agreement × specificity × referent factor. `referents` are the two
    /// figures' referents as match terms, when the caller has them already.
    static func score(_ a: ClaimFigure, _ b: ClaimFigure, referents: (Set<String>?, Set<String>?)? = nil) -> Double {
        guard a.unit == b.unit, let x = representative(a), let y = representative(b) else { return 0 }
        let quantity = quantityAgreement(a, x, b, y)
        guard quantity > 0 else { return 0 }
        var specificity = min(1, max(0.1, log10(min(x, y)) / 3))
        if a.bound == "vague" || b.bound == "vague" { specificity /= 2 }
        let (first, second) = referents ?? (a.referent.map(MatchTerms.of), b.referent.map(MatchTerms.of))
        return quantity * specificity * (0.4 + 0.6 * referentSimilarity(first, second))
    }

    /// The same specific quantity (at least 100, in the same unit, neither vague) said of two
    /// referents that share no word ("30,000 prisoners" and "30,000 jobs"): if the claims are
    /// about one thing, one of them may have the figure wrong — a contradiction candidate.
    static func sameQuantityOtherReferent(_ a: ClaimFigure, _ b: ClaimFigure, referents: (Set<String>?, Set<String>?)) -> Bool {
        guard a.unit == b.unit, a.bound != "vague", b.bound != "vague",
              let x = representative(a), let y = representative(b), min(x, y) >= 100, sameQuantity(x, y),
              let first = referents.0, let second = referents.1, !first.isEmpty, !second.isEmpty,
              !first.isSubset(of: genericReferents), !second.isSubset(of: genericReferents) else { return false }
        return first.isDisjoint(with: second)
    }

    /// 1 for the same quantity, whatever the bounds ("over 30,000", "an estimated 30,000"): within
    /// 2 % and within one unit of the last digit the less precise of the two writes ("$9.3bn" and
    /// "$9.37bn" agree, "$44.38" and "$44.45" do not); 0.5 for different quantities the bounds
    /// make compatible and within a factor of 1.5 ("over 20,000" and "about 25,000"); else 0.
    private static func quantityAgreement(_ a: ClaimFigure, _ x: Double, _ b: ClaimFigure, _ y: Double) -> Double {
        if sameQuantity(x, y) { return 1 }
        guard max(x, y) / min(x, y) <= 1.5 else { return 0 }
        let (first, second) = (interval(a, x), interval(b, y))
        return first.lowerBound <= second.upperBound && second.lowerBound <= first.upperBound ? 0.5 : 0
    }

    private static func sameQuantity(_ x: Double, _ y: Double) -> Bool {
        let difference = abs(x - y)
        return difference <= 0.02 * max(x, y) && difference <= max(lastDigit(x), lastDigit(y)) * 1.000001
    }

    /// The value of one in the last significant digit: 0.01 for 44.38, 100,000,000 for 9.3bn.
    private static func lastDigit(_ value: Double) -> Double {
        var unit = pow(10, (log10(value)).rounded(.down))
        for _ in 0..<15 where abs((value / unit).rounded() * unit - value) > unit * 1e-6 { unit /= 10 }
        return unit
    }

    /// The value, or a range's midpoint; nil when the figure has no positive quantity.
    private static func representative(_ figure: ClaimFigure) -> Double? {
        let quantity = figure.quantity
        guard let first = quantity.first, let last = quantity.last else { return nil }
        let value = (first + last) / 2
        return value > 0 ? value : nil
    }

    /// The quantities the figure allows: "over" is open above, "as many as" below, "about" ±10 %.
    private static func interval(_ figure: ClaimFigure, _ value: Double) -> ClosedRange<Double> {
        if let low = figure.low, let high = figure.high, low <= high { return low...high }
        switch figure.bound {
        case "lower": return value...Double.greatestFiniteMagnitude
        case "upper": return 0...value
        case "approximate", "vague": return (value * 0.9)...(value * 1.1)
        default: return value...value
        }
    }

    /// 0.5 when a referent is missing or generic ("people"): it neither confirms nor contradicts;
    /// else the Dice coefficient of the referents' terms.
    static func referentSimilarity(_ a: Set<String>?, _ b: Set<String>?) -> Double {
        let (first, second) = (a ?? [], b ?? [])
        guard !first.isSubset(of: genericReferents), !second.isSubset(of: genericReferents) else { return 0.5 }
        return MatchTerms.dice(first, second)
    }

    /// Referents that say only "some humans" (terms as `MatchTerms` folds them).
    static let genericReferents: Set<String> = ["people", "person", "individual", "human", "one"]
}
