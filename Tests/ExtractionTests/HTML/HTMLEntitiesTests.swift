import AssayCore
import Testing
@testable import Extraction

@Suite("HTML character references")
struct HTMLEntitiesTests {
    private func decoded(_ text: String, inAttribute: Bool = false) -> String {
        let bytes = Array(text.utf8)
        return HTMLEntities.decode(bytes, bytes.indices, inAttribute: inAttribute)
    }

    @Test("named references", arguments: [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"),
        ("&nbsp;", "\u{A0}"), ("&hellip;", "…"), ("&mdash;", "—"), ("&ndash;", "–"),
        ("&lsquo;", "‘"), ("&rsquo;", "’"), ("&ldquo;", "“"), ("&rdquo;", "”"),
        ("&laquo;", "«"), ("&raquo;", "»"), ("&copy;", "©"), ("&reg;", "®"), ("&trade;", "™"),
        ("&euro;", "€"), ("&pound;", "£"), ("&eacute;", "é"), ("&Eacute;", "É"), ("&szlig;", "ß"),
        ("&alpha;", "α"), ("&Omega;", "Ω"), ("&rarr;", "→"), ("&lang;", "⟨"), ("&bull;", "•"),
        ("&AMP;", "&"), ("&hyphen;", "‐"), ("&lstrok;", "ł"), ("&ZeroWidthSpace;", "\u{200B}"),
    ])
    func named(reference: String, expected: String) {
        #expect(decoded(reference) == expected)
        #expect(decoded("x\(reference)y") == "x\(expected)y")
    }

    @Test("numeric references", arguments: [
        ("&#65;", "A"), ("&#x41;", "A"), ("&#X41;", "A"), ("&#xe9;", "é"), ("&#233;", "é"),
        ("&#0065;", "A"), ("&#128512;", "😀"), ("&#x1F600;", "😀"), ("&#65", "A"), ("&#x41x", "Ax"),
        ("&#10;", "\n"),
    ])
    func numeric(reference: String, expected: String) {
        #expect(decoded(reference) == expected)
    }

    @Test("invalid code points become U+FFFD", arguments: [
        "&#0;", "&#x0;", "&#xD800;", "&#xDFFF;", "&#55296;", "&#x110000;", "&#1114112;",
        "&#99999999999999999999999;", "&#xFFFFFFFFFFFFFFFFFFFF;",
    ])
    func invalid(reference: String) {
        #expect(decoded(reference) == "\u{FFFD}")
    }

    @Test("&#128;–&#159; are read as Windows-1252", arguments: [
        ("&#128;", "€"), ("&#130;", "‚"), ("&#133;", "…"), ("&#145;", "‘"), ("&#146;", "’"),
        ("&#147;", "“"), ("&#148;", "”"), ("&#150;", "–"), ("&#151;", "—"), ("&#153;", "™"),
        ("&#x9F;", "Ÿ"), ("&#129;", "\u{81}"), ("&#157;", "\u{9D}"),
    ])
    func windows1252(reference: String, expected: String) {
        #expect(decoded(reference) == expected)
    }

    @Test("unknown or malformed references stay literal", arguments: [
        "&foo;", "&", "& ", "&;", "&#;", "&#x;", "&#xg;", "AT&T", "a && b", "&unknownentity",
        "&abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz;",
    ])
    func literal(text: String) {
        #expect(decoded(text) == text)
    }

    @Test("legacy names work without a semicolon in text", arguments: [
        ("&amp", "&"), ("&lt3", "<3"), ("&nbsp;x", "\u{A0}x"), ("&copy 2024", "© 2024"),
        ("&copy2024", "©2024"), ("&eacutex", "éx"), ("&notit;", "¬it;"), ("&ampfoo", "&foo"),
        ("&hellip", "&hellip"), ("&mdash", "&mdash"),
    ])
    func legacy(text: String, expected: String) {
        #expect(decoded(text) == expected)
    }

    @Test("in attributes a legacy name followed by = or a letter stays literal")
    func attributeLegacy() {
        #expect(decoded("?a=1&copy=2&lt=3", inAttribute: true) == "?a=1&copy=2&lt=3")
        #expect(decoded("?a=1&copyx", inAttribute: true) == "?a=1&copyx")
        #expect(decoded("a&amp;b&lt c", inAttribute: true) == "a&b< c")
        #expect(decoded("x&copy;y", inAttribute: true) == "x©y")
    }

    @Test("a reference cannot run past the decoded range")
    func rangeBound() {
        let bytes = Array("&amp;&#65;".utf8)
        #expect(HTMLEntities.decode(bytes, 0..<4, inAttribute: false) == "&")
        #expect(HTMLEntities.decode(bytes, 5..<9, inAttribute: false) == "A")
        #expect(HTMLEntities.decode(bytes, -3..<100, inAttribute: false) == "&A")
    }

    @Test("every table entry is one valid scalar, and legacy names are all in the full table")
    func table() {
        #expect(HTMLEntityTable.all.count >= 250)
        #expect(HTMLEntityTable.all.values.allSatisfy { Unicode.Scalar($0) != nil })
        #expect(HTMLEntityTable.legacy.allSatisfy { HTMLEntityTable.all[$0.key] == $0.value })
        #expect(HTMLEntityTable.longestLegacyName == 6)
    }
}
