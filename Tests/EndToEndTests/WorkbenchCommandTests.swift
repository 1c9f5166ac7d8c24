import Foundation
import Testing
import TestSupport

@Suite("The review workbench, end to end")
struct WorkbenchCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    @Test("ingest both seeds, two analysts record verdicts and citations, show, search, stats with kappa")
    func reviewDay() throws {
        let session = try WorkbenchSession()
        let ingest = try session.run(["ingest"] + seeds)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdoutText.contains("stored       000_0b590991ea34db62@1: "))
        #expect(ingest.stdoutText.contains("stored       004_7c6fb8ad358d5ed6@1: "))
        let permissions = try FileManager.default.attributesOfItem(atPath: session.db)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let claims = try session.claims(["000_0b590991ea34db62"])
        let massacre = try #require(claims.first { ($0["text"] as? String)?.contains("over 30,000 political prisoners") == true })
        let massacreID = try #require(massacre["id"] as? String)
        let flags = try #require(massacre["flags"] as? [String: Int])
        #expect(flags["numeric"] ?? 0 >= 1)
        let ids = claims.compactMap { $0["id"] as? String }

        // Ann and Bob rate the same four claims; they agree on three (kappa by hand: 0.636…).
        let ann = ["unsupported", "accurate", "mixed", "misleading"], bob = ["unsupported", "mixed", "mixed", "misleading"]
        for (index, rating) in ann.enumerated() {
            let run = try session.run(["verdict", String(ids[index + 3].prefix(8)), rating, "--credibility", "3"], analyst: "ann")
            #expect(run.status == 0, "\(run.stderr)")
        }
        for (index, rating) in bob.enumerated() {
            #expect(try session.run(["verdict", ids[index + 3], rating], analyst: "bob").status == 0)
        }
        let note = "Amnesty counted ~5,000; the NCRI's own figure is 30,000. Quote: \"it's\"; DROP TABLE verdicts; --"
        let verdict = try session.run(["verdict", massacreID, "unsupported", "--confidence", "high", "--note", note], analyst: "ann")
        #expect(verdict.status == 0, "\(verdict.stderr)")
        let cite = try session.run(["cite", String(massacreID.prefix(6)), "https://www.amnesty.org/en/documents/mde13/9421/2018/en/",
                                    "--title", "Blood-soaked secrets", "--quote", "at least 5,000 people", "--stance", "refutes"],
                                   analyst: "ann")
        #expect(cite.status == 0, "\(cite.stderr)")

        let show = try session.run(["show", massacreID])
        #expect(show.status == 0)
        #expect(show.stdoutText.contains("over 30,000 political prisoners"))
        #expect(show.stdoutText.contains(note))
        #expect(show.stdoutText.contains("[refutes] Blood-soaked secrets — https://www.amnesty.org/"))
        let detail = try #require(try session.json(["show", massacreID]) as? [String: Any])
        let verdicts = try #require(detail["verdicts"] as? [[String: Any]])
        #expect(verdicts.compactMap { $0["note"] as? String } == [note])

        let search = try session.run(["search", "amnesty", "--color", "never"])
        #expect(search.status == 0)
        #expect(search.stdoutText.contains("000_0b590991ea34db62:\(massacreID.prefix(12))  note"))
        #expect(search.stdoutText.contains("⟦Amnesty⟧"))

        let stats = try session.stats()
        let agreement = try #require((stats["agreement"] as? [[String: Any]])?.first)
        #expect(agreement["analysts"] as? [String] == ["ann", "bob"])
        #expect(agreement["shared"] as? Int == 4)
        let kappa = try #require(agreement["kappa"] as? Double)
        // po = 3/4; ann: unsupported, accurate, mixed, misleading (¼ each); bob: unsupported ¼, mixed ½, misleading ¼
        // pe = ¼·¼ + ¼·0 + ¼·½ + ¼·¼ = 0.25; kappa = (0.75 − 0.25) / 0.75 = 2/3
        #expect(abs(kappa - 2.0 / 3.0) < 1e-9)
        let text = try session.run(["stats"])
        #expect(text.stdoutText.contains("ann × bob: 3/4 agree, Cohen's kappa 0.667"))
    }

    @Test("re-ingesting an edited seed makes version 2 and keeps verdicts on unchanged assertions")
    func editedSeedKeepsVerdicts() throws {
        let session = try WorkbenchSession()
        let copy = session.folder.appendingPathComponent("article.txt")
        let original = try String(contentsOf: Repository.seed(Repository.seedNames[0]), encoding: .utf8)
        try original.write(to: copy, atomically: true, encoding: .utf8)
        #expect(try session.run(["ingest", copy.path]).status == 0)
        let claims = try session.claims()
        let unchanged = try #require(claims.first { ($0["text"] as? String)?.hasPrefix("Western nations have a moral duty") == true })
        let edited = try #require(claims.first { ($0["text"] as? String)?.contains("over 30,000 political prisoners") == true })
        let removed = try #require(claims.first { ($0["text"] as? String)?.hasPrefix("Five-hundred grams") == true })
        for claim in [unchanged, edited, removed] {
            #expect(try session.run(["verdict", try #require(claim["id"] as? String), "misleading"]).status == 0)
        }

        try original.replacingOccurrences(of: "over 30,000", with: "about 3,000")
            .replacingOccurrences(of: "Five-hundred grams of the high-explosive TATP was found in their vehicle, and ", with: "")
            .write(to: copy, atomically: true, encoding: .utf8)
        let again = try session.run(["ingest", copy.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdoutText.contains("new version  article@2: "))
        #expect(again.stdoutText.contains("; 1 claim keeps its verdict; 1 reworded, their verdicts need re-review; "
                                          + "1 with verdicts no longer found (see 'assay claims --orphaned')"))
        let orphans = try #require(try session.json(["claims", "--orphaned"]) as? [[String: Any]])
        #expect(orphans.compactMap { $0["assertion"] as? String } == [removed["id"] as? String])
        #expect((orphans.first?["verdict"] as? [String: Any])?["rating"] as? String == "misleading")
        let reworded = try #require(try session.claims().first { ($0["text"] as? String)?.contains("about 3,000") == true })
        #expect(reworded["needsReview"] as? Bool == true)
        #expect(try session.run(["report", "--format", "md"]).stdoutText.contains("## Orphaned verdicts"))
        let now = try session.claims()
        #expect(now.allSatisfy { $0["version"] as? Int == 2 })
        let kept = try #require(now.first { $0["id"] as? String == unchanged["id"] as? String })
        #expect((kept["verdict"] as? [String: Any])?["rating"] as? String == "misleading")
        #expect(!now.contains { $0["id"] as? String == edited["id"] as? String })
        #expect(try session.run(["ingest", copy.path]).stdoutText.contains("unchanged    article@2"))
    }

    @Test("annotate adds a missed assertion; dismiss hides one; tags filter claims; findings can be dismissed")
    func corrections() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let annotate = try session.run(["annotate", "000_0b590991ea34db62", "--quote", "the clerical regime massacred", "--note", "an accusation"])
        #expect(annotate.status == 0, "\(annotate.stderr)")
        let missing = try session.run(["annotate", "000_0b590991ea34db62", "--quote", "words that are not there"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: the quote is not in 000_0b590991ea34db62@1 (it must match the text exactly)\n")
        let twice = try session.run(["annotate", "000_0b590991ea34db62", "--quote", "MEK"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("times in 000_0b590991ea34db62@1; quote more of the sentence"))

        let added = try #require(try session.claims().first { $0["origin"] as? String == "analyst" })
        let addedID = try #require(added["id"] as? String)
        #expect(added["text"] as? String == "the clerical regime massacred")
        #expect(try session.run(["tag", addedID, "needs-expert", "1988-massacre"]).status == 0)
        #expect(try session.claims(["--tag", "needs-expert"]).compactMap { $0["id"] as? String } == [addedID])
        #expect(try session.run(["untag", addedID, "needs-expert"]).status == 0)
        #expect(try session.claims(["--tag", "needs-expert"]).isEmpty)

        let headline = try #require(try session.claims().first)
        let headlineID = try #require(headline["id"] as? String)
        #expect(try session.run(["dismiss", headlineID, "--reason", "headline"]).status == 0)
        #expect(!(try session.claims()).contains { $0["id"] as? String == headlineID })
        #expect(try session.claims(["--dismissed"]).contains { $0["id"] as? String == headlineID })

        let findings = try #require(try session.json(["findings"]) as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "framing.name-calling" })
        let findingID = try #require(finding["id"] as? String)
        #expect(try session.run(["dismiss-finding", String(findingID.prefix(8)), "--reason", "fair here"]).status == 0)
        let rules = try #require(try session.stats()["rules"] as? [[String: Any]])
        let nameCalling = try #require(rules.first { $0["rule"] as? String == "framing.name-calling" })
        #expect(nameCalling["dismissed"] as? Int == 1)
        #expect(try session.run(["dismiss-finding", findingID, "--undo"]).status == 0)
    }

    @Test("verdict --batch: checked whole before anything is recorded; the same file by two analysts counts twice")
    func verdictBatch() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let ids = try session.claims().compactMap { $0["id"] as? String }
        let file = session.folder.appendingPathComponent("verdicts.jsonl")
        var lines = ids.prefix(4).map { "{\"claim\": \"\($0.prefix(8))\", \"rating\": \"mixed\"}" }
        lines[2] = "{\"claim\": \"\(ids[2])\", \"rating\": \"sort-of\"}"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let bad = try session.run(["verdict", "--batch", file.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("error: \(file.path):3: unknown rating 'sort-of' (expected: accurate,"))
        #expect(try session.verdictsRecorded() == 0)

        lines[2] = "{\"claim\": \"\(ids[2])\", \"rating\": \"accurate\", \"note\": \"fixed\"}"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try session.run(["verdict", "--batch", file.path], analyst: "ann").stdoutText
                == "recorded 4 verdicts (0 were already recorded)\n")
        #expect(try session.run(["verdict", "--batch", file.path], analyst: "bob").stdoutText
                == "recorded 4 verdicts (0 were already recorded)\n")
        #expect(try session.verdictsRecorded() == 8)
    }

    @Test("retract takes back the analyst's latest verdict; show lists it as taken back; a second retract leaves none")
    func retract() throws {
        let session = try WorkbenchSession()
        try session.run(["ingest", "seeds/" + Repository.seedNames[0]])
        let claim = String(try #require(try session.claims().first?["id"] as? String).prefix(8))
        try session.run(["verdict", claim, "mixed"], analyst: "ann")
        try session.run(["verdict", claim, "inaccurate"], analyst: "ann")
        let retracted = try session.run(["retract", claim, "--note", "rated the wrong claim"], analyst: "ann")
        #expect(retracted.status == 0, "\(retracted.stderr)")
        #expect(retracted.stdoutText.hasPrefix("retracted inaccurate by ann on "))
        #expect(retracted.stdoutText.hasSuffix("; current verdict: mixed by ann\n"))
        let shown = try session.run(["show", claim]).stdoutText
        #expect(shown.contains("retracts ann's inaccurate of "))
        #expect(shown.contains("taken back inaccurate"))
        #expect(shown.contains("current  mixed"))
        #expect(try session.run(["retract", claim], analyst: "bob").stderr.contains("has no verdict of bob's to retract"))
        #expect(try session.run(["retract", claim], analyst: "ann").stdoutText.hasSuffix("; no verdict stands\n"))
        #expect(try session.claims().first?["verdict"] == nil)
    }

    @Test("rename gives a document a readable name; its verdicts follow; a taken or malformed name is refused")
    func rename() throws {
        let session = try WorkbenchSession()
        try session.run(["ingest", "seeds/" + Repository.seedNames[0], "seeds/" + Repository.seedNames[1]])
        let claim = String(try #require(try session.claims([Repository.seedNames[0].replacingOccurrences(of: ".txt", with: "")]).first?["id"] as? String).prefix(8))
        try session.run(["verdict", claim, "mixed"])
        let old = "000_0b590991ea34db62", new = "ncri-repression"
        let renamed = try session.run(["rename", old, new])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdoutText == "renamed \(old) to \(new)\n")
        let claims = try session.claims([new])
        #expect(claims.count == 37)
        #expect(claims.first { ($0["id"] as? String)?.hasPrefix(claim) == true }?["verdict"] != nil)
        #expect(try session.run(["claims", old]).status == 2)
        #expect(try session.run(["rename", new, "004_7c6fb8ad358d5ed6"]).stderr
                == "error: a document named '004_7c6fb8ad358d5ed6' is already in the workbench; choose another name\n")
        #expect(try session.run(["rename", new, "a@b"]).status == 2)
        // Re-ingesting the same file finds the renamed document: unchanged, no new document.
        #expect(try session.run(["ingest", "seeds/" + Repository.seedNames[0]]).status == 0)
        #expect(try session.claims([new]).count == 37)
        #expect(try session.run(["claims", old]).status == 2)
        #expect(try session.run(["export"]).stdoutText.contains("\"action\":\"rename\""))
    }

    @Test("delete removes a document or a version; review work is refused without --force, and with it kept in an importable export")
    func delete() throws {
        let session = try WorkbenchSession()
        let junk = session.folder.appendingPathComponent("junk.txt"), article = session.folder.appendingPathComponent("article.txt")
        try Data("Junk. Junk again.\n".utf8).write(to: junk)
        try Data("Police arrested 40 people on Monday.\n\nThe mayor said the protest was peaceful.\n".utf8).write(to: article)
        try session.run(["ingest", junk.path, "--doc", "junk"])
        #expect(try session.run(["delete", "junk"]).stdoutText == "deleted junk (1 version)\n")
        #expect(try session.run(["claims", "junk"]).status == 2)

        try session.run(["ingest", article.path, "--doc", "news"])
        try Data("Police arrested 41 people on Monday.\n\nThe mayor said the protest was peaceful.\n".utf8).write(to: article)
        try session.run(["ingest", article.path, "--doc", "news"])
        let claim = String(try #require(try session.claims(["news"]).first?["id"] as? String).prefix(8))
        try session.run(["verdict", claim, "inaccurate"])
        // The verdict is on version 2: deleting it needs --force and names the work; nothing changes.
        let refused = try session.run(["delete", "news@2"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: news@2 holds 1 verdict; nothing was deleted. Give --force"))
        #expect(try session.claims(["news"]).first?["verdict"] != nil)
        let kept = session.folder.appendingPathComponent("kept.jsonl")
        let forced = try session.run(["delete", "news@2", "--force", "--export", kept.path])
        #expect(forced.stdoutText == "deleted version 2 of news; its review work (1 verdict, 0 citations) is in \(kept.path)\n")
        // Version 1 is the latest again, without the verdict; the kept file imports into a new workbench.
        #expect(try session.claims(["news"]).first?["text"] as? String == "Police arrested 40 people on Monday.")
        #expect(try session.claims(["news"]).allSatisfy { $0["verdict"] == nil })
        let restored = session.folder.appendingPathComponent("restored.sqlite").path
        #expect(try AssayBinary.run(["import", kept.path, "--db", restored]).status == 0)
        let shown = try AssayBinary.run(["show", claim, "--db", restored]).stdoutText
        #expect(shown.contains("current  inaccurate"))
        #expect(try session.run(["check"]).stdoutText.hasPrefix("ok"))
        #expect(try session.run(["delete", "news@7"]).stderr == "error: news has no version 7 (it has 1)\n")
        // Each deletion is in the audit log, with what it took.
        let audit = try session.run(["export"]).stdoutText.split(separator: "\n").filter { $0.contains("\"table\":\"audit_log\"") }
        #expect(audit.filter { $0.contains("\"action\":\"delete\"") && $0.contains("\"subject\":\"junk\"") }.count == 1)
        #expect(audit.contains { $0.contains("\"action\":\"delete\"") && $0.contains("\"subject\":\"news@2\"") && $0.contains("1 verdict(s)") })
    }

    @Test("stats DOC shows one document with its rules and agreement; over several documents a total adds them up")
    func statsPerDocumentAndTotals() throws {
        let session = try WorkbenchSession()
        try session.run(["ingest", "seeds/" + Repository.seedNames[0], "seeds/" + Repository.seedNames[1]])
        let first = Repository.seedNames[0].replacingOccurrences(of: ".txt", with: "")
        let claim = String(try #require(try session.claims([first]).first?["id"] as? String).prefix(8))
        try session.run(["verdict", claim, "mixed"], analyst: "ann")
        try session.run(["verdict", claim, "mixed"], analyst: "bob")
        let all = try session.stats()
        let totals = try #require(all["totals"] as? [String: Any])
        #expect(totals["documents"] as? Int == 2 && totals["assertions"] as? Int == 37 + 72 && totals["reviewed"] as? Int == 1)
        #expect(try session.run(["stats"]).stdoutText.contains("  total, 2 documents: 109 claims, 1 reviewed (1%)"))
        let one = try #require(try session.json(["stats", first]) as? [String: Any])
        #expect((one["documents"] as? [[String: Any]])?.map { $0["document"] as? String } == [first])
        #expect((one["totals"] as? [String: Any])?["assertions"] as? Int == 37)
        #expect((one["agreement"] as? [[String: Any]])?.first?["shared"] as? Int == 1)
        let other = try #require(try session.json(["stats", Repository.seedNames[1].replacingOccurrences(of: ".txt", with: "")]) as? [String: Any])
        #expect((other["agreement"] as? [Any])?.isEmpty == true)
        #expect(!(try session.run(["stats", first]).stdoutText.contains("total,")))
        #expect(try session.run(["stats", "nope"]).stderr == "error: no document named 'nope' in the workbench (see 'assay claims' or 'assay stats')\n")
    }

    @Test("sources import, rate and list")
    func sources() throws {
        let session = try WorkbenchSession()
        // A registry can be built before any document is stored, in a workbench made with init.
        #expect(try session.run(["sources", "import", "seeds/sources.yml"]).status == 2)
        #expect(try session.run(["init"]).status == 0)
        let imported = try session.run(["sources", "import", "seeds/sources.yml"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdoutText == "seeds/sources.yml: 4 sources added, 0 updated\n")
        #expect(try session.run(["sources", "rate", "MEK", "E"]).stdoutText == "People's Mojahedin Organization of Iran: E\n")
        #expect(try session.run(["sources", "note", "MEK", "Figures are self-reported."]).stdoutText
                == "People's Mojahedin Organization of Iran: notes: Figures are self-reported.\n")
        #expect(try session.run(["sources", "note", "MEK", ""]).stdoutText == "People's Mojahedin Organization of Iran: no notes\n")
        let removed = try session.run(["sources", "remove", "MEK"])
        #expect(removed.stdoutText == "removed People's Mojahedin Organization of Iran from the registry\n")
        #expect(try session.run(["sources", "rate", "MEK", "E"]).stderr.contains("no source named 'MEK' in the registry"))
        #expect(try session.run(["sources", "remove", "MEK"]).status == 2)
        #expect(try session.run(["sources", "import", "seeds/sources.yml"]).stdoutText == "seeds/sources.yml: 1 source added, 3 updated\n")
        try session.run(["sources", "rate", "MEK", "E"])
        let list = try #require(try session.json(["sources", "list"]) as? [[String: Any]])
        #expect(list.first { $0["name"] as? String == "People's Mojahedin Organization of Iran" }?["reliability"] as? String == "E")
        let bad = try session.run(["sources", "rate", "MEK", "Z"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("error: unknown reliability 'Z'"))
        #expect(try session.run(["sources", "add", "Amnesty International", "--alias", "Amnesty", "--type", "ngo",
                                 "--reliability", "b"]).status == 0)
        #expect(try session.run(["sources", "affiliate", "Amnesty", "UN"]).stdoutText
                == "Amnesty International: affiliated with UN\n")
        let twice = try session.run(["sources", "add", "amnesty"])
        #expect(twice.status == 2)
        #expect(twice.stderr == "error: 'amnesty' is already in the registry as Amnesty International\n")
    }

    @Test("a workbench's own verdict scale: set, listed, enforced; earlier ratings keep their value")
    func customScale() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let id = try #require(try session.claims().first?["id"] as? String)
        #expect(try session.run(["verdict", id, "mixed"]).status == 0)
        let set = try session.run(["scale", "--set", "true", "half-true", "false"])
        #expect(set.stdoutText == "1  true\n2  half-true\n3  false\n")
        #expect(try session.run(["scale"]).stdoutText == set.stdoutText)
        let old = try session.run(["verdict", id, "mixed"])
        #expect(old.status == 2)
        #expect(old.stderr == "error: unknown rating 'mixed' (expected: true, half-true, false)\n")
        #expect(try session.run(["verdict", id, "half-true"]).status == 0)
        let detail = try #require(try session.json(["show", id]) as? [String: Any])
        #expect((detail["verdicts"] as? [[String: Any]])?.compactMap { $0["rating"] as? String } == ["mixed", "half-true"])
    }
}
