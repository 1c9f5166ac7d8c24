import Foundation
import Testing
import TestSupport

@Suite("assay analyze, end to end")
struct AnalyzeCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    @Test("JSON on the seeds: every span slices the normalised text; expected claims are there")
    func seedsJSON() throws {
        let run = try AssayBinary.run(["analyze", "--format", "json"] + seeds)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        let tool = try #require(json["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "assay")
        #expect(tool["version"] as? String != nil)
        #expect(json["schemaVersion"] as? Int == 1)
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["source"] as? String } == seeds)
        for document in documents {
            try checkSpans(document)
        }
        let first = documents[0]
        #expect(first["title"] as? String == "Iran’s Regime Raises Domestic Repression Against the MEK")
        let boilerplate = try #require(first["boilerplate"] as? [[String: Any]])
        #expect(boilerplate.compactMap { $0["text"] as? String } == ["NCRI", "Exit mobile version"])
        let assertions = try #require(first["assertions"] as? [[String: Any]])
        let texts = assertions.compactMap { $0["text"] as? String }
        #expect(texts.contains("The diplomat, Assadollah Assadi, was arrested sometime after the couple"))
        #expect(texts.contains("all three are imminently expected to go on trial in Belgium."))
        let duty = try #require(assertions.first { ($0["text"] as? String)?.hasPrefix("Western nations have a moral duty") == true })
        #expect(duty["kind"] as? String == "normative")
        #expect(first["findings"] as? [Any] != nil)
    }

    @Test("standard input is read with '-' and reported as source '-'")
    func standardInput() throws {
        let text = "Headline\n\nPolice arrested 40 people on Monday, and the court released them."
        let run = try AssayBinary.run(["analyze", "--format", "json", "-"], stdin: Data(text.utf8))
        #expect(run.status == 0)
        let documents = try #require(try run.json()["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents[0]["source"] as? String == "-")
        let assertions = try #require(documents[0]["assertions"] as? [[String: Any]])
        #expect(assertions.compactMap { $0["text"] as? String } == [
            "Headline", "Police arrested 40 people on Monday", "the court released them.",
        ])
        try checkSpans(documents[0])
    }

    @Test("a figure at the start of a wrapped line and the list numbers stay in the text; list sentences start after them")
    func listMarkersStay() throws {
        let text = "The economy grew by\n30. Percent of that came from exports.\n\nOfficials said:\n1. Taxes rise.\n2. Spending falls.\n"
        let run = try AssayBinary.run(["analyze", "--format", "json", "-"], stdin: Data(text.utf8))
        #expect(run.status == 0)
        let document = try #require((try run.json()["documents"] as? [[String: Any]])?.first)
        #expect(document["text"] as? String
            == "The economy grew by 30. Percent of that came from exports.\n\nOfficials said:\n\n1. Taxes rise.\n\n2. Spending falls.")
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        #expect(sentences.suffix(2).compactMap { $0["text"] as? String } == ["Taxes rise.", "Spending falls."])
        try checkSpans(document)
    }

    @Test("bad inputs are named on stderr with exit code 2, and the good ones are still analyzed")
    func badInputs() throws {
        let folder = try Repository.temporaryFolder()
        let cases: [(String, Data, String)] = [
            ("binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]), "looks binary"),
            ("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]), "is not valid UTF-8 (bad byte at offset 3)"),
            ("empty.txt", Data(), "is empty"),
            ("nul.txt", Data("abc\u{0}def".utf8), "looks binary (control byte at offset 3)"),
        ]
        for (name, data, _) in cases { try data.write(to: folder.appendingPathComponent(name)) }
        let paths = cases.map { folder.appendingPathComponent($0.0).path }
        let run = try AssayBinary.run(["analyze", "--format", "json"] + paths + [seeds[0], "/no/such/file.txt"])
        #expect(run.status == 2)
        for (path, (_, _, message)) in zip(paths, cases) {
            #expect(run.stderr.contains("error: \(path): \(message)"), "stderr: \(run.stderr)")
        }
        #expect(run.stderr.contains("error: /no/such/file.txt: no such file or folder"))
        let json = try run.json()
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["source"] as? String } == [seeds[0]])
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.count == 5)
    }

    @Test("over several batches of inputs, documents, errors and text output keep the input order")
    func inputOrder() throws {
        let folder = try Repository.temporaryFolder()
        let names = (0..<150).map { String(format: "f%03d.txt", $0) }
        let empty = Set(names.indices.filter { $0 % 37 == 5 })
        for (index, name) in names.enumerated() {
            let text = empty.contains(index) ? "" : "Headline \(index)\n\nPolice arrested \(index) people on Monday."
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let paths = names.map { folder.appendingPathComponent($0).path }
        let good = paths.indices.filter { !empty.contains($0) }.map { paths[$0] }
        let bad = paths.indices.filter { empty.contains($0) }.map { paths[$0] }

        let run = try AssayBinary.run(["analyze", "--format", "json", folder.path])
        #expect(run.status == 2)
        let json = try run.json()
        #expect((json["documents"] as? [[String: Any]])?.map { $0["source"] as? String } == good)
        #expect((json["errors"] as? [[String: Any]])?.map { $0["source"] as? String } == bad)
        #expect(run.stderr.split(separator: "\n").map(String.init) == bad.map { "error: \($0): is empty: there is nothing to analyze" })

        let text = try AssayBinary.run(["analyze", folder.path]).stdoutText
        let headers = text.split(separator: "\n").filter { $0.hasPrefix(folder.path) }.map { String($0.prefix { $0 != " " }) }
        #expect(headers == good)
    }

    @Test("UTF-16 with a byte-order mark and CRLF line endings read like UTF-8")
    func utf16() throws {
        let folder = try Repository.temporaryFolder()
        let text = "Headline\r\n\r\nThe café held 42 people.\r\nIt closed."
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let file = folder.appendingPathComponent("utf16.txt")
        try Data(utf16).write(to: file)
        let run = try AssayBinary.run(["analyze", "--format", "json", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require((try run.json()["documents"] as? [[String: Any]])?.first)
        #expect(document["text"] as? String == "Headline\n\nThe café held 42 people.\n\nIt closed.")
    }

    @Test("HTML on standard input and Markdown in a folder are recognised and read")
    func formats() throws {
        let page = "<html><head><title>Rally &amp; Repression</title></head><body><nav>Menu</nav><p>Police arrested 40 people.</p></body></html>"
        let htmlRun = try AssayBinary.run(["analyze", "--format", "json", "-"], stdin: Data(page.utf8))
        let html = try #require((try htmlRun.json()["documents"] as? [[String: Any]])?.first)
        #expect(html["format"] as? String == "html")
        #expect(html["title"] as? String == "Rally & Repression")
        #expect(html["text"] as? String == "Police arrested 40 people.")

        let folder = try Repository.temporaryFolder()
        try Data("# Notes\n\nThe **MEK** held a [rally](https://x.y).\n".utf8).write(to: folder.appendingPathComponent("notes.md"))
        let mdRun = try AssayBinary.run(["analyze", "--format", "json", folder.path])
        let markdown = try #require((try mdRun.json()["documents"] as? [[String: Any]])?.first)
        #expect(markdown["format"] as? String == "markdown")
        #expect(markdown["text"] as? String == "Notes\n\nThe MEK held a rally.")
    }

    @Test("text output numbers each assertion with kind and score, without colour when piped")
    func textOutput() throws {
        let run = try AssayBinary.run(["analyze", seeds[0]])
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("seeds/000_0b590991ea34db62.txt — Iran’s Regime Raises Domestic Repression Against the MEK"))
        #expect(run.stdoutText.contains(/normative   0\.\d\d  The international community must pay attention/))
        #expect(!run.stdoutText.contains("\u{1B}["))
        let forced = try AssayBinary.run(["analyze", "--color", "always", seeds[0]])
        #expect(forced.stdoutText.contains("\u{1B}["))
    }

    @Test("a folder is analyzed recursively")
    func folder() throws {
        let run = try AssayBinary.run(["analyze", "--format", "json", "seeds"])
        let documents = try #require(try run.json()["documents"] as? [[String: Any]])
        #expect(documents.count >= 2)
    }

    @Test("help explains inputs, formats and exit codes with an example")
    func help() throws {
        let run = try AssayBinary.run(["analyze", "--help"])
        #expect(run.status == 0)
        for phrase in ["INPUTS", "--format", "json", "Exit codes", "64", "Examples", "assay analyze seeds/"] {
            #expect(run.stdoutText.contains(phrase), "help lacks \(phrase)")
        }
    }

    @Test("a malformed command line exits 64")
    func usage() throws {
        #expect(try AssayBinary.run(["analyze"]).status == 64)
        #expect(try AssayBinary.run(["analyze", "--format", "xml", seeds[0]]).status == 64)
    }

    /// `text[start:end]` in scalar offsets equals each span's text.
    private func checkSpans(_ document: [String: Any]) throws {
        let text = try #require(document["text"] as? String)
        for key in ["sentences", "assertions"] {
            let spans = try #require(document[key] as? [[String: Any]])
            #expect(!spans.isEmpty)
            for span in spans {
                let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
                #expect(scalarSlice(text, start, end) == span["text"] as? String)
            }
        }
    }
}
