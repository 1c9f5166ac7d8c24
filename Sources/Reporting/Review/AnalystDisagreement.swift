import AssayCore

/// Where analysts disagree on a claim: the standing rating of each other analyst (their latest
/// verdict not taken back) that differs from the current verdict. A report shows them beside the current
/// verdict, so "alice mixed" is not hidden behind "bob misleading".
enum AnalystDisagreement {
    static func ratings(of claim: ReviewedAssertion, history: [VerdictEntry]?) -> [(analyst: String, rating: String)] {
        guard let current = claim.verdict, let history else { return [] }
        var latest: [String: VerdictEntry] = [:]
        for verdict in history.standing { latest[verdict.analyst] = verdict }
        return latest.values
            .filter { $0.analyst != current.analyst && $0.rating != current.rating }
            .sorted { $0.analyst < $1.analyst }
            .map { ($0.analyst, $0.rating) }
    }
}
