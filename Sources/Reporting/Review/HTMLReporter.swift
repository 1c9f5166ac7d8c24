import AssayCore

/// The report as one self-contained HTML page: its CSS inline, no script, and a Content
/// Security Policy that forbids loading or running anything, so even a mistake in escaping
/// could not reach the network. One section per document. The markup is also well-formed XML
/// (every element closed, attributes quoted, only the five XML entities), so it can be checked
/// with an XML parser. Every piece of document, note, citation and registry text is escaped;
/// only http(s) citation and document URLs become links.
public struct HTMLReporter: ReviewReporter {
    public let fileExtension = "html"

    /// No network, no script, no frames: only the inline stylesheet and `data:` images.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    public init() {}

    public func render(_ reports: [ReviewReport]) -> String {
        let categories = HTMLCategories(reports.flatMap { $0.document.findings.map(\.category) })
        let sections = reports.enumerated().map { position, report in
            HTMLReportSection(report: report, anchors: HTMLAnchors(position: position), categories: categories).html
        }
        let head = [
            HTMLText.element("meta", ["charset": "utf-8"], nil),
            HTMLText.element("meta", ["http-equiv": "Content-Security-Policy", "content": Self.contentSecurityPolicy], nil),
            HTMLText.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"], nil),
            HTMLText.element("meta", ["name": "generator", "content": "\(AssayVersion.name) \(AssayVersion.current)"], nil),
            HTMLText.text("title", [:], title(reports)),
            HTMLText.element("style", [:], "\n" + HTMLStyle.css(categories: categories) + "\n"),
        ]
        let body = [contents(reports)] + (sections.isEmpty ? [HTMLText.text("p", [:], "No documents.")] : sections) + [
            HTMLText.text("footer", [:], "Review report by \(AssayVersion.name) \(AssayVersion.current)."),
        ]
        return "<!DOCTYPE html>\n"
            + HTMLText.element("html", ["lang": "en"],
                               "\n" + HTMLText.element("head", [:], "\n" + head.joined(separator: "\n") + "\n")
                                   + "\n" + HTMLText.element("body", [:], "\n" + body.joined(separator: "\n") + "\n") + "\n")
            + "\n"
    }

    private func title(_ reports: [ReviewReport]) -> String {
        guard reports.count == 1, let header = reports.first?.document.header else {
            return "Review report: \(Noun.count(reports.count, "document"))"
        }
        return "Review report: " + (header.title ?? header.name)
    }

    /// A list of the documents when there are several.
    private func contents(_ reports: [ReviewReport]) -> String {
        guard reports.count > 1 else { return "" }
        let items = reports.enumerated().map { position, report in
            HTMLText.element("li", [:], HTMLText.element("a", ["href": "#" + HTMLAnchors(position: position).section],
                                                         HTMLText.escape(report.document.header.title ?? report.document.header.name)))
        }
        return HTMLText.element("nav", [:], HTMLText.text("h1", [:], title(reports)) + HTMLText.element("ol", [:], items.joined()))
    }
}
