import Foundation
import Testing
import TestSupport

@Suite("assay review, end to end in a pseudo-terminal")
struct ReviewCommandTests {
    /// What `assay claims --format json` and `assay show --format json` say, as far as these tests look.
    private struct Claim: Decodable {
        var id: String
        var text: String
        var checkworthiness: Double
        var verdict: Verdict?
    }

    private struct Verdict: Decodable, Equatable {
        var rating: String
        var note: String?
        var analyst: String
    }

    private struct Citation: Decodable, Equatable {
        var url: String
        var stance: String
        var quote: String?
        var analyst: String
    }

    private struct Detail: Decodable {
        var verdicts: [Verdict]
        var citations: [Citation]
    }

    /// A verdict entry with what the grade keys and undo change.
    private struct Entry: Decodable, Equatable {
        var id: Int64
        var rating: String
        var credibility: Int?
        var confidence: String?
        var retracts: Int64?
    }

    private struct History: Decodable {
        var verdicts: [Entry]
    }

    private static let seed = "seeds/000_0b590991ea34db62.txt"

    /// A fresh workbench holding seed 000.
    private func workbench() throws -> String {
        let path = try Repository.temporaryFolder().appendingPathComponent("w.sqlite").path
        let ingest = try AssayBinary.run(["ingest", "--db", path, Self.seed])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        return path
    }

    private func claims(_ database: String, unreviewed: Bool = false) throws -> [Claim] {
        let run = try AssayBinary.run(["claims", "--db", database, "--format", "json"] + (unreviewed ? ["--unreviewed"] : []))
        try #require(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode([Claim].self, from: run.stdout)
    }

    private func show(_ database: String, _ id: String) throws -> Detail {
        let run = try AssayBinary.run(["show", "--db", database, "--format", "json", id])
        try #require(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(Detail.self, from: run.stdout)
    }

    private func history(_ database: String, _ id: String) throws -> [Entry] {
        let run = try AssayBinary.run(["show", "--db", database, "--format", "json", id])
        try #require(run.status == 0, "\(run.stderr)")
        return try JSONDecoder().decode(History.self, from: run.stdout).verdicts
    }

    /// The review order, worked out independently: most check-worthy first, ties in document order.
    private func expectedQueue(_ database: String) throws -> [String] {
        try claims(database, unreviewed: true).enumerated()
            .sorted { ($1.element.checkworthiness, $0.offset) < ($0.element.checkworthiness, $1.offset) }
            .map { String($0.element.id.prefix(12)) }
    }

    private func review(_ database: String, _ extra: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal(["review", "--db", database, "--analyst", "tester"] + extra)
    }

    @Test("keys in, rows out: verdicts, a note, a citation, skip and back; a second session resumes at the skipped assertion")
    func keystrokesBecomeRows() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let total = queue.count
        try #require(total >= 4)

        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor("1 of \(total) unreviewed")
        try terminal.waitFor(queue[0])
        try terminal.send("1", thenWaitFor: "2 of \(total) unreviewed · by tester")
        try terminal.waitFor(queue[1])
        try terminal.send("s", thenWaitFor: "3 of \(total) unreviewed")
        try terminal.waitFor(queue[2])
        try terminal.send("n", thenWaitFor: "Note (")
        try terminal.send("a notx\u{7F}e\r", thenWaitFor: "Note for the next verdict: “a note”")
        try terminal.send("3", thenWaitFor: "4 of \(total) unreviewed")
        try terminal.waitFor("recorded ‘mixed’ on \(queue[2]) with the note")

        try terminal.send("c", thenWaitFor: "Evidence URL")
        try terminal.send("not a url\r", thenWaitFor: "invalid URL 'not a url'")
        try terminal.send("c", thenWaitFor: "Evidence URL")
        try terminal.send("\u{1B}", thenWaitFor: "citation cancelled")
        try terminal.send("c", thenWaitFor: "Evidence URL")
        try terminal.send("https://example.org/evidence\r", thenWaitFor: "Stance")
        try terminal.send("r", thenWaitFor: "Quote from the evidence")
        try terminal.send("at least 5,000\r", thenWaitFor: "cited [refutes] https://example.org/evidence on \(queue[3])")

        try terminal.send("b", thenWaitFor: "3 of \(total) unreviewed")
        try terminal.waitFor("Verdict: mixed (tester")
        try terminal.send("4", thenWaitFor: "recorded ‘misleading’ on \(queue[2])")
        try terminal.send("?", thenWaitFor: "assay review — keys")
        try terminal.send(" ", thenWaitFor: "4 of \(total) unreviewed")
        try terminal.send("q", thenWaitFor: "reviewed 2, skipped 1; \(total - 2) left")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isCooked, "the terminal was left in raw mode")

        let byID = Dictionary(try claims(database).map { (String($0.id.prefix(12)), $0.verdict) }) { first, _ in first }
        #expect(byID[queue[0]] == Verdict(rating: "accurate", note: nil, analyst: "tester"))
        #expect(byID[queue[2]] == Verdict(rating: "misleading", note: nil, analyst: "tester"))
        #expect(byID.filter { $0.value != nil }.count == 2)
        #expect(try show(database, queue[2]).verdicts == [Verdict(rating: "mixed", note: "a note", analyst: "tester"),
                                                           Verdict(rating: "misleading", note: nil, analyst: "tester")])
        #expect(try show(database, queue[3]).citations == [Citation(url: "https://example.org/evidence", stance: "refutes",
                                                                    quote: "at least 5,000", analyst: "tester")])
        #expect(try show(database, queue[3]).verdicts.isEmpty)
        #expect(try show(database, queue[1]).verdicts.isEmpty)

        let again = try review(database)
        defer { again.close() }
        try again.waitFor("1 of \(total - 2) unreviewed")
        try again.waitFor(queue[1])
        try again.send("\u{03}", thenWaitFor: "reviewed 0, skipped 0; \(total - 2) left")
        #expect(try again.waitForExit() == 0)
        #expect(again.isCooked)
    }

    @Test("u, then Enter, takes back the last verdict of the session, shows its assertion again, and again for the one before")
    func undo() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor(queue[0])
        try terminal.send("1", thenWaitFor: queue[1])
        try terminal.send("5", thenWaitFor: queue[2])
        try terminal.send("u", thenWaitFor: "undo: the last decisions of this session")
        try terminal.send("\r", thenWaitFor: "took back ‘inaccurate’ on")
        try terminal.waitFor(queue[1])
        try terminal.send("u", thenWaitFor: "Enter or 1 takes back the latest")
        try terminal.send("1", thenWaitFor: "took back ‘accurate’ on")
        try terminal.send("3", thenWaitFor: queue[1])
        try terminal.send("q", thenWaitFor: "reviewed 1")
        #expect(try terminal.waitForExit() == 0)
        // The history keeps both verdicts and both retractions; only 'mixed' stands.
        let first = try show(database, queue[0])
        #expect(first.verdicts.map(\.rating) == ["accurate", "retracted", "mixed"])
        #expect(try show(database, queue[1]).verdicts.map(\.rating) == ["inaccurate", "retracted"])
        let current = try claims(database).filter { $0.verdict != nil }
        #expect(current.map(\.verdict?.rating) == ["mixed"])
    }

    @Test("u lists the session's verdicts, tags and dismissals, the latest first; the one chosen is taken back, Esc takes back nothing")
    func undoList() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor(queue[0])
        try terminal.send("1", thenWaitFor: "2 of")
        try terminal.send("t", thenWaitFor: "Tags, separated by spaces")
        try terminal.send("figures\r", thenWaitFor: "tagged \(queue[1])")
        try terminal.send("d", thenWaitFor: "Not a claim because")
        try terminal.send("a headline\r", thenWaitFor: "dismissed \(queue[1]) as not a claim")
        try terminal.send("5", thenWaitFor: "recorded ‘inaccurate’ on \(queue[2])")
        // Back to the first assertion: a second verdict on it, so the list holds an earlier one on the same claim.
        try terminal.send("bbb", thenWaitFor: "1 of")
        try terminal.send("3", thenWaitFor: "recorded ‘mixed’ on \(queue[0])")

        let list = try terminal.waitForScreen(showing: "Esc cancels", since: terminal.send("u"))
        let items = list.filter { $0.hasPrefix("  ") && $0.contains(" · “") }.map { $0.trimmingCharacters(in: .whitespaces) }
        let expected = [
            "1  verdict ‘mixed’ on \(queue[0]) · “",
            "2  verdict ‘inaccurate’ on \(queue[2]) · “",
            "3  dismissed \(queue[1]) as not a claim (“a headline”)",
            "4  tagged \(queue[1]): figures · “",
            "5  verdict ‘accurate’ on \(queue[0]) · “",
        ]
        #expect(items.count == expected.count && zip(items, expected).allSatisfy { $0.hasPrefix($1) }, "\(items)")
        try terminal.send("\u{1B}", thenWaitFor: "nothing undone")
        try terminal.send("u", thenWaitFor: "Esc cancels")
        try terminal.send("5", thenWaitFor: "took back ‘accurate’ on \(queue[0]); ‘mixed’ stands")
        try terminal.send("u", thenWaitFor: "Esc cancels")
        try terminal.send("4", thenWaitFor: "removed the tag figures from \(queue[1])")
        try terminal.send("u", thenWaitFor: "Esc cancels")
        try terminal.send("3", thenWaitFor: "\(queue[1]) is a claim again: its dismissal is withdrawn")
        try terminal.waitFor("2 of")
        try terminal.send("q", thenWaitFor: "reviewed 2")
        #expect(try terminal.waitForExit() == 0)

        // The older verdict on the first claim was taken back, not the later one.
        let first = try history(database, queue[0])
        #expect(first.map(\.rating) == ["accurate", "mixed", "retracted"])
        #expect(first.last?.retracts == first.first?.id)
        #expect(try history(database, queue[2]).map(\.rating) == ["inaccurate"])
        #expect(try claims(database, unreviewed: true).contains { $0.id.hasPrefix(queue[1]) })
        let tagged = try AssayBinary.run(["claims", "--db", database, "--tag", "figures", "--dismissed", "--format", "json"])
        #expect(tagged.stdoutText.contains(queue[1]) == false)
    }

    @Test("g and h grade the verdict: kept for the next one, or recorded on the analyst's verdict as a new entry with the same rating")
    func credibilityAndConfidence() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor(queue[0])
        try terminal.send("g", thenWaitFor: "Credibility 1–6")
        try terminal.waitFor("4 doubtful")
        try terminal.send("\u{1B}", thenWaitFor: "credibility unchanged")
        try terminal.send("g", thenWaitFor: "Credibility 1–6")
        try terminal.send("2", thenWaitFor: "Grade for the next verdict: credibility 2 (probably true)")
        try terminal.send("h", thenWaitFor: "Confidence: l low")
        try terminal.send("h", thenWaitFor: "Grade for the next verdict: credibility 2 (probably true) · confidence high")
        try terminal.send("4", thenWaitFor: "recorded ‘misleading’ with credibility 2 (probably true) · confidence high on \(queue[0])")
        try terminal.send("b", thenWaitFor: "1 of")
        try terminal.waitFor("Verdict: misleading (tester")
        try terminal.waitFor("credibility 2 (probably true) · confidence high")
        try terminal.send("g", thenWaitFor: "Credibility 1–6")
        try terminal.send("5", thenWaitFor: "recorded ‘misleading’ with credibility 5 (improbable) · confidence high on \(queue[0])")
        try terminal.waitFor("1 earlier")
        try terminal.send("h", thenWaitFor: "Confidence")
        try terminal.send("l", thenWaitFor: "credibility 5 (improbable) · confidence low")
        try terminal.send("u", thenWaitFor: "1  graded ‘misleading’ on \(queue[0]): credibility 5 (improbable) · confidence low")
        try terminal.send("\r", thenWaitFor: "took back ‘misleading’ with credibility 5 (improbable) · confidence low")
        try terminal.send("q", thenWaitFor: "reviewed 1")
        #expect(try terminal.waitForExit() == 0)

        let entries = try history(database, queue[0])
        #expect(entries.map(\.rating) == ["misleading", "misleading", "misleading", "retracted"])
        #expect(entries.map(\.credibility) == [2, 5, 5, nil])
        #expect(entries.map(\.confidence) == ["high", "high", "low", nil])
        #expect(entries.last?.retracts == entries[2].id)
    }

    @Test("t tags the assertion; d asks why and dismisses it as not a claim, which takes it out of the queue")
    func tagAndDismiss() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor(queue[0])
        try terminal.send("t", thenWaitFor: "Tags, separated by spaces")
        try terminal.send("figures sourced\r", thenWaitFor: "tagged \(queue[0])")
        try terminal.send("d", thenWaitFor: "Not a claim because")
        try terminal.send("a headline\r", thenWaitFor: "dismissed \(queue[0]) as not a claim")
        try terminal.waitFor(queue[1])
        try terminal.send("q", thenWaitFor: "reviewed 0")
        #expect(try terminal.waitForExit() == 0)
        let tagged = try AssayBinary.run(["claims", "--db", database, "--tag", "sourced", "--format", "json"])
        #expect(String(decoding: tagged.stdout, as: UTF8.self).contains(queue[0]) == false)  // dismissed claims are not listed
        let all = try AssayBinary.run(["claims", "--db", database, "--tag", "sourced", "--dismissed", "--format", "json"])
        #expect(String(decoding: all.stdout, as: UTF8.self).contains(queue[0]))
        #expect(try claims(database, unreviewed: true).allSatisfy { !$0.id.hasPrefix(queue[0]) })
    }

    @Test("a verdict carried from an earlier wording is shown as needing re-review")
    func carriedVerdict() throws {
        let folder = try Repository.temporaryFolder()
        let article = folder.appendingPathComponent("news.txt")
        let database = folder.appendingPathComponent("w.sqlite").path
        try Data("Police arrested 40 protesters in the capital on Monday evening.\n".utf8).write(to: article)
        try #require(try AssayBinary.run(["ingest", "--db", database, article.path]).status == 0)
        let claim = try #require(try claims(database).first).id
        try #require(try AssayBinary.run(["verdict", "--db", database, claim, "misleading"]).status == 0)
        try Data("Police arrested 40 protesters in the capital on Monday night.\n".utf8).write(to: article)
        try #require(try AssayBinary.run(["ingest", "--db", database, article.path]).status == 0)
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor("carried from an earlier wording: needs re-review")
        try terminal.send("q", thenWaitFor: "reviewed 0")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("at 80×24 every screen fits: the header first, the keys last, no line wider than 80, a long paragraph cut around the claim")
    func fitsTheTerminal() throws {
        let folder = try Repository.temporaryFolder()
        let article = folder.appendingPathComponent("long.txt")
        let database = folder.appendingPathComponent("w.sqlite").path
        let sentences = (1...40).map { number in
            "According to unnamed sources, police reportedly arrested some \(number * 137 + 12) protesters in district \(number) "
                + "on Monday, more than twice the \(number * 61) held the week before."
        }
        try Data(("Arrests\n\n" + sentences.joined(separator: " ") + "\n").utf8).write(to: article)
        try #require(try AssayBinary.run(["ingest", "--db", database, article.path]).status == 0)
        let texts = Dictionary(try claims(database).map { (String($0.id.prefix(12)), $0.text) }) { first, _ in first }
        let queue = try expectedQueue(database)
        let terminal = try PseudoTerminal(["review", "--db", database, "--analyst", "tester"], columns: 80, rows: 24)
        defer { terminal.close() }

        var mark = 0
        for number in 1...6 {
            let screen = try terminal.waitForScreen(showing: "q quit", since: mark)
            expectFits(screen, columns: 80, rows: 24)
            #expect(screen.first?.hasPrefix("assay review · \(number) of \(queue.count) unreviewed") == true, "\(screen)")
            let shown = screen.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let opening = (texts[queue[number - 1]] ?? "?").split(separator: " ").prefix(4).joined(separator: " ")
            #expect(shown.contains(opening), "the assertion '\(opening)' is not on screen:\n\(screen.joined(separator: "\n"))")
            #expect(screen.contains { $0.contains("more lines") || $0.contains("lines above") }, "no mark where the paragraph is cut")
            mark = terminal.send("s")
        }

        let help = try terminal.waitForScreen(showing: "Space for more", since: terminal.send("?"))
        expectFits(help, columns: 80, rows: 24)
        let rest = try terminal.waitForScreen(showing: "any key goes back", since: terminal.send(" "))
        expectFits(rest, columns: 80, rows: 24)
        #expect(rest.contains { $0.contains("quit (Ctrl-C too)") })
        try terminal.send("x", thenWaitFor: "7 of \(queue.count)")
        try terminal.send("q", thenWaitFor: "reviewed 0, skipped 6")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("a resized terminal gets the screen drawn again at its new size, prompts included, and keys still work")
    func redrawsOnResize() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let terminal = try review(database)
        defer { terminal.close() }
        _ = try terminal.waitForScreen(showing: "q quit")

        let mark = terminal.mark
        terminal.resize(columns: 60, rows: 20)
        let narrow = try terminal.waitForScreen(showing: "q quit", since: mark)
        expectFits(narrow, columns: 60, rows: 20)
        #expect(narrow.first?.hasPrefix("assay review · 1 of \(queue.count) unreviewed") == true)

        try terminal.send("n", thenWaitFor: "Note (")
        let prompted = terminal.mark
        terminal.resize(columns: 72, rows: 22)
        let wider = try terminal.waitForScreen(showing: "Note (", since: prompted)
        expectFits(wider, columns: 72, rows: 22)
        #expect(wider.last?.hasPrefix("Note (") == true, "the prompt is not on the last row: \(wider)")
        try terminal.send("kept\r", thenWaitFor: "Note for the next verdict: “kept”")
        try terminal.send("s", thenWaitFor: "2 of \(queue.count) unreviewed")
        try terminal.send("q", thenWaitFor: "reviewed 0, skipped 1")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.isCooked)
    }

    /// A screen fits when it uses at most `rows` rows (the cursor's included: one more would
    /// scroll the header away) and no line is wider than the terminal.
    private func expectFits(_ screen: [String], columns: Int, rows: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.count <= rows, "\(screen.count) rows:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        for line in screen where line.unicodeScalars.count > columns {
            Issue.record("a line of \(line.unicodeScalars.count) columns: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test("--order document starts at the first unreviewed assertion of the text")
    func documentOrder() throws {
        let database = try workbench()
        let inText = try claims(database).map { String($0.id.prefix(12)) }
        let verdict = try AssayBinary.run(["verdict", "--db", database, inText[0], "accurate"])
        try #require(verdict.status == 0, "\(verdict.stderr)")
        let terminal = try review(database, ["--order", "document"])
        defer { terminal.close() }
        try terminal.waitFor("1 of \(inText.count - 1) unreviewed")
        try terminal.waitFor(inText[1])
        try terminal.send("q", thenWaitFor: "reviewed 0, skipped 0")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("the end of the queue says so; q there still quits")
    func endOfQueue() throws {
        let folder = try Repository.temporaryFolder()
        let article = folder.appendingPathComponent("short.txt")
        try Data("Police arrested 40 people on Monday.\n".utf8).write(to: article)
        let database = folder.appendingPathComponent("w.sqlite").path
        try #require(try AssayBinary.run(["ingest", "--db", database, article.path]).status == 0)
        let total = try claims(database).count
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor("1 of \(total) unreviewed")
        try terminal.send(String(repeating: "s", count: total), thenWaitFor: "end of the queue")
        try terminal.send("q", thenWaitFor: "reviewed 0, skipped \(total); \(total) left")
        #expect(try terminal.waitForExit() == 0)

        for claim in try claims(database) {
            try #require(try AssayBinary.run(["verdict", "--db", database, claim.id, "accurate"]).status == 0)
        }
        let done = try review(database)
        defer { done.close() }
        try done.waitFor("nothing to review in \(database)")
        #expect(try done.waitForExit() == 0)
    }

    @Test("without a terminal it refuses, points to 'assay verdict' and leaves the workbench untouched")
    func refusesWithoutTerminal() throws {
        let database = try workbench()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let before = try snapshot(folder)
        let run = try AssayBinary.run(["review", "--db", database, "--analyst", "tester"])
        #expect(run.status == 2)
        #expect(run.stderr == "error: assay review needs a terminal; use 'assay verdict CLAIM RATING' to record verdicts from scripts\n")
        #expect(run.stdout.isEmpty)
        #expect(try snapshot(folder) == before)

        let missing = folder.appendingPathComponent("missing.sqlite").path
        #expect(try AssayBinary.run(["review", "--db", missing]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("help explains the keys and resuming, with an example")
    func help() throws {
        let run = try AssayBinary.run(["review", "--help"])
        #expect(run.status == 0)
        for phrase in ["--order", "1 to 7", "g asks for the credibility", "h for the confidence", "u lists the session's last decisions",
                       "resized", "q quits", "resumes", "assay verdict", "Examples:", "assay review"] {
            // Words compared with line breaks as spaces: the help is wrapped to the terminal's width.
            #expect(run.stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(phrase), "help lacks \(phrase)")
        }
    }

    /// Every file of a folder with its bytes and modification time.
    private func snapshot(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            files[name] = "\(modified?.timeIntervalSince1970 ?? 0) \(ContentDigest.of(try Data(contentsOf: url)))"
        }
        return files
    }
}

/// A cheap fingerprint of a file's bytes (FNV-1a), to tell that a file did not change.
private enum ContentDigest {
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "\(data.count):\(String(hash, radix: 16))"
    }
}
