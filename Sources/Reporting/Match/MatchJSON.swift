import AssayCore
import Comparison

/// `assay match --format json`: the match with the schema version and tool (docs/match-json.md).
public struct MatchJSON: Encodable {
    static let schemaVersion = 2

    struct Tool: Encodable {
        var name = AssayVersion.name
        var version = AssayVersion.current
    }

    var schemaVersion = MatchJSON.schemaVersion
    var tool = Tool()
    var thresholds: MatchThresholds
    var documents: [String]
    var queried: [String]?
    var groups: [ClaimGroup]
    var suggested: [ClaimPair]
    var contradictions: [ClaimPair]
    var totals: MatchTotals
    var limit: Int

    public init(_ match: ClaimMatch) {
        thresholds = match.thresholds
        documents = match.documents
        queried = match.queried
        groups = match.groups
        suggested = match.suggested
        contradictions = match.contradictions
        totals = match.totals
        limit = match.limit
    }
}
