import AssayCore
import Comparison

/// `assay match --format json`: the match with the schema version and tool (docs/match-json.md).
public struct MatchJSON: Encodable {
    static let schemaVersion = 1

    struct Tool: Encodable {
        var name = AssayVersion.name
        var version = AssayVersion.current
    }

    var schemaVersion = MatchJSON.schemaVersion
    var tool = Tool()
    var thresholds: MatchThresholds
    var documents: [String]
    var groups: [ClaimGroup]
    var suggested: [ClaimPair]

    public init(_ match: ClaimMatch) {
        thresholds = match.thresholds
        documents = match.documents
        groups = match.groups
        suggested = match.suggested
    }
}
