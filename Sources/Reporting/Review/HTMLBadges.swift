import AssayCore


/// Verdict badges: the rating as text in a coloured pill, so it reads without colour too.
enum HTMLBadges {
    /// The badge after an assertion in the text, linking to its row in the claims table.
    static func verdict(_ claim: ReviewedAssertion, anchors: HTMLAnchors) -> String? {
        guard let verdict = claim.verdict else { return nil }
        var title = "verdict: \(verdict.rating) by \(verdict.analyst)"
        if let note = verdict.note, !note.isEmpty { title += " — \(note)" }
        return HTMLText.element("a", ["class": className(verdict.rating), "href": "#" + anchors.row(claim.id), "title": title],
                                HTMLText.escape(verdict.rating))
    }

    /// A badge without a link, for tables.
    static func rating(_ rating: String) -> String {
        HTMLText.text("span", ["class": className(rating)], rating)
    }

    private static func className(_ rating: String) -> String {
        "badge verdict-" + HTMLText.className(rating)
    }
}
