import AssayCore

/// What a verdict says besides its rating: the Admiralty credibility of the information (1–6)
/// and how sure the analyst is (low, medium, high). Either may be unset.
struct VerdictGrade: Equatable {
    var credibility: Int?
    var confidence: String?

    /// What credibility 1 to 6 means.
    static let credibilityMeanings = ["confirmed", "probably true", "possibly true", "doubtful", "improbable", "cannot be judged"]

    init(credibility: Int? = nil, confidence: String? = nil) {
        self.credibility = credibility
        self.confidence = confidence
    }

    init(of verdict: VerdictEntry) {
        self.init(credibility: verdict.credibility, confidence: verdict.confidence)
    }

    var isEmpty: Bool { credibility == nil && confidence == nil }

    /// This grade with the parts `change` sets.
    func changed(by change: VerdictGrade) -> VerdictGrade {
        VerdictGrade(credibility: change.credibility ?? credibility, confidence: change.confidence ?? confidence)
    }

    /// `credibility 4 (doubtful) · confidence medium`, of the parts that are set.
    var description: String {
        var parts: [String] = []
        if let credibility {
            let meaning = Self.credibilityMeanings.indices.contains(credibility - 1) ? " (\(Self.credibilityMeanings[credibility - 1]))" : ""
            parts.append("credibility \(credibility)\(meaning)")
        }
        if let confidence { parts.append("confidence \(confidence)") }
        return parts.joined(separator: " · ")
    }

    /// `‘misleading’`, or `‘misleading’ with credibility 4 (doubtful)`: a verdict in a message.
    static func describe(_ verdict: VerdictEntry) -> String {
        let grade = VerdictGrade(of: verdict)
        return "‘\(verdict.rating)’" + (grade.isEmpty ? "" : " with \(grade.description)")
    }
}
