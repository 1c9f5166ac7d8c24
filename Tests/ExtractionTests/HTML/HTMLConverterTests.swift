import AssayCore
import Testing
@testable import Extraction

@Suite("HTML converter: blocks, roles, dropped content")
struct HTMLConverterTests {
    @Test("each block element gives its role", arguments: [
        ("<h1>Head</h1>", ParagraphRole.heading),
        ("<h2>Head</h2>", .heading),
        ("<h3>Head</h3>", .heading),
        ("<h4>Head</h4>", .heading),
        ("<h5>Head</h5>", .heading),
        ("<h6>Head</h6>", .heading),
        ("<ul><li>Item</li></ul>", .listItem),
        ("<ol><li>Item</li></ol>", .listItem),
        ("<dl><dt>Item</dt></dl>", .listItem),
        ("<dl><dd>Item</dd></dl>", .listItem),
        ("<blockquote>Quoted</blockquote>", .quote),
        ("<pre>let x = 1</pre>", .code),
        ("<p>Text</p>", .paragraph),
        ("<div>Text</div>", .paragraph),
        ("<section>Text</section>", .paragraph),
        ("<article>Text</article>", .paragraph),
        ("<main>Text</main>", .paragraph),
        ("<header>Text</header>", .paragraph),
        ("<figure>Text</figure>", .paragraph),
        ("<figcaption>Text</figcaption>", .paragraph),
        ("<table><caption>Text</caption></table>", .paragraph),
        ("<table><tr><td>Text</td></tr></table>", .paragraph),
        ("<table><tr><th>Text</th></tr></table>", .paragraph),
        ("<address>Text</address>", .paragraph),
        ("<details><summary>Text</summary></details>", .paragraph),
        ("Bare text", .paragraph),
    ])
    func role(html: String, role: ParagraphRole) {
        #expect(HTMLProbe.blocks(html).map(\.role) == [role])
        #expect(HTMLProbe.blocks(html).count == 1)
    }

    @Test("block elements separate blocks; inline elements only contribute text")
    func blockBoundaries() {
        let html = """
        <p>One <b>bold</b>, <i>italic</i>, <em>em</em>, <a href="/x">link</a> and <code>code</code>.</p>\
        <div>Two<span>three</span></div>Four<br>Five<hr>Six\
        <table><tr><td>A</td><td>B</td></tr></table>
        """
        #expect(HTMLProbe.texts(html) == [
            "One bold, italic, em, link and code.", "Twothree", "Four", "Five", "Six", "A", "B",
        ])
    }

    @Test("nested blocks take the role of the innermost role-giving element")
    func nestedRoles() {
        let html = """
        <blockquote><p>First</p><p>Second</p><pre>code</pre></blockquote>\
        <ul><li><p>Point</p></li><li>Item<ul><li>Sub</li></ul>Tail</li></ul>\
        <p>After</p>
        """
        #expect(HTMLProbe.blocks(html) == [
            HTMLProbe.Block("First", .quote, line: 1), HTMLProbe.Block("Second", .quote, line: 1),
            HTMLProbe.Block("code", .code, line: 1), HTMLProbe.Block("Point", .listItem, line: 1),
            HTMLProbe.Block("Item", .listItem, line: 1), HTMLProbe.Block("Sub", .listItem, line: 1),
            HTMLProbe.Block("Tail", .listItem, line: 1), HTMLProbe.Block("After", line: 1),
        ])
    }

    @Test("unclosed list items, paragraphs and cells close as in browsers")
    func impliedEnds() {
        let html = "<ul><li>One<li>Two</ul><p>After<p>Next<h2>Head<h3>Sub</h3><table><tr><td>A<td>B</table><p>End"
        #expect(HTMLProbe.blocks(html).map { "\($0.role):\($0.text)" } == [
            "listItem:One", "listItem:Two", "paragraph:After", "paragraph:Next",
            "heading:Head", "heading:Sub", "paragraph:A", "paragraph:B", "paragraph:End",
        ])
        #expect(HTMLProbe.roles("<dl><dt>Term<dd>Definition</dl><p>After") == [.listItem, .listItem, .paragraph])
    }

    @Test("stray end tags are ignored; </p> and </br> still break")
    func strayEndTags() {
        #expect(HTMLProbe.texts("a</div>b</nav>c</li>d") == ["abcd"])
        #expect(HTMLProbe.texts("a</p>b</br>c") == ["a", "b", "c"])
        #expect(HTMLProbe.roles("<li>Item</ul>text") == [.listItem])
    }

    @Test("dropped elements lose their whole subtree", arguments: [
        "script", "style", "nav", "footer", "aside", "noscript", "template", "svg", "math",
        "iframe", "object", "button", "select", "textarea", "canvas", "video", "audio",
    ])
    func dropped(element: String) {
        let html = "<p>Before</p><\(element) class=x><div><p>Hidden <b>text</b></p></div></\(element)><p>After</p>"
        #expect(HTMLProbe.texts(html) == ["Before", "After"])
    }

    @Test("a page wrapped in one <form> (ASP.NET WebForms) keeps its article")
    func formKept() {
        #expect(HTMLProbe.texts("<form action=x><p>The article.</p><button>Send</button></form>") == ["The article."])
    }

    @Test("nested dropped elements of the same name are counted")
    func nestedDropped() {
        #expect(HTMLProbe.texts("<nav>a<nav>b</nav>c</nav><p>Kept</p>") == ["Kept"])
        #expect(HTMLProbe.texts("<svg><g><svg><text>x</text></svg><text>y</text></g></svg>Kept") == ["Kept"])
        #expect(HTMLProbe.texts("<nav>a<aside>b</nav>c") == ["c"])
    }

    @Test("a dropped block element separates text; a dropped inline one does not")
    func droppedBoundaries() {
        #expect(HTMLProbe.texts("Before<nav>menu</nav>after") == ["Before", "after"])
        #expect(HTMLProbe.texts("Be<script>x</script>fore") == ["Before"])
        #expect(HTMLProbe.texts("Pick <select><option>One<option>Two</select> now") == ["Pick now"])
    }

    @Test("an unclosed dropped element runs to the end; a self-closed one is empty")
    func unclosedDropped() {
        #expect(HTMLProbe.texts("<p>Kept</p><nav><p>menu</p><p>more") == ["Kept"])
        #expect(HTMLProbe.texts("<p>Kept</p><script>var x = '<p>';") == ["Kept"])
        #expect(HTMLProbe.texts("<nav/><p>Kept</p><svg/>Tail") == ["Kept", "Tail"])
    }

    @Test("head is dropped, and ends at the body or at body content when unclosed")
    func head() {
        #expect(HTMLProbe.texts("<html><head><title>T</title><style>p{}</style></head><body><p>Body</p></body></html>")
                == ["Body"])
        #expect(HTMLProbe.texts("<head><title>T</title><meta charset=utf-8><p>Body") == ["Body"])
        #expect(HTMLProbe.texts("<head><title>T</title>\n Loose text<p>Body") == ["Loose text", "Body"])
        #expect(HTMLProbe.texts("<head><link rel=x></body>After") == ["After"])
    }

    @Test("an option's skipping ends at a block, so a stray option does not swallow the page")
    func strayOption() {
        #expect(HTMLProbe.texts("<option>Choice<p>Kept</p>") == ["Kept"])
        #expect(HTMLProbe.texts("<div><option>Choice</div>Kept") == ["Kept"])
    }

    @Test("whitespace: blank blocks are not emitted; pre keeps its text")
    func whitespace() {
        #expect(HTMLProbe.texts("<p>  </p><p>&nbsp;</p><p>\n\t</p><div> <span> </span> </div><p>x</p>") == ["x"])
        let blocks = HTMLConverter.convert("<pre>\n  if x {\n      y()\n  }<br>z</pre>").blocks
        #expect(blocks == [TextBlock("\n  if x {\n      y()\n  }\nz", role: .code, line: 2)])
        #expect(HTMLConverter.convert("<p>a\n  b</p>").blocks == [TextBlock("a\n  b", line: 1)])
    }

    @Test("&nbsp; becomes U+00A0 in the block text")
    func nbsp() {
        #expect(HTMLConverter.convert("<p>a&nbsp;b</p>").blocks.map(\.text) == ["a\u{A0}b"])
    }

    @Test("CDATA sections are literal text")
    func cdata() {
        #expect(HTMLProbe.texts("<p>a <![CDATA[x < y &amp; z]]> b</p>") == ["a x < y &amp; z b"])
    }

    @Test("line is where the block's first text character is")
    func lines() {
        let html = """
        <html>
        <body>
        <h1>
          Title
        </h1>
        <p>First
        paragraph</p>

        <!-- a
        comment -->
        <ul>
          <li>One</li><li>
        Two</li>
        </ul>
        <p>&nbsp;
        &amp; more</p>
        <script>
        x
        </script><p title="a
        b">After attribute</p>
        """
        #expect(HTMLProbe.blocks(html).map(\.line) == [4, 6, 12, 13, 16, 20])
        #expect(HTMLProbe.blocks(html).map(\.text) == [
            "Title", "First paragraph", "One", "Two", "& more", "After attribute",
        ])
    }

    @Test("no title blocks: the title goes in the metadata")
    func noTitleBlocks() {
        let document = HTMLConverter.convert("<title>Page</title><h1>Headline</h1>")
        #expect(document.blocks == [TextBlock("Headline", role: .heading, line: 1)])
        #expect(document.metadata.title == "Page")
    }
}
