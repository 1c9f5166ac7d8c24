/// Cohen's kappa: agreement between two raters on the same items beyond what chance gives.
public enum CohenKappa {
    /// `pairs` holds each item's two ratings. Nil when there is nothing to compare or chance
    /// agreement is total (both raters used one and the same rating throughout).
    public static func kappa<Rating: Hashable>(_ pairs: [(Rating, Rating)]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        var first: [Rating: Double] = [:], second: [Rating: Double] = [:]
        var agreements = 0.0
        for (a, b) in pairs {
            first[a, default: 0] += 1
            second[b, default: 0] += 1
            if a == b { agreements += 1 }
        }
        let observed = agreements / n
        let chance = first.reduce(0.0) { $0 + ($1.value / n) * ((second[$1.key] ?? 0) / n) }
        guard chance < 1 else { return nil }
        return (observed - chance) / (1 - chance)
    }
}
