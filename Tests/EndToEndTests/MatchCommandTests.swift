import Foundation
import Testing
import TestSupport

@Suite("assay match, end to end")
struct MatchCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    @Test("on a workbench: the 30,000 and 100,000 groups, and a recorded verdict offered, never recorded")
    func workbench() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let massacre = try #require(try session.claims(["000_0b590991ea34db62"])
            .first { ($0["text"] as? String)?.contains("over 30,000 political prisoners") == true }?["id"] as? String)
        #expect(try session.run(["verdict", massacre, "misleading"], analyst: "alice").status == 0)
        let before = try session.verdictsRecorded()

        let text = try session.run(["match"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdoutText.contains("Group 1"))
        #expect(text.stdoutText.contains("shared figure: over 30,000 political prisoners ≈ an estimated 30,000 people"))
        #expect(text.stdoutText.contains("shared figure: as many as 100,000 Iranian expatriates ≈ upwards of 100,000 supporters"))
        #expect(text.stdoutText.contains("misleading (by alice)"))
        #expect(text.stdoutText.contains("suggestion: misleading from 000_0b590991ea34db62:\(massacre.prefix(12)) (by alice)"))

        let json = try #require(try session.json(["match"]) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["documents"] as? [String] == ["000_0b590991ea34db62", "004_7c6fb8ad358d5ed6"])
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.count == 2)
        let suggestions = groups.compactMap { $0["suggestions"] as? [[String: Any]] }.joined()
        #expect(suggestions.map { $0["rating"] as? String } == ["misleading"])
        #expect(suggestions.first?["fromClaim"] as? String == massacre)
        #expect(try session.verdictsRecorded() == before)
    }

    @Test("on files, without a workbench; stored names and thresholds")
    func files() throws {
        let run = try AssayBinary.run(["match", "--format", "json", "--db", "/nonexistent/none.sqlite"] + seeds)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try run.json()
        let groups = try #require(json["groups"] as? [[String: Any]])
        let texts = groups.map { group in ((group["members"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String } }
        #expect(texts.contains { $0.contains { $0.contains("massacred over 30,000") } && $0.contains { $0.contains("estimated 30,000") } })
        #expect(texts.contains { $0.contains { $0.contains("as many as 100,000") } && $0.contains { $0.contains("upwards of 100,000") } })
        #expect((json["thresholds"] as? [String: Double]) == ["suggest": 0.3, "group": 0.45])

        let strict = try AssayBinary.run(["match", "--threshold", "0.9", "--suggest", "0.5"] + seeds)
        #expect(strict.status == 0)
        #expect(strict.stdoutText.contains("No groups at or above 0.90."))
        #expect(strict.stdoutText.contains("Suggested pairs (at or above 0.50, not grouped)"))
    }

    @Test("--limit shows the best of each list; the summary line on stderr counts them all")
    func limitAndSummary() throws {
        let run = try AssayBinary.run(["match", "--limit", "1"] + seeds)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText.contains("Group 1 "))
        #expect(!run.stdoutText.contains("Group 2 "))
        #expect(run.stderr == "2 groups, 1 suggested pair, 0 contradiction candidates across 2 documents; "
                + "showing the first 1 of each — --limit 0 for all\n")
        let all = try AssayBinary.run(["match", "--limit", "0"] + seeds)
        #expect(all.stdoutText.contains("Group 2 "))
        #expect(all.stderr == "2 groups, 1 suggested pair, 0 contradiction candidates across 2 documents\n")
    }

    @Test("--doc and --since search some documents' claims against the whole workbench")
    func searchedDocuments() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let one = try session.run(["match", "--doc", "004_7c6fb8ad358d5ed6"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stderr.hasPrefix("2 groups, 1 suggested pair, 0 contradiction candidates across 2 documents (1 document searched)"))

        let report = session.folder.appendingPathComponent("bomb-plot-trial.txt")
        try Self.bombPlotReport.write(to: report, atomically: true, encoding: .utf8)
        let file = try session.json(["match", "--doc", report.path])
        #expect((file as? [String: Any])?["queried"] as? [String] == ["bomb-plot-trial"])
        let groups = ((file as? [String: Any])?["groups"] as? [[String: Any]]) ?? []
        #expect(groups.count == 1)

        let later = try session.run(["match", "--since", "2999-01-01"])
        #expect(later.stderr.hasPrefix("0 groups, 0 suggested pairs, 0 contradiction candidates across 2 documents (0 documents searched)"))
        let earlier = try session.run(["match", "--since", "2000-01-01"])
        #expect(earlier.stderr.hasPrefix("2 groups"))

        let unknown = try session.run(["match", "--doc", "no-such-document"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: no-such-document: no such file, and not among the documents compared (see 'assay claims')\n")
    }

    @Test("a progress bar is drawn on stderr when it is a terminal (and only then: the tests above read none)")
    func progressOnTerminal() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let terminal = try PseudoTerminal(["match", "--db", session.db])
        try terminal.waitFor("claims searched")
        try terminal.waitFor("2 groups, 1 suggested pair")
        #expect(try terminal.waitForExit() == 0)
        terminal.close()
    }

    /// A report of the 2018 bomb-plot trial, worded otherwise than seed 000.
    static let bombPlotReport = """
        Iranian diplomat convicted over plot to bomb opposition rally

        Assadollah Assadi, who was posted at Iran's embassy in Vienna, was arrested in Germany shortly after the couple he had recruited was stopped. Belgian police had found 500 grams of the explosive TATP and a detonator in the couple's car in June 2018.
        """

    @Test("a malformed threshold is a usage error (64)", arguments: [
        ["--threshold", "1.5"], ["--suggest", "-1"], ["--threshold", "0.3", "--suggest", "0.5"], ["--threshold", "high"],
        ["--limit", "-1"], ["--since", "yesterday"], ["--since", "2026-1-7"],
    ])
    func badThreshold(arguments: [String]) throws {
        let run = try AssayBinary.run(["match"] + arguments + seeds)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
    }

    @Test("an unknown document is an error (2), as is a missing workbench")
    func unknownDocument() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let run = try session.run(["match", "000_0b590991ea34db62", "no-such-document"])
        #expect(run.status == 2)
        #expect(run.stderr == "error: no document named 'no-such-document' in the workbench (see 'assay claims' or 'assay stats')\n")
        #expect(run.stdout.isEmpty)
        let missing = try AssayBinary.run(["match", "--db", session.folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 2)
    }
}
