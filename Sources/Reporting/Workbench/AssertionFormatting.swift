import AssayCore

/// How claims read in text output: one-line forms.
public enum AssertionFormatting {
    /// `attribution×2 numeric` — standing flags by category.
    public static func flags(_ claim: ReviewedAssertion) -> String {
        claim.flags.sorted { $0.key < $1.key }.map { $0.value > 1 ? "\($0.key)×\($0.value)" : $0.key }.joined(separator: " ")
    }

    public static func verdict(_ verdict: VerdictEntry?) -> String {
        guard let verdict else { return "unreviewed" }
        return "\(verdict.rating) (\(verdict.analyst))"
    }

    /// The claim on one line, its text cut to `width` characters.
    public static func line(_ claim: ReviewedAssertion, width: Int) -> String {
        var head = "\(AssertionID.shown(claim.id))  \(pad(claim.kind.rawValue, 10)) \(String(format: "%.2f", claim.checkworthiness))  "
        head += pad(verdict(claim.verdict), 22)
        var tail = ""
        if !claim.flags.isEmpty { tail += "  ⚑ " + flags(claim) }
        if !claim.tags.isEmpty { tail += "  " + claim.tags.map { "#" + $0 }.joined(separator: " ") }
        if claim.dismissal != nil { tail += "  (dismissed)" }
        if claim.needsReview { tail += "  (re-review)" }
        if claim.origin == .analyst { tail += "  (added)" }
        let room = max(20, width - head.count - tail.count - 2)
        return head + " " + cut(claim.text, room) + tail
    }

    /// The text on one line, its invisible and control characters shown, cut to `room`.
    public static func cut(_ text: String, _ room: Int) -> String {
        let text = InvisibleCharacters.forTerminal(text)
        return text.count <= room ? text : String(text.prefix(max(1, room - 1))) + "…"
    }

    public static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
