import Foundation
import Reporting
import ReviewStore
import Testing

@Suite("Markdown report")
struct MarkdownReporterTests {
    @Test("a reviewed seed: header, summary, flagged quotes, the three tables")
    func seed() throws {
        let (_, report) = try SeedReports.reviewedSeed(0)
        let markdown = MarkdownReporter().render([report])
        #expect(markdown.hasPrefix("# Iran’s Regime Raises Domestic Repression Against the MEK\n"))
        #expect(markdown.contains("**Source:** [https://www.example.org/seed-0](https://www.example.org/seed-0)"))
        #expect(markdown.contains("**Analysts:** ann, bob"))
        #expect(markdown.contains("| Reviewed | 3 ("))
        for section in ["## Summary", "## The document", "## Claims", "## Sources", "## Numeric estimates"] {
            #expect(markdown.contains("\n\(section)\n"), "\(section)")
        }
        #expect(markdown.contains("> ⚑ info `numeric.hedged-estimate`: Hedged figure"))
        #expect(markdown.contains("| National Council of Resistance of Iran | "))
        #expect(markdown.contains("refutes: [Blood-soaked secrets](https://www.amnesty.org/en/documents/mde13/9421/2018/en/)"))
        // The note's markup is text, not HTML.
        #expect(markdown.contains("Checked &lt;b\\>against&lt;/b\\> \"Amnesty\" &amp; others"))
        #expect(!markdown.contains("<b>"))
        // One claims-table row per assertion.
        let rows = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == report.document.claims.count)
    }

    @Test("hostile text cannot become markup, links, HTML or extra table cells")
    func hostile() throws {
        let report = try SeedReports.unreviewed("""
            Headline

            Officials said <script>alert(1)</script> and <img src=x onerror=alert(1)> were found. \
            See [this](javascript:alert(1)) | and | pipes. A \u{202E}reversed\u{202C} word and a zero\u{200B}width space.
            """)
        let markdown = MarkdownReporter().render([report])
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("[this](javascript:"))
        #expect(markdown.contains("&lt;script\\>alert(1)&lt;/script\\>"))
        #expect(markdown.contains("\\[this\\]"))
        #expect(markdown.contains("⟨U+202E⟩reversed⟨U+202C⟩"))
        #expect(markdown.contains("zero⟨U+200B⟩width"))
        #expect(!markdown.unicodeScalars.contains("\u{202E}"))
        // A table row keeps its eight columns: the claim's pipes are escaped.
        for row in markdown.components(separatedBy: "\n") where row.hasPrefix("| `") {
            let cells = row.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 10, "\(row)")
        }
    }
}
