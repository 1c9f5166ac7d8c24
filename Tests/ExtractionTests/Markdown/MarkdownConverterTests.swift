import AssayCore
import Testing
@testable import Extraction

@Suite("Markdown to text")
struct MarkdownConverterTests {
    private func texts(_ markdown: String) -> [String] {
        MarkdownConverter.convert(markdown).blocks.map { String(decoding: DocumentAssembler.collapsedWhitespace($0.text), as: UTF8.self) }
    }

    private func roles(_ markdown: String) -> [ParagraphRole] {
        MarkdownConverter.convert(markdown).blocks.map(\.role)
    }

    @Test("inline markup is stripped", arguments: [
        ("The **NCRI** and __MEK__ met *today* and _then_ ~~never~~ left.", "The NCRI and MEK met today and then never left."),
        ("Use `a*b` and ``x ` y`` here.", "Use a*b and x ` y here."),
        ("A [link](https://x.y \"title\") and ![an image](i.png) and [ref][id] and [short][].", "A link and an image and ref and short."),
        ("Escaped \\*stars\\* and \\_under\\_ and \\# hash.", "Escaped *stars* and _under_ and # hash."),
        ("2 * 3 = 6 and snake_case_name stay.", "2 * 3 = 6 and snake_case_name stay."),
        ("See <https://example.org> now.", "See https://example.org now."),
        ("Fish &amp; chips &lt;3 &#8212; &#x2014; &bogus; done", "Fish & chips <3 — — &bogus; done"),
    ])
    func inline(markdown: String, expected: String) {
        #expect(texts(markdown) == [expected])
    }

    @Test("raw HTML never passes through; script and style content is removed")
    func rawHTML() {
        let blocks = texts("Hello <span class=x>world</span><script>alert(1)</script><style>p{}</style> <img src=x onerror=alert(1)> end.\n\n[x](javascript:alert(1))")
        #expect(blocks == ["Hello world end.", "x"])
    }

    @Test("headings, setext headings, lists (item numbers kept), quotes, code, tables; bullets, breaks and reference definitions dropped")
    func structure() {
        let markdown = """
        # Title #

        Setext Heading
        --------------

        - [x] done item
          continued line
        2) second

        > quoted
        > more
        >
        > > nested

        ***

        [id]: https://example.org "x"

        | Name | Count |
        |------|------:|
        | MEK  | 42    |

            indented code

        ~~~
        fenced code
        ~~~
        """
        #expect(texts(markdown) == ["Title", "Setext Heading", "done item continued line", "2) second", "quoted more",
                                    "nested", "Name · Count", "MEK · 42", "indented code", "fenced code"])
        #expect(roles(markdown) == [.heading, .heading, .listItem, .listItem, .quote, .quote, .paragraph, .paragraph, .code, .code])
    }

    @Test("front matter gives metadata; otherwise the first level-1 heading is the title")
    func metadata() {
        let withFrontMatter = MarkdownConverter.convert("---\ntitle: \"Rally\"\nauthor: A. Writer\ndate: 2020-07-17\nurl: https://x.y/z\n---\n# Other\n")
        #expect(withFrontMatter.metadata == DocumentMetadata(title: "Rally", author: "A. Writer", date: "2020-07-17", url: "https://x.y/z"))
        #expect(MarkdownConverter.convert("Intro\n\n# The *Real* Title\n").metadata.title == "The Real Title")
    }

    @Test("block lines record where they start")
    func lines() {
        #expect(MarkdownConverter.convert("# A\n\ntext\nmore\n\n- item").blocks.map(\.line) == [1, 3, 6])
    }

    @Test("hostile input finishes: deep quotes, an unclosed fence, a long line of markup characters")
    func hostile() {
        #expect(texts(String(repeating: ">", count: 100_000) + " deep") == ["deep"])
        #expect(MarkdownConverter.convert("```\nnever closed\nstill code").blocks.map(\.text) == ["never closed\nstill code"])
        let markup = String(repeating: "*[_`<&", count: 20_000)
        #expect(!texts(markup).isEmpty)
        #expect(texts("<!-- hidden\nstill hidden -->\nShown.") == ["Shown."])
    }
}
