/// The report's stylesheet, inline in the page. Meaning never rests on colour alone: categories
/// also differ by underline style, verdict badges carry their rating as text, and charts have
/// printed labels. Print rules keep tables whole where they can and repeat their headings.
/// Each block of user text takes its direction from its own first letter (an Arabic paragraph
/// reads right to left) and claims, flags and links are isolated, so right-to-left text cannot
/// reorder the report's text around it.
enum HTMLStyle {
    /// Ratings of the standard verdict scale and their colours; other ratings are grey.
    static let verdictColours: [(rating: String, colour: String)] = [
        ("accurate", "#1b7a3d"), ("mostly-accurate", "#4d8a1f"), ("mixed", "#9a6b00"), ("misleading", "#c25400"),
        ("inaccurate", "#b3261e"), ("unsupported", "#5f5f5f"), ("not-checkable", "#7a7a7a"),
    ]

    static func css(categories: HTMLCategories) -> String {
        [base, verdicts, categories.css, print].joined(separator: "\n")
    }

    private static var verdicts: String {
        verdictColours.map { entry in
            ".badge.verdict-\(entry.rating){color:\(entry.colour);background:\(entry.colour)1a}"
                + ".chart .verdict-\(entry.rating){fill:\(entry.colour)}"
        }.joined(separator: "\n")
    }

    private static let base = """
        :root{color-scheme:light}
        body{font:16px/1.6 Georgia,"Times New Roman",serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
        h1,h2,h3,table,nav,footer,figcaption,.meta,.figures,.by-category,.legend,.badge,.note{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        h1{font-size:1.6rem;line-height:1.25;margin:0 0 .6rem}
        h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
        a{color:#0b57a4}
        .para,h1,dd,td,th,figcaption{unicode-bidi:plaintext}
        span.claim,mark.flag,a,.badge{unicode-bidi:isolate}
        section.report+section.report{border-top:4px double #999;margin-top:3rem;padding-top:1rem}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.9rem;margin:0}
        dl.meta dt{color:#555}
        dl.meta dd{margin:0;overflow-wrap:anywhere}
        .hash,.id{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em;overflow-wrap:anywhere}
        ul.figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.6rem;font-size:.95rem}
        ul.figures strong{font-size:1.15rem}
        .charts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}
        figure{margin:.5rem 0}
        figcaption{font-size:.85rem;color:#444}
        svg.chart{max-width:100%;height:auto}
        .chart .bar{fill:#0072B2}
        .chart .axis{stroke:#777;stroke-width:1}
        .chart .label{font:11px system-ui,sans-serif;fill:#333}
        .chart .end{text-anchor:end}
        .legend{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;align-items:baseline;padding:.4rem .6rem;border:1px solid #ddd;border-radius:4px}
        .legend ul{display:contents}
        .legend li{list-style:none}
        .swatch{padding:0 .2rem}
        .note{font-size:.85em;color:#555}
        .document{padding:.2rem 0}
        .para{margin:.7rem 0}
        .role-title{font-size:1.3rem;font-weight:bold}
        .role-heading{font-weight:bold;font-size:1.1rem}
        .role-listitem{margin-left:1.5rem}
        .role-listitem::before{content:"\\2022  ";margin-left:-1rem}
        .role-listitem.marked::before{content:none}
        blockquote.para{margin-left:1.5rem;padding-left:.8rem;border-left:3px solid #ccc}
        pre.para{white-space:pre-wrap;font-size:.9rem}
        span.claim:target{outline:2px dashed #888;outline-offset:2px}
        mark.flag{color:inherit;padding:0 1px;border-radius:2px;cursor:help;position:relative}
        mark.flag mark.flag{text-underline-offset:5px}
        mark.flag mark.flag mark.flag{text-underline-offset:8px}
        mark.flag.sev-error{font-weight:600}
        mark.flag:hover,mark.flag:focus{outline:2px solid #333;outline-offset:1px}
        mark.flag:focus::after{content:attr(title);position:absolute;left:0;top:calc(100% + 4px);z-index:10;width:max-content;max-width:28rem;padding:.3rem .5rem;background:#222;color:#fff;font:13px/1.4 system-ui,sans-serif;font-weight:normal;border-radius:4px;white-space:normal}
        .badge{display:inline-block;font-size:.78em;line-height:1.3;padding:0 .4rem;margin:0 .2rem;border:1px solid currentColor;border-radius:.7rem;color:#444;background:#f3f3f3;text-decoration:none;vertical-align:.12em;white-space:nowrap}
        table{border-collapse:collapse;width:100%;font-size:.84rem;margin:.5rem 0}
        th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
        th{background:#f2f2f2}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        th,td{overflow-wrap:break-word}
        td .badge{white-space:normal;max-width:100%}
        table.claims{table-layout:fixed}
        table.claims th:nth-child(1){width:9%}
        table.claims th:nth-child(2){width:26%}
        table.claims th:nth-child(3){width:9%}
        table.claims th:nth-child(4){width:6%}
        table.claims th:nth-child(5){width:16%}
        table.claims th:nth-child(6){width:13%}
        table.claims th:nth-child(7){width:8%}
        table.claims th:nth-child(8){width:13%}
        td.id{overflow-wrap:anywhere}
        td ul{margin:0;padding-left:1rem}
        table.claims td:nth-child(5) ul{list-style:none;padding:0}
        .tags{color:#555;font-size:.8rem}
        .unlinked{overflow-wrap:anywhere;color:#555}
        q{font-style:italic}
        footer{margin-top:3rem;font-size:.8rem;color:#666}
        """

    private static let print = """
        @media print{
        body{margin:0;max-width:none;font-size:10.5pt}
        table{font-size:7.5pt}
        a{color:inherit}
        td a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
        h1,h2{break-after:avoid}
        tr,figure,.legend{break-inside:avoid}
        thead{display:table-header-group}
        mark.flag,.swatch,.badge,.chart{print-color-adjust:exact;-webkit-print-color-adjust:exact}
        mark.flag:focus::after{display:none}
        section.report+section.report{break-before:page;border-top:none}
        }
        """
}
