import AssayCore
import GRDB

extension Workbench {
    /// The figures of every document, or of `document` alone (then its rules and agreement too).
    public func stats(document: String? = nil) throws(WorkbenchError) -> WorkbenchStats {
        try read { db in
            var documents: [WorkbenchStats.DocumentStats] = []
            let phrases = Phrases(db)
            for version in try ClaimQueries.versions(db, document: document) {
                let claims = try ClaimQueries.claims(db, version: version, phrases: phrases)
                let standing = claims.filter { $0.dismissal == nil }
                let reviewed = standing.filter { $0.verdict != nil }
                var verdicts: [String: Int] = [:], findings: [String: Int] = [:]
                for claim in reviewed { verdicts[claim.verdict?.rating ?? "", default: 0] += 1 }
                for row in try Row.fetchAll(db, sql: """
                    SELECT \(RowDecoding.phrase("f.category")) AS category, count(*) AS n FROM findings f WHERE version_id = ? AND NOT EXISTS (
                      SELECT 1 FROM dismissals x WHERE x.document_id = ? AND x.target = 'finding' AND x.target_id = f.id
                        AND x.undone_at IS NULL) GROUP BY f.category
                    """, arguments: [version.id, version.documentID]) {
                    findings[row["category"]] = row["n"]
                }
                documents.append(.init(document: version.name, version: version.number, assertions: standing.count,
                                       reviewed: reviewed.count,
                                       reviewedShare: standing.isEmpty ? 0 : Double(reviewed.count) / Double(standing.count),
                                       dismissed: claims.count - standing.count, verdicts: verdicts,
                                       verdictsRecorded: try Int.fetchOne(db, sql: "SELECT count(*) FROM verdicts WHERE document_id = ? AND retracts IS NULL",
                                                                          arguments: [version.documentID]) ?? 0,
                                       findings: findings))
            }
            return WorkbenchStats(documents: documents, rules: try StatsQueries.rules(db, document: document),
                                  agreement: try StatsQueries.agreement(db, document: document))
        }
    }
}

enum StatsQueries {
    /// Per rule, over every document's latest version (or `document`'s).
    static func rules(_ db: Database, document: String?) throws -> [WorkbenchStats.RuleStats] {
        try Row.fetchAll(db, sql: """
            SELECT \(RowDecoding.phrase("f.rule")) AS rule, \(RowDecoding.phrase("f.category")) AS category, count(*) AS n, sum(EXISTS (
              SELECT 1 FROM dismissals x WHERE x.document_id = v.document_id AND x.target = 'finding' AND x.target_id = f.id
                AND x.undone_at IS NULL)) AS dismissed
            FROM findings f JOIN latest_versions v ON v.id = f.version_id
            WHERE ? IS NULL OR v.document_id = (SELECT id FROM documents WHERE name = ?)
            GROUP BY f.rule, f.category ORDER BY rule
            """, arguments: [document, document]).map { row in
            let total: Int = row["n"], dismissed: Int = row["dismissed"]
            return .init(rule: row["rule"], category: row["category"], findings: total, dismissed: dismissed,
                         dismissalRate: total == 0 ? 0 : Double(dismissed) / Double(total))
        }
    }

    /// Cohen's kappa for every pair of analysts who rated at least one assertion in common (of
    /// `document`, when given).
    static func agreement(_ db: Database, document: String?) throws -> [WorkbenchStats.Agreement] {
        var ratings: [String: [String: String]] = [:]  // analyst → "document:assertion" → latest rating
        for row in try Row.fetchAll(db, sql: """
            SELECT analyst, document_id, assertion_id, rating FROM standing_verdicts
            WHERE id IN (SELECT max(id) FROM standing_verdicts GROUP BY analyst, document_id, assertion_id)
              AND (? IS NULL OR document_id = (SELECT id FROM documents WHERE name = ?))
            """, arguments: [document, document]) {
            let item = "\(row["document_id"] as Int64):\(row["assertion_id"] as String)"
            ratings[row["analyst"], default: [:]][item] = row["rating"]
        }
        let analysts = ratings.keys.sorted()
        var result: [WorkbenchStats.Agreement] = []
        for (index, first) in analysts.enumerated() {
            for second in analysts.dropFirst(index + 1) {
                let a = ratings[first] ?? [:], b = ratings[second] ?? [:]
                let pairs = a.keys.sorted().compactMap { item in b[item].flatMap { rating in a[item].map { ($0, rating) } } }
                guard !pairs.isEmpty else { continue }
                result.append(.init(analysts: [first, second], shared: pairs.count, agreed: pairs.filter { $0.0 == $0.1 }.count,
                                    kappa: CohenKappa.kappa(pairs)))
            }
        }
        return result
    }
}
