import AssayCore


/// One document's section of the HTML page: header, summary with charts, legend, the
/// highlighted text, and the claims, sources and numeric-estimates tables.
struct HTMLReportSection {
    let report: ReviewReport
    let anchors: HTMLAnchors
    let categories: HTMLCategories

    var html: String {
        let tables = HTMLTables(report: report, anchors: anchors, categories: categories)
        let body = [
            HTMLText.text("h1", [:], report.document.header.title ?? report.document.header.name),
            header,
            heading("Summary"), summary,
            heading("Document"), legend,
            HTMLText.element("div", ["class": "document"], highlightedText),
            heading("Claims"), tables.claims,
            heading("Sources"), tables.sources,
            heading("Numeric estimates"), tables.estimates,
        ] + (report.document.orphaned.isEmpty ? [] : [heading("Orphaned verdicts"), tables.orphaned])
        return HTMLText.element("section", ["class": "report", "id": anchors.section], "\n" + body.joined(separator: "\n") + "\n")
    }

    private func heading(_ title: String) -> String {
        HTMLText.text("h2", [:], title)
    }

    private var header: String {
        let header = report.document.header
        var rows: [(String, String)] = []
        if let url = header.url { rows.append(("Source URL", HTMLText.link(url, url: url))) }
        rows.append(("Read from", HTMLText.escape(header.source)))
        if let publisher = header.publisher { rows.append(("Publisher", HTMLText.escape(publisher))) }
        if let author = header.author { rows.append(("Author", HTMLText.escape(author))) }
        if let version = header.version {
            rows.append(("Version", HTMLText.escape(header.versions.map { "\(version) of \($0)" } ?? String(version))))
        } else {
            rows.append(("Version", "not stored in a workbench"))
        }
        rows.append(("Content hash", HTMLText.text("span", ["class": "hash"], header.contentHash)))
        if let fetchedFrom = header.fetchedFrom, let fetched = header.ingestedAt {
            rows.append(("Fetched", HTMLText.escape(fetched) + " from " + HTMLText.link(fetchedFrom, url: fetchedFrom)))
        } else if let ingested = header.ingestedAt {
            rows.append(("Ingested", HTMLText.escape(ingested)))
        }
        if let evidence = header.evidenceHash {
            rows.append(("Evidence", HTMLText.text("span", ["class": "hash"], AssertionID.shown(evidence))))
        }
        rows.append(("Analysts", HTMLText.escape(header.analysts.isEmpty ? "none yet" : header.analysts.joined(separator: ", "))))
        return HTMLText.element("dl", ["class": "meta"], rows.map { HTMLText.text("dt", [:], $0.0) + HTMLText.element("dd", [:], $0.1) }.joined())
    }

    private var summary: String {
        let summary = report.summary
        let findingCount = summary.findings.values.reduce(0, +)
        let figures: [(String, String)] = [
            (String(summary.assertions), summary.assertions == 1 ? "claim" : "claims"),
            (percent(summary.checkWorthyShare), "check-worthy (score ≥ \(ReviewReport.checkWorthyThreshold))"),
            ("\(summary.reviewed) (\(percent(summary.reviewedShare)))", "reviewed"),
            (String(findingCount), findingCount == 1 ? "standing finding" : "standing findings"),
            (String(summary.selfSourcedFigures), summary.selfSourcedFigures == 1 ? "self-sourced figure" : "self-sourced figures"),
            (String(summary.unattributedFigures), summary.unattributedFigures == 1 ? "unattributed figure" : "unattributed figures"),
        ]
        let list = HTMLText.element("ul", ["class": "figures"], figures.map { figure, label in
            HTMLText.element("li", [:], HTMLText.text("strong", [:], figure) + " " + HTMLText.escape(label))
        }.joined())
        let findings = categories.looks.filter { summary.findings[$0.category] != nil }.map { look in
            HTMLText.text("span", ["class": "swatch " + look.className], look.category)
                + " " + String(summary.findings[look.category] ?? 0)
        }
        let byCategory = HTMLText.element("p", ["class": "by-category"], HTMLText.escape("Findings by category: ")
            + (findings.isEmpty ? "none" : findings.joined(separator: " · ")))
        let charts = HTMLText.element("div", ["class": "charts"], [
            figure(HTMLChart.findingsPerParagraph(report.findingsPerParagraph) { position in
                anchors.paragraph(report.document.paragraphs.indices.contains(position) ? report.document.paragraphs[position].index : position)
            }, caption: "Standing findings per paragraph (select a column to go to its paragraph)"),
            figure(HTMLChart.verdicts(verdictsByRating), caption: "Current verdicts by rating"),
        ].joined())
        return list + byCategory + charts
    }

    /// The workbench's standard scale in order, then any other rating by name.
    private var verdictsByRating: [(rating: String, count: Int)] {
        let counts = report.summary.verdicts
        let standard = VerdictScale.standard.filter { counts[$0] != nil }
        let others = counts.keys.filter { !VerdictScale.standard.contains($0) }.sorted()
        return (standard + others).map { ($0, counts[$0] ?? 0) }
    }

    private func figure(_ chart: String, caption: String) -> String {
        HTMLText.element("figure", [:], chart + HTMLText.text("figcaption", [:], caption))
    }

    private func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    private var legend: String {
        let present = Set(report.document.findings.map(\.category))
        let items = categories.looks.filter { present.contains($0.category) }.map { look in
            HTMLText.element("li", [:], HTMLText.text("span", ["class": "swatch " + look.className], look.category)
                + HTMLText.escape(" (\(look.underline) underline)"))
        }
        let note = items.isEmpty ? "No standing findings." : "Highlights by category; hover over or focus (Tab) a highlight to read its rule’s message. Badges show the current verdict."
        return HTMLText.element("div", ["class": "legend", "role": "note"],
                                HTMLText.text("strong", [:], "Legend") + HTMLText.element("ul", [:], items.joined())
                                    + HTMLText.text("span", ["class": "note"], note))
    }

    private var highlightedText: String {
        HTMLHighlighter(categories: categories, anchors: anchors) { HTMLBadges.verdict($0, anchors: anchors) }
            .render(report.document)
    }
}
