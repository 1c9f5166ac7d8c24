import AssayCore
import Testing
import TestSupport
@testable import Extraction

/// Each input format end to end through the extractor: structure, metadata, boilerplate and spans.
@Suite("Input formats")
struct FormatExtractionTests {
    private let html = """
    <!DOCTYPE html>
    <html><head>
      <title>Iran&rsquo;s Regime Raises Repression</title>
      <meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2020-07-10">
      <link rel="canonical" href="https://example.org/story">
      <style>p { color: red }</style>
      <script>alert("x. Y. Z.")</script>
    </head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <h1>Iran&rsquo;s Regime Raises Repression</h1>
      <p>On July 17, advocates will gather&nbsp;online. The event,
         organized by the <b>NCRI</b>, replaces the rally.</p>
      <ul><li>Five-hundred grams of TATP was found</li><li>Three were arrested</li></ul>
      <p>Exit mobile version</p>
      <aside>Related: other stories. Read more.</aside>
      <footer>&copy; 2020 NCRI. All rights reserved.</footer>
    </body></html>
    """

    @Test("HTML: scripts, styles, nav, aside and footer dropped; blocks and metadata kept")
    func htmlDocument() {
        let document = Extractor().extract(text: html, source: "page.html", format: .html)
        #expect(document.metadata.title == "Iran’s Regime Raises Repression")
        #expect(document.metadata.author == "Jane Doe")
        #expect(document.metadata.date == "2020-07-10")
        #expect(document.metadata.url == "https://example.org/story")
        #expect(document.sentences.map(\.text) == [
            "Iran’s Regime Raises Repression",
            "On July 17, advocates will gather online.",
            "The event, organized by the NCRI, replaces the rally.",
            "Five-hundred grams of TATP was found",
            "Three were arrested",
        ])
        #expect(document.paragraphs.map(\.role) == [.heading, .paragraph, .listItem, .listItem])
        #expect(document.boilerplate.map(\.text) == ["Exit mobile version"])
        #expect(!document.text.contains("alert"))
        #expect(!document.text.contains("Home"))
    }

    @Test("HTML is recognised on standard input without an extension")
    func htmlSniffed() throws {
        let document = try Extractor().extract(bytes: Array(html.utf8), source: "-", format: nil)
        #expect(document.format == .html)
        #expect(document.metadata.title == "Iran’s Regime Raises Repression")
    }

    private let markdown = """
    ---
    title: The Free Iran Rally
    author: Analyst
    ---

    # The Free Iran Rally

    The **NCRI** held a [rally](https://example.org) in *Paris*. It drew
    large crowds.

    ## Claims

    - As many as 100,000 attended
    - Hundreds of dignitaries spoke

    > Western nations have a moral duty.

    ```
    code. Not. Prose.
    ```

    <script>alert(1)</script>
    """

    @Test("Markdown: markup stripped, headings and list items their own units, code kept out of sentences")
    func markdownDocument() {
        let document = Extractor().extract(text: markdown, source: "notes.md", format: .markdown)
        #expect(document.metadata.title == "The Free Iran Rally")
        #expect(document.sentences.map(\.text) == [
            "The Free Iran Rally",
            "The NCRI held a rally in Paris.",
            "It drew large crowds.",
            "Claims",
            "As many as 100,000 attended",
            "Hundreds of dignitaries spoke",
            "Western nations have a moral duty.",
        ])
        #expect(document.paragraphs.map(\.role) == [.heading, .paragraph, .heading, .listItem, .listItem, .quote, .code])
        #expect(!document.text.contains("alert"))
        #expect(!document.text.contains("**"))
    }

    @Test("Markdown is recognised without an extension")
    func markdownSniffed() throws {
        let document = try Extractor().extract(bytes: Array(markdown.utf8), source: "-", format: nil)
        #expect(document.format == .markdown)
    }

    @Test("spans slice the text exactly in every format", arguments: [DocumentFormat.html, .markdown])
    func spans(format: DocumentFormat) {
        let document = Extractor().extract(text: format == .html ? html : markdown, source: "x", format: format)
        for assertion in document.assertions {
            #expect(scalarSlice(document.text, assertion.start, assertion.end) == assertion.text)
        }
    }
}
