import AssayCore
import Comparison

/// `assay match`'s text output: each group with its members' wording, verdicts and the
/// suggestions for the unreviewed ones, then the suggested pairs, then the contradiction
/// candidates; and the summary line that counts them all.
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
        if !match.suggested.isEmpty {
            lines.append("Suggested pairs (at or above \(score(match.thresholds.suggest)), not grouped)")
            for pair in match.suggested { lines += self.pair(pair, shown: pair.score.value, evidence: evidence(pair.score)) }
        }
        if !match.contradictions.isEmpty {
            if !match.suggested.isEmpty { lines.append("") }
            lines.append("Contradiction candidates (the same figure of different referents; scored on words)")
            for pair in match.contradictions { lines += self.pair(pair, shown: pair.score.words, evidence: contradiction(pair.score)) }
        }
        guard !match.suggested.isEmpty || !match.contradictions.isEmpty else { return lines.joined(separator: "\n") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "3 groups, 12 suggested pairs, 1 contradiction candidate across 2,225 documents; showing
    /// the first 50 of each — --limit 0 for all".
    public func summary(_ match: ClaimMatch) -> String {
        let totals = match.totals
        var line = "\(Noun.count(totals.groups, "group")), \(Noun.count(totals.suggested, "suggested pair")), "
            + "\(Noun.count(totals.contradictions, "contradiction candidate")) across \(Noun.count(totals.documents, "document"))"
        if let queried = match.queried { line += " (\(Noun.count(queried.count, "document")) searched)" }
        let largest = max(totals.groups, totals.suggested, totals.contradictions)
        if match.limit > 0 && largest > match.limit { line += "; showing the first \(match.limit) of each — --limit 0 for all" }
        return line
    }

    /// A pair in five lines, after the score `shown` (its words' score for a contradiction).
    private func pair(_ pair: ClaimPair, shown: Double, evidence: String) -> [String] {
        ["  \(score(shown))  \(pair.first.reference)  \(verdict(pair.first))",
         "        \(pair.first.text)",
         "        \(pair.second.reference)  \(verdict(pair.second))",
         "        \(pair.second.text)",
         "        " + evidence]
    }

    private func contradiction(_ score: MatchScore) -> String {
        var parts: [String] = []
        if let figure = score.sharedFigure {
            parts.append("figure: \(figure.first.text) (\(figure.first.referent ?? "?")) ≠ \(figure.second.text) (\(figure.second.referent ?? "?"))")
        }
        let words = score.sharedWords.filter { !$0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        if !words.isEmpty { parts.append("words: " + words.prefix(8).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
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
