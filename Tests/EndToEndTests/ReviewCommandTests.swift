import Foundation
import Testing
import TestSupport

@Suite("assay review, end to end in a pseudo-terminal")
struct ReviewCommandTests {
    /// What `assay claims --format json` and `assay show --format json` say, as far as these tests look.
    private struct Claim: Decodable {
        var id: String
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

    /// The review order, worked out independently: most check-worthy first, ties in document order.
    private func expectedQueue(_ database: String) throws -> [String] {
        try claims(database, unreviewed: true).enumerated()
            .sorted { ($1.element.checkworthiness, $0.offset) < ($0.element.checkworthiness, $1.offset) }
            .map { String($0.element.id.prefix(8)) }
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

        let byID = Dictionary(try claims(database).map { (String($0.id.prefix(8)), $0.verdict) }) { first, _ in first }
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

    @Test("u takes back the last verdict of the session, shows its assertion again, and again for the one before")
    func undo() throws {
        let database = try workbench()
        let queue = try expectedQueue(database)
        let terminal = try review(database)
        defer { terminal.close() }
        try terminal.waitFor(queue[0])
        try terminal.send("1", thenWaitFor: queue[1])
        try terminal.send("5", thenWaitFor: queue[2])
        try terminal.send("u", thenWaitFor: "took back ‘inaccurate’ on")
        try terminal.waitFor(queue[1])
        try terminal.send("u", thenWaitFor: "took back ‘accurate’ on")
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

    @Test("--order document starts at the first unreviewed assertion of the text")
    func documentOrder() throws {
        let database = try workbench()
        let inText = try claims(database).map { String($0.id.prefix(8)) }
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
        for phrase in ["--order", "1 to 7", "q quits", "resumes", "assay verdict", "Examples:", "assay review"] {
            #expect(run.stdoutText.contains(phrase), "help lacks \(phrase)")
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
