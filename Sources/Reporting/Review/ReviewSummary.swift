import AssayCore


/// The figures at the top of every report.
public struct ReviewSummary: Sendable, Codable, Equatable {
    public var assertions: Int
    /// Share of assertions at or above `ReviewReport.checkWorthyThreshold`.
    public var checkWorthyShare: Double
    public var reviewed: Int
    public var reviewedShare: Double
    /// Current verdicts by rating.
    public var verdicts: [String: Int]
    /// Standing findings by category.
    public var findings: [String: Int]
    /// Figures in assertions whose source is the publisher or an affiliate.
    public var selfSourcedFigures: Int
    /// Figures no attribution in their sentence backs.
    public var unattributedFigures: Int

    init(_ document: ReviewedDocument, estimates: [EstimateRow]) {
        let claims = document.claims
        assertions = claims.count
        let share = { (count: Int) in claims.isEmpty ? 0 : Double(count) / Double(claims.count) }
        checkWorthyShare = share(claims.filter { $0.checkworthiness >= ReviewReport.checkWorthyThreshold }.count)
        reviewed = claims.filter { $0.verdict != nil }.count
        reviewedShare = share(reviewed)
        var verdicts: [String: Int] = [:], findings: [String: Int] = [:]
        for claim in claims { if let rating = claim.verdict?.rating { verdicts[rating, default: 0] += 1 } }
        for finding in document.findings { findings[finding.category, default: 0] += 1 }
        self.verdicts = verdicts
        self.findings = findings
        selfSourcedFigures = estimates.filter(\.selfSourced).count
        unattributedFigures = estimates.filter { !$0.attributed }.count
    }
}
