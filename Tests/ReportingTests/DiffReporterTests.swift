import AssayCore
import Comparison
import Foundation
import Reporting
import ReviewStore
import Testing
import TestSupport

@Suite("Diff reporters")
struct DiffReporterTests {
    private static let hostile = "<script>alert(1)</script> [x](javascript:alert(1)) \u{202E}evil"

    /// Seed 000 and an edit: a number changed, a sentence removed, and a hostile sentence added.
    private static func diff() throws -> DocumentDiff {
        let old = try String(contentsOf: Repository.seed(Repository.seedNames[0]), encoding: .utf8)
        var new = old.replacingOccurrences(of: "over 30,000 political prisoners", with: "over 3,000 political prisoners")
        new = new.replacingOccurrences(of: "The diplomat, Assadollah Assadi, was arrested sometime after the couple, and all three are imminently expected to go on trial in Belgium.\n", with: "")
        new = new.replacingOccurrences(of: "must pay attention to this phenomenon.", with: "must pay attention to this phenomenon. The crowd chanted \(hostile) loudly.")
        #expect(new != old)
        return DocumentDiff(old: ReviewedDocument(unreviewed: try ShippedRules.document(text: old, source: "old.txt")),
                            new: ReviewedDocument(unreviewed: try ShippedRules.document(text: new, source: "new.txt")))
    }

    @Test("HTML: well-formed, both versions side by side, changes in del and ins, hostile text escaped, no network")
    func html() throws {
        let html = DiffHTMLReporter().render(try Self.diff())
        let probe = HTMLProbe(html)
        #expect(probe.error == nil, "\(String(describing: probe.error))")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(probe.elements.contains { $0.name == "meta" && $0.attributes["http-equiv"] == "Content-Security-Policy"
                                          && $0.attributes["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:" })
        #expect(!html.lowercased().contains("<script"))
        #expect(!probe.elements.contains { ["script", "img", "iframe"].contains($0.name) })
        #expect(probe.elements.filter { $0.name == "a" }.allSatisfy { $0.attributes["href"]?.hasPrefix("#claim-") == true },
                "the only links are to the page's own rows")
        #expect(probe.elements.contains { $0.name == "a" }, "the changes to check link to their rows")
        #expect(probe.text.contains("<script>alert(1)</script>"), "the payload is shown as text")
        #expect(probe.text.contains("⟨U+202E⟩evil"))
        #expect(html.contains("<del>30,000</del>") && html.contains("<ins>3,000</ins>"))
        let rows = probe.elements.filter { $0.name == "tr" && ($0.attributes["class"] ?? "").hasPrefix("entry ") }
        #expect(rows.count == (try Self.diff()).entries.count, "every assertion, unchanged ones too")
        #expect(rows.contains { $0.attributes["class"] == "entry removed" } && rows.contains { $0.attributes["class"] == "entry added" })
        #expect(probe.text.contains("number changed: 30,000 → 3,000"))
    }

    @Test("Markdown: deletions struck, insertions bold, hostile text escaped, unchanged only counted")
    func markdown() throws {
        let diff = try Self.diff()
        let markdown = DiffMarkdownReporter().render(diff)
        #expect(markdown.hasPrefix("# Diff: old.txt → new.txt\n"))
        #expect(markdown.contains("~~30,000~~") && markdown.contains("**3,000**"))
        #expect(markdown.contains("&lt;script\\>alert(1)&lt;/script\\> \\[x\\](javascript:alert(1)) ⟨U+202E⟩evil"))
        #expect(!markdown.contains("<script"))
        #expect(markdown.components(separatedBy: "\n### ").count - 1 == diff.entries.filter { $0.status != .unchanged }.count)
        #expect(DiffMarkdownReporter(all: true).render(diff).components(separatedBy: "\n### ").count - 1 == diff.entries.count)
    }

    @Test("text: the summary line, each change with its callouts; control characters shown, never sent to the terminal")
    func text() throws {
        let text = DiffTextReporter().render(try Self.diff())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "diff old.txt → new.txt")
        #expect(lines.dropFirst().first?.hasPrefix("1 modified, 1 added, 2 removed, 0 moved, ") == true)
        #expect(lines.dropFirst().first?.hasSuffix("unchanged; 1 number changed") == true)
        #expect(text.contains("    old: In the summer of 1988, the clerical regime massacred over [-30,000-] political prisoners"))
        #expect(text.contains("    new: In the summer of 1988, the clerical regime massacred over {+3,000+} political prisoners"))
        #expect(text.contains("    ⚑ number changed: 30,000 → 3,000"))
        #expect(text.contains("\nChanges to check:\n  ⚑ af79d819ecfc  number changed: 30,000 → 3,000\n"))
        #expect(!text.unicodeScalars.contains("\u{202E}"))
    }

    @Test("JSON: every entry, spans slicing each side's text, callouts and summary")
    func json() throws {
        let diff = try Self.diff()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DiffJSONReporter().render(diff).utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let old = try #require(object["old"] as? [String: Any]), new = try #require(object["new"] as? [String: Any])
        let oldText = try #require(old["text"] as? String), newText = try #require(new["text"] as? String)
        #expect(old["version"] is NSNull && old["label"] as? String == "old.txt")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == diff.entries.count)
        for entry in entries {
            for (side, text) in [("old", oldText), ("new", newText)] {
                guard let claim = entry[side] as? [String: Any] else { continue }
                let start = try #require(claim["start"] as? Int), end = try #require(claim["end"] as? Int)
                #expect(scalarSlice(text, start, end) == claim["text"] as? String)
            }
            for change in (entry["changes"] as? [[String: Any]]) ?? [] {
                let text = change["kind"] as? String == "delete" ? oldText : newText
                #expect(scalarSlice(text, change["start"] as? Int ?? -1, change["end"] as? Int ?? -1) == change["text"] as? String)
            }
        }
        let modified = try #require(entries.first { $0["status"] as? String == "modified" })
        let callouts = try #require(modified["callouts"] as? [[String: Any]])
        #expect(callouts.first?["summary"] as? String == "30,000 → 3,000")
        #expect(callouts.first?["subject"] as? String == "number")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["removed"] as? Int == 2)
        #expect((summary["callouts"] as? [String: Int]) == ["number changed": 1])
    }

    @Test("dates, money, sources and framing: told and counted alike by text, Markdown and HTML, and the same in JSON")
    func calloutsInEveryFormat() throws {
        let old = "Headline\n\nEmissions will halve by 2030, the plan says. The council spent $3 million on the bridge. The tax will rise next year, said the minister. The regime fell after the protests.\n"
        let new = "Headline\n\nEmissions will halve by 2031, the plan says. The council spent $30 million on the bridge. The tax will rise next year, said a spokesperson. The murderous regime fell after the protests.\n"
        let diff = DocumentDiff(old: ReviewedDocument(unreviewed: try ShippedRules.document(text: old, source: "old.txt")),
                                new: ReviewedDocument(unreviewed: try ShippedRules.document(text: new, source: "new.txt")))
        let callouts = diff.entries.flatMap(\.callouts).map(DiffWording.callout)
        #expect(callouts == ["date changed: 2030 → 2031", "amount of money changed: $3 million → $30 million",
                             "source changed: the minister → a spokesperson",
                             "framing phrase added: murderous regime (name-calling, loaded-language)"])
        let summary = DiffWording.summaryLine(diff.summary)
        #expect(summary == "4 modified, 0 added, 0 removed, 0 moved, 1 unchanged; "
                + "1 amount of money changed, 1 date changed, 1 source changed, 1 framing phrase added")
        let outputs = ["text": DiffTextReporter().render(diff), "md": DiffMarkdownReporter().render(diff),
                       "html": HTMLProbe(DiffHTMLReporter().render(diff)).text]
        for (format, output) in outputs {
            #expect(output.contains(summary), "\(format)")
            for callout in callouts { #expect(output.contains(callout), "\(format): \(callout)") }
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DiffJSONReporter().render(diff).utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["callouts"] as? [String: Int]
                == ["money changed": 1, "date changed": 1, "source changed": 1, "framing added": 1])
        let entries = try #require(object["entries"] as? [[String: Any]])
        let subjects = entries.flatMap { ($0["callouts"] as? [[String: Any]]) ?? [] }.compactMap { $0["subject"] as? String }
        #expect(subjects == ["date", "money", "source", "framing"])
    }
}
