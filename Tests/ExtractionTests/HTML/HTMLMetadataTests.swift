import AssayCore
import Testing
@testable import Extraction

@Suite("HTML metadata")
struct HTMLMetadataTests {
    @Test("title, author, date, canonical URL and site name from a typical head")
    func typicalHead() {
        let html = """
        <!DOCTYPE html>
        <html><head>
          <META charset="utf-8">
          <title>
            Rally &amp; March —   Report
          </title>
          <meta name="Author" content="Jane Doe">
          <meta property="article:published_time" content="2024-05-01T10:00:00Z">
          <meta property="og:title" content="OG title">
          <meta property="og:url" content="https://example.com/og">
          <meta property="og:site_name" content="Example News">
          <link rel="stylesheet" href="/s.css">
          <LINK REL="Canonical" HREF="https://example.com/a?x=1&amp;y=2">
        </head><body><p>Text</p></body></html>
        """
        #expect(HTMLProbe.metadata(html) == DocumentMetadata(
            title: "Rally & March — Report", author: "Jane Doe", date: "2024-05-01T10:00:00Z",
            url: "https://example.com/a?x=1&y=2", siteName: "Example News"))
        #expect(HTMLProbe.texts(html) == ["Text"])
    }

    @Test("og:title and og:url stand in when there is no title or canonical link")
    func fallbacks() {
        let html = #"<meta property="og:title" content="OG title"><meta property="og:url" content="https://e.com/x">"#
        #expect(HTMLProbe.metadata(html) == DocumentMetadata(title: "OG title", url: "https://e.com/x"))
        #expect(HTMLProbe.metadata("<title> </title><meta property=og:title content=Fallback>").title == "Fallback")
        // The title wins over og:title and the canonical link over og:url, whatever the order.
        let reversed = #"<meta property=og:title content=OG><meta property=og:url content=u1><title>T</title><link rel=canonical href=u2>"#
        #expect(HTMLProbe.metadata(reversed) == DocumentMetadata(title: "T", url: "u2"))
    }

    @Test("every date and author source is read", arguments: [
        (#"<meta name="date" content="2020-01-02">"#, "2020-01-02"),
        (#"<meta name="pubdate" content="2020-01-03">"#, "2020-01-03"),
        (#"<meta itemprop="datePublished" content="2020-01-04">"#, "2020-01-04"),
        (#"<meta property="article:published_time" content="2020-01-05">"#, "2020-01-05"),
    ])
    func dates(html: String, date: String) {
        #expect(HTMLProbe.metadata(html).date == date)
    }

    @Test("article:author is read as the author")
    func articleAuthor() {
        #expect(HTMLProbe.metadata(#"<meta property="article:author" content="A. Writer">"#).author == "A. Writer")
    }

    @Test("only the first value of each field is kept")
    func firstWins() {
        let html = """
        <title>First</title><title>Second</title>
        <meta name=author content=One><meta name=author content=Two>
        <meta name=date content=d1><meta property=article:published_time content=d2>
        <link rel=canonical href=c1><link rel=canonical href=c2>
        <meta property=og:site_name content=s1><meta property=og:site_name content=s2>
        """
        #expect(HTMLProbe.metadata(html) == DocumentMetadata(title: "First", author: "One", date: "d1", url: "c1", siteName: "s1"))
    }

    @Test("empty content is ignored; meta without a content attribute is ignored")
    func emptyValues() {
        let html = #"<meta name=author content="  "><meta name=author><meta name=author content="Real">"#
        #expect(HTMLProbe.metadata(html).author == "Real")
    }

    @Test("metadata inside dropped content other than head is not read")
    func droppedMetadata() {
        let html = "<svg><title>Icon</title></svg><nav><meta name=author content=Nav></nav><title>Page</title>"
        #expect(HTMLProbe.metadata(html) == DocumentMetadata(title: "Page"))
    }

    @Test("a title in the body still counts and is not text")
    func titleInBody() {
        let document = HTMLConverter.convert("<body><p>a</p><title>Late</title><p>b</p></body>")
        #expect(document.metadata.title == "Late")
        #expect(document.blocks.map(\.text) == ["a", "b"])
    }

    @Test("no metadata in a document without any")
    func none() {
        #expect(HTMLProbe.metadata("<p>Hello</p>") == DocumentMetadata())
    }
}
