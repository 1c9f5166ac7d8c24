import AssayCore
import Testing
@testable import Extraction

@Suite("HTML tokenizer")
struct HTMLTokenizerTests {
    /// Tokens rendered as short strings: text as its bytes, tags with their attributes.
    private func tokens(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        return HTMLTokenizer(bytes).map { token in
            switch token {
            case let .text(range, line): "text(\(line)):\(String(decoding: bytes[range], as: UTF8.self))"
            case let .rawText(range, element): "raw \(element):\(String(decoding: bytes[range], as: UTF8.self))"
            case let .cdata(range, _): "cdata:\(String(decoding: bytes[range], as: UTF8.self))"
            case let .startTag(name, attributes, selfClosing):
                "<\(name)\(attributes.map { " \($0.name)=\($0.value)" }.joined())\(selfClosing ? "/" : "")>"
            case let .endTag(name): "</\(name)>"
            }
        }
    }

    @Test("start and end tags, case-insensitive names")
    func tags() {
        #expect(tokens("<P>a</P><Div class=x>b</DIV >") == ["<p>", "text(1):a", "</p>", "<div class=x>", "text(1):b", "</div>"])
        #expect(tokens("<br/><img src=x />") == ["<br/>", "<img src=x/>"])
    }

    @Test("attributes: quoted, unquoted, valueless, entities, > inside quotes, repeats")
    func attributes() {
        #expect(tokens(#"<a HREF="/x?a=1&amp;b=2" title='it&apos;s > 3' data-x=plain checked ID = spaced>"#) == [
            "<a href=/x?a=1&b=2 title=it's > 3 data-x=plain checked= id=spaced>",
        ])
        #expect(tokens(#"<a x="1"y='2'/z x=3>"#) == ["<a x=1 y=2 z=>"])
        #expect(tokens("<a b=>t") == ["<a b=>", "text(1):t"])
        #expect(tokens("<a =b>") == ["<a =b=>"])
        #expect(tokens("</p class=\"x>y\">z") == ["</p>", "text(1):z"])
    }

    @Test("comments, doctypes and processing instructions produce no tokens")
    func skipped() {
        #expect(tokens("<!DOCTYPE html><?xml version=\"1.0\"?>a<!-- <p>x</p> -->b<!---->c<!-->d<!--->e") ==
                ["text(1):a", "text(1):b", "text(1):c", "text(1):d", "text(1):e"])
        #expect(tokens("a<!-- x -- y --!>b") == ["text(1):a", "text(1):b"])
        #expect(tokens("a<!bogus>b</ 3>c</>d") == ["text(1):a", "text(1):b", "text(1):c", "text(1):d"])
    }

    @Test("raw-text elements run to their matching close tag")
    func rawText() {
        #expect(tokens("<script>if (a < b && c > d) { x = '</p>'; }</script>z") == [
            "<script>", "raw script:if (a < b && c > d) { x = '</p>'; }", "</script>", "text(1):z",
        ])
        #expect(tokens("<style>a</styles></STYLE >b") == ["<style>", "raw style:a</styles>", "</style>", "text(1):b"])
        #expect(tokens("<title>A &amp; <b>B</b></title>") == ["<title>", "raw title:A &amp; <b>B</b>", "</title>"])
        #expect(tokens("<textarea></textarea>") == ["<textarea>", "</textarea>"])
        #expect(tokens("<script>never closed") == ["<script>", "raw script:never closed"])
        #expect(tokens("<script/>x") == ["<script/>", "text(1):x"])
    }

    @Test("a < that starts no markup is text")
    func literalLessThan() {
        #expect(tokens("a < b and c > d") == ["text(1):a < b and c > d"])
        #expect(tokens("1<2 <3 <") == ["text(1):1<2 <3 <"])
        #expect(tokens("x</") == ["text(1):x</"])
    }

    @Test("unterminated markup at the end of the input")
    func unterminated() {
        #expect(tokens("a<!-- never closed <p>b</p>") == ["text(1):a"])
        #expect(tokens("a<p class=\"x") == ["text(1):a"])
        #expect(tokens("a<p class=x") == ["text(1):a"])
        #expect(tokens("a<p") == ["text(1):a"])
        #expect(tokens("a<![CDATA[b") == ["text(1):a", "cdata:b"])
        #expect(tokens("a<!DOCTYPE") == ["text(1):a"])
    }

    @Test("CDATA content is given as is")
    func cdata() {
        #expect(tokens("<![CDATA[<p>&amp;]]>x") == ["cdata:<p>&amp;", "text(1):x"])
    }

    @Test("text tokens carry the line they start on")
    func lines() {
        #expect(tokens("a\n<p\nclass=x>\nb<!--\n\n-->c") == ["text(1):a\n", "<p class=x>", "text(3):\nb", "text(6):c"])
    }
}
