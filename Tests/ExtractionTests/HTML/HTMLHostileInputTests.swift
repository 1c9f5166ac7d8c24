import AssayCore
import Testing
@testable import Extraction

@Suite("HTML converter on hostile and malformed input")
struct HTMLHostileInputTests {
    @Test("hostile markup yields only its visible text", arguments: [
        ("<script>alert(1)</script>", [String]()),
        ("<img src=x onerror=alert(1)>", []),
        (#"<a href="javascript:alert(1)">click</a>"#, ["click"]),
        ("a < b and c > d", ["a < b and c > d"]),
        ("<p>Kept</p><!-- unterminated <p>hidden</p>", ["Kept"]),
        ("<p>Kept</p><p class=\"unterminated", ["Kept"]),
        ("<p>Kept<p", ["Kept"]),
        (#"<p title="a > b" data-x='<script>'>Text</p>"#, ["Text"]),
        ("<scr<script>ipt>alert(1)</script>", ["ipt>alert(1)"]),
        ("<SCRIPT>alert(1)</SCRIPT >After", ["After"]),
        ("<style>body{}</style><p>x</p>", ["x"]),
        ("<svg onload=alert(1)><script>alert(1)</script></svg>Text", ["Text"]),
        ("<iframe src=evil><p>fallback</p></iframe>Text", ["Text"]),
        ("<noscript><p>Enable JS</p></noscript>Text", ["Text"]),
        ("<!DOCTYPE html><html><body>&lt;script&gt;alert(1)&lt;/script&gt;</body></html>", ["<script>alert(1)</script>"]),
        ("", []),
        ("<", ["<"]),
        ("&", ["&"]),
        ("<<<>>>", ["<<<>>>"]),
        ("</", ["</"]),
        ("<!", []),
        ("<?", []),
        ("<![CDATA[", []),
        ("<a", []),
        ("<a b='", []),
        ("&#", ["&#"]),
        ("&#x", ["&#x"]),
    ])
    func hostile(html: String, texts: [String]) {
        #expect(HTMLProbe.texts(html) == texts)
    }

    @Test("100,000 nested divs")
    func deepDivs() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "<p>after</p>"
        #expect(HTMLProbe.texts(html) == ["deep", "after"])
    }

    @Test("100,000 unclosed inline elements")
    func unclosedInline() {
        let html = "<p>" + String(repeating: "<b>", count: 100_000) + "bold</p><p>next"
        #expect(HTMLProbe.texts(html) == ["bold", "next"])
    }

    @Test("100,000 nested blockquotes and list items keep their roles")
    func deepRoles() {
        let html = String(repeating: "<blockquote>", count: 100_000) + "q" + String(repeating: "<li>i", count: 100_000)
        let blocks = HTMLProbe.blocks(html)
        #expect(blocks.count == 100_001)
        #expect(blocks.first?.role == .quote)
        #expect(blocks.dropFirst().allSatisfy { $0.role == .listItem })
    }

    @Test("100,000 nested dropped elements, and many stray end tags")
    func deepDropped() {
        let nested = String(repeating: "<nav>", count: 100_000) + "x" + String(repeating: "</nav>", count: 100_000) + "kept"
        #expect(HTMLProbe.texts(nested) == ["kept"])
        let stray = String(repeating: "<div>", count: 50_000) + String(repeating: "</p></span></li>", count: 50_000) + "end"
        #expect(HTMLProbe.texts(stray).last == "end")
    }

    @Test("long runs of odd input")
    func longRuns() {
        #expect(HTMLProbe.texts(String(repeating: "&", count: 100_000)).first?.count == 100_000)
        #expect(HTMLProbe.texts(String(repeating: "<", count: 100_000)).first?.count == 100_000)
        #expect(HTMLProbe.texts("<a " + String(repeating: "x=1 ", count: 50_000) + ">t").first == "t")
        #expect(HTMLProbe.texts(String(repeating: "<!-- -->", count: 50_000) + "t") == ["t"])
        #expect(HTMLProbe.texts("&#" + String(repeating: "9", count: 100_000) + ";") == ["\u{FFFD}"])
    }

    @Test("random byte soup never traps")
    func randomSoup() {
        var generator = SplitMix64(seed: 0x5EED)
        let pieces = ["<", ">", "/", "!", "-", "&", "#", ";", "x", "\"", "'", "=", " ", "\n", "p", "div", "script",
                      "nav", "li", "pre", "<!--", "-->", "<![CDATA[", "]]>", "amp", "é", "😀", "\u{0}", "title", "head"]
        for _ in 0..<300 {
            var html = ""
            for _ in 0..<Int.random(in: 0...200, using: &generator) {
                html += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let document = HTMLConverter.convert(html)
            #expect(document.blocks.allSatisfy { ($0.line ?? 0) >= 1 })
        }
    }
}

/// A small seeded generator, so the random test is reproducible.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
