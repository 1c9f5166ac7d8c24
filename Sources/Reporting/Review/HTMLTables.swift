import AssayCore
import Foundation

/// The claims, sources and numeric-estimates tables of one document's section.
struct HTMLTables {
    let report: ReviewReport
    let anchors: HTMLAnchors
    let categories: HTMLCategories

    /// Id, text, kind, score, flags, current verdict, analyst and citations of every assertion.
    var claims: String {
        guard !report.document.claims.isEmpty else { return HTMLText.text("p", ["class": "note"], "No claims.") }
        let rows = report.document.claims.map { claim in
            let verdict = claim.verdict
            return HTMLText.element("tr", ["id": anchors.row(claim.id)], [
                HTMLText.element("td", ["class": "id"], HTMLText.element("a", ["href": "#" + anchors.claim(claim.id)],
                                                                           HTMLText.escape(AssertionID.shown(claim.id)))),
                HTMLText.element("td", [:], HTMLText.escape(claim.text) + tags(claim.tags)),
                HTMLText.text("td", [:], claim.kind.rawValue + (claim.origin == .extractor ? "" : " (\(claim.origin.rawValue))")),
                HTMLText.text("td", ["class": "num"], String(format: "%.2f", claim.checkworthiness)),
                HTMLText.element("td", [:], flags(report.findings(of: claim))),
                HTMLText.element("td", [:], self.verdict(claim)),
                HTMLText.text("td", [:], verdict?.analyst ?? ""),
                HTMLText.element("td", [:], citations(report.document.citations[claim.id] ?? [])),
            ].joined())
        }
        return table("claims", ["Id", "Claim", "Kind", "Score", "Findings", "Verdict", "Analyst", "Citations"], numeric: [3], rows)
    }

    /// Who the document cites, how often, their Admiralty grade, and whether they are the publisher's own.
    var sources: String {
        guard !report.sources.isEmpty else { return HTMLText.text("p", ["class": "note"], "No attributed sources.") }
        let rows = report.sources.map { source in
            HTMLText.element("tr", [:], [
                HTMLText.text("td", [:], source.name),
                HTMLText.text("td", ["class": "num"], String(source.count)),
                HTMLText.text("td", ["title": source.reliability.flatMap { Self.grades[$0] }], source.reliability ?? "—"),
                HTMLText.text("td", [:], source.selfSourced ? "yes" : "no"),
                HTMLText.text("td", [:], source.wordings.joined(separator: "; ")),
            ].joined())
        }
        return table("sources", ["Source", "Cited", "Grade", "Publisher or affiliate", "As written"], numeric: [1], rows)
    }

    /// Every figure but dates: the figure, its bound, what it counts, who backs it, the verdict.
    var estimates: String {
        guard !report.estimates.isEmpty else { return HTMLText.text("p", ["class": "note"], "No numeric estimates.") }
        let rows = report.estimates.map { estimate in
            let figure = estimate.claim.map { HTMLText.element("a", ["href": "#" + anchors.claim($0)], HTMLText.escape(estimate.figure)) }
            return HTMLText.element("tr", [:], [
                HTMLText.element("td", [:], figure ?? HTMLText.escape(estimate.figure)),
                HTMLText.text("td", [:], estimate.bound),
                HTMLText.text("td", [:], estimate.referent ?? "—"),
                HTMLText.text("td", [:], attribution(estimate)),
                HTMLText.element("td", [:], estimate.verdict.map(HTMLBadges.rating) ?? ""),
            ].joined())
        }
        return table("estimates", ["Figure", "Bound", "Referent", "Attribution", "Verdict"], numeric: [], rows)
    }

    /// Verdicts whose claims this version no longer has: their last wording and verdict.
    var orphaned: String {
        let rows = report.document.orphaned.map { orphan in
            HTMLText.element("tr", [:], [
                HTMLText.text("td", ["class": "id"], AssertionID.shown(orphan.assertion)),
                HTMLText.text("td", [:], orphan.text),
                HTMLText.text("td", ["class": "num"], String(orphan.lastVersion)),
                HTMLText.element("td", [:], HTMLBadges.rating(orphan.verdict.rating)
                    + (orphan.verdict.note.map { HTMLText.text("div", ["class": "note"], $0) } ?? "")),
                HTMLText.text("td", [:], orphan.verdict.analyst),
            ].joined())
        }
        return HTMLText.text("p", ["class": "note"], "These claims are gone from this version, even reworded; their verdicts are kept here.")
            + table("orphaned", ["Id", "Last wording", "Last version", "Verdict", "Analyst"], numeric: [2], rows)
    }

    /// The Admiralty source-reliability scale.
    static let grades = ["A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
                         "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"]

    private func table(_ name: String, _ headings: [String], numeric: Set<Int>, _ rows: [String]) -> String {
        let head = headings.enumerated().map { HTMLText.text("th", ["class": numeric.contains($0) ? "num" : nil], $1) }.joined()
        return HTMLText.element("table", ["class": name], HTMLText.element("thead", [:], HTMLText.element("tr", [:], head))
            + HTMLText.element("tbody", [:], rows.joined(separator: "\n")))
    }

    private func tags(_ tags: [String]) -> String {
        tags.isEmpty ? "" : HTMLText.element("div", ["class": "tags"], HTMLText.escape("tags: " + tags.joined(separator: ", ")))
    }

    /// Each flag's rule in its category's look; the category and message on hover.
    private func flags(_ findings: [FindingEntry]) -> String {
        guard !findings.isEmpty else { return "" }
        return HTMLText.element("ul", [:], findings.map { finding in
            HTMLText.element("li", ["title": "\(finding.category): \(finding.message)"],
                             HTMLText.text("span", ["class": "swatch " + categories.className(finding.category)], finding.rule))
        }.joined())
    }

    private func verdict(_ claim: ReviewedAssertion) -> String {
        guard let verdict = claim.verdict else { return "" }
        var parts = [HTMLBadges.rating(verdict.rating)]
        if claim.needsReview { parts.append(HTMLText.text("div", ["class": "note"], "from an earlier wording: needs re-review")) }
        if let credibility = verdict.credibility { parts.append(HTMLText.escape("credibility \(credibility)")) }
        if let confidence = verdict.confidence { parts.append(HTMLText.escape("confidence \(confidence)")) }
        if let note = verdict.note, !note.isEmpty { parts.append(HTMLText.text("div", ["class": "note"], note)) }
        let history = report.document.verdicts[claim.id]
        for (analyst, rating) in AnalystDisagreement.ratings(of: claim, history: history) {
            parts.append(HTMLText.text("div", ["class": "note disagreement"], "\(analyst) disagrees: \(rating)"))
        }
        let earlier = (history?.standing.count ?? 1) - 1
        if earlier > 0 { parts.append(HTMLText.text("div", ["class": "note"], Noun.count(earlier, "earlier verdict"))) }
        let retracted = history?.count(where: \.isRetraction) ?? 0
        if retracted > 0 { parts.append(HTMLText.text("div", ["class": "note"], "\(Noun.count(retracted, "verdict")) taken back")) }
        return parts.joined(separator: " ")
    }

    /// Each citation's stance, title (a link only for an http(s) URL), publisher, date and quote.
    private func citations(_ citations: [CitationEntry]) -> String {
        guard !citations.isEmpty else { return "" }
        return HTMLText.element("ul", [:], citations.map { citation in
            var parts = [HTMLText.text("strong", [:], citation.stance)]
            if SafeURL.isHTTP(citation.url) {
                parts.append(HTMLText.link(citation.title ?? citation.url, url: citation.url))
            } else {
                let label = citation.title.map { "\($0) " } ?? ""
                parts.append(HTMLText.text("span", ["class": "unlinked", "title": "not a web address, so not a link"],
                                           label + "(\(citation.url))"))
            }
            let about = [citation.publisher, citation.published].compactMap { $0 }.filter { !$0.isEmpty }
            if !about.isEmpty { parts.append(HTMLText.escape("— " + about.joined(separator: ", "))) }
            if let quote = citation.quote, !quote.isEmpty { parts.append(HTMLText.text("q", [:], quote)) }
            return HTMLText.element("li", [:], parts.joined(separator: " "))
        }.joined())
    }

    private func attribution(_ estimate: EstimateRow) -> String {
        guard let source = estimate.source else { return estimate.attributed ? "attributed" : "unattributed" }
        return estimate.selfSourced ? "\(source) (publisher or affiliate)" : source
    }
}
