import Foundation
import Testing
import TestSupport

@Suite("assay segment, end to end")
struct SegmentCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    /// A headline and a paragraph whose multibyte characters (é, ’, €, “”) put scalar offsets
    /// behind byte offsets, and whose stops after "Mrs." and in "3.5" end no sentence.
    private static let article = "Café “Über” news\n\nThe café’s owner, Mrs. Dubois, paid €3.5 million on Monday. "
        + "Police arrested 40 people, and the court released them. “Why?” she asked."
    private static let sentences = [
        "Café “Über” news",
        "The café’s owner, Mrs. Dubois, paid €3.5 million on Monday.",
        "Police arrested 40 people, and the court released them.",
        "“Why?” she asked.",
    ]
    private static let assertions = [
        "Café “Über” news",
        "The café’s owner, Mrs. Dubois, paid €3.5 million on Monday.",
        "Police arrested 40 people",
        "the court released them.",
        "“Why?” she asked.",
    ]

    @Test("text output: one line per sentence with its scalar span, the text as expected")
    func textLines() throws {
        let run = try AssayBinary.run(["segment", "-"], stdin: Data(Self.article.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(lines(run) == Self.expectedLines(Self.sentences))
    }

    @Test("--assertions: text output lists the assertions, each with its span")
    func textAssertions() throws {
        let run = try AssayBinary.run(["segment", "--assertions", "-"], stdin: Data(Self.article.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(lines(run) == Self.expectedLines(Self.assertions))
    }

    @Test("JSON: spans slice the normalised text into exactly the expected sentences and assertions")
    func json() throws {
        let run = try AssayBinary.run(["segment", "--format", "json", "--assertions", "-"], stdin: Data(Self.article.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        #expect(json["schemaVersion"] as? Int == 1)
        #expect((json["errors"] as? [Any])?.isEmpty == true)
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        #expect(document["source"] as? String == "-")
        #expect(document["format"] as? String == "text")
        let text = try #require(document["text"] as? String)
        #expect(text == Self.article)
        #expect(try spans(document["sentences"]) == Self.expectedSpans(Self.sentences))
        #expect(try spans(document["assertions"]) == Self.expectedSpans(Self.assertions))
        let plain = try AssayBinary.run(["segment", "--format", "json", "-"], stdin: Data(Self.article.utf8))
        #expect(try #require((plain.json()["documents"] as? [[String: Any]])?.first)["assertions"] == nil)
    }

    @Test("on the seeds, the sentences and assertions are the ones assay analyze gives")
    func sameAsAnalyze() throws {
        let segment = try AssayBinary.run(["segment", "--format", "json", "--assertions"] + seeds)
        let analyze = try AssayBinary.run(["analyze", "--format", "json"] + seeds)
        #expect(segment.status == 0 && analyze.status == 0, "\(segment.stderr)\(analyze.stderr)")
        let segmented = try #require(segment.json()["documents"] as? [[String: Any]])
        let analyzed = try #require(analyze.json()["documents"] as? [[String: Any]])
        #expect(segmented.map { $0["source"] as? String } == seeds)
        for (mine, theirs) in zip(segmented, analyzed) {
            #expect(mine["text"] as? String == theirs["text"] as? String)
            for key in ["sentences", "assertions"] {
                let expected = try #require(theirs[key] as? [[String: Any]]).map { [$0["start"] as? Int ?? -1, $0["end"] as? Int ?? -1] }
                #expect(try spans(mine[key]) == expected, "\(key)")
            }
        }
    }

    @Test("bad inputs are named on stderr with exit code 2, and the good ones are still segmented")
    func badInputs() throws {
        let folder = try Repository.temporaryFolder()
        let bad = folder.appendingPathComponent("latin1.txt")
        try Data([0x43, 0x61, 0x66, 0xE9]).write(to: bad)
        let run = try AssayBinary.run(["segment", "--format", "json", bad.path, seeds[0], "/no/such/file.txt"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(bad.path): is not valid UTF-8 (bad byte at offset 3)"), "\(run.stderr)")
        #expect(run.stderr.contains("error: /no/such/file.txt: no such file or folder"))
        let json = try run.json()
        #expect((json["documents"] as? [[String: Any]])?.map { $0["source"] as? String } == [seeds[0]])
        #expect((json["errors"] as? [Any])?.count == 2)
        let text = try AssayBinary.run(["segment", bad.path, seeds[0]])
        #expect(text.status == 2)
        #expect(text.stdoutText.hasPrefix(seeds[0] + "\t0\t"))
    }

    @Test("help explains inputs, formats, spans and exit codes with examples")
    func help() throws {
        let root = try AssayBinary.run(["--help"])
        #expect(root.stdoutText.contains("  segment "))
        let run = try AssayBinary.run(["segment", "--help"])
        #expect(run.status == 0)
        for phrase in ["INPUTS", "--assertions", "--format", "json", "scalar", "Exit codes", "64", "Examples", "assay segment "] {
            #expect(run.stdoutText.contains(phrase), "help lacks \(phrase)")
        }
    }

    @Test("a malformed command line exits 64")
    func usage() throws {
        #expect(try AssayBinary.run(["segment"]).status == 64)
        #expect(try AssayBinary.run(["segment", "-", "-"]).status == 64)
        #expect(try AssayBinary.run(["segment", "--format", "md", seeds[0]]).status == 64)
    }

    /// The `[start, end]` pairs of `strings`, found in order in the article by scalar offset.
    private static func expectedSpans(_ strings: [String]) -> [[Int]] {
        let scalars = Array(article.unicodeScalars)
        var from = 0
        return strings.map { string in
            let needle = Array(string.unicodeScalars)
            let start = (from...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle } ?? -1
            from = start + needle.count
            return [start, from]
        }
    }

    private static func expectedLines(_ strings: [String]) -> [String] {
        zip(strings, expectedSpans(strings)).map { "-\t\($1[0])\t\($1[1])\t\($0)" }
    }

    private func lines(_ run: AssayBinary.Run) -> [String] {
        run.stdoutText.split(separator: "\n").map(String.init)
    }

    private func spans(_ value: Any?) throws -> [[Int]] {
        try #require(value as? [[Int]])
    }
}
