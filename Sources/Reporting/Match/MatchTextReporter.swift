import AssayCore
import Comparison

/// `assay match`'s text output: each group with its members' wording, verdicts and the
/// suggestions for the unreviewed ones, then the suggested pairs.
public struct MatchTextReporter {
    public init() {}

    public func text(_ match: ClaimMatch) -> String {
        var lines: [String] = []
        for (index, group) in match.groups.enumerated() {
            lines.append("Group \(index + 1) · score \(score(group.score)) · \(group.documents.joined(separator: ", "))")
            if let figure = group.pairs.lazy.compactMap(\.score.sharedFigure).first {
                lines.append("  shared figure: \(figure.first.text) ≈ \(figure.second.text)")
            }
            for member in group.members {
                lines.append("  \(member.reference)  \(verdict(member))")
                lines.append("    \(member.text)")
                for suggestion in group.suggestions where suggestion.claim == member.claim && suggestion.document == member.document {
                    lines.append("    suggestion: \(suggestion.rating) from \(suggestion.fromDocument):\(AssertionID.shown(suggestion.fromClaim)) "
                                 + "(by \(suggestion.analyst))")
                }
            }
            lines.append("")
        }
        if match.groups.isEmpty { lines += ["No groups at or above \(score(match.thresholds.group)).", ""] }
        guard !match.suggested.isEmpty else { return lines.joined(separator: "\n") }
        lines.append("Suggested pairs (at or above \(score(match.thresholds.suggest)), not grouped)")
        for pair in match.suggested {
            lines.append("  \(score(pair.score.value))  \(pair.first.reference)  \(verdict(pair.first))")
            lines.append("        \(pair.first.text)")
            lines.append("        \(pair.second.reference)  \(verdict(pair.second))")
            lines.append("        \(pair.second.text)")
            lines.append("        " + evidence(pair.score))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func verdict(_ member: MatchMember) -> String {
        guard let verdict = member.verdict else { return "no verdict" }
        return "\(verdict.rating) (by \(verdict.analyst))"
    }

    private func evidence(_ score: MatchScore) -> String {
        var parts: [String] = []
        if let figure = score.sharedFigure { parts.append("figure: \(figure.first.text) ≈ \(figure.second.text)") }
        if !score.sharedWords.isEmpty { parts.append("words: " + score.sharedWords.prefix(8).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    private func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
