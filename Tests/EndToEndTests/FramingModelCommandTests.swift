import Foundation
import Testing
import TestSupport

@Suite("The framing model, as analysts meet it")
struct FramingModelCommandTests {
    /// An opinion piece written for these tests: advocacy in the voice the model learned.
    static let opinion = """
    The Harbour Scheme Is a Betrayal of Every Family in This Town

    For years, greedy developers and their cronies at City Hall have treated our waterfront as a piggy bank.

    Ask yourself who really benefits. The answer is obvious: the same radical elite who have been pillaging this town for decades.

    We cannot stand by and let them destroy everything we love. Stand up, speak out, and vote no on Thursday!
    """

    /// Neutral local reporting on the same subject.
    static let neutral = """
    Council approves harbour budget

    The city council voted 7 to 2 on Tuesday to approve a budget of £4.2 million for repairs to the harbour wall.

    The work, which is expected to begin in March, will replace a 300-metre section damaged in storms last winter.

    The fish market will remain open during the repairs, according to the harbour authority.
    """

    /// Reporting that hedges its figures and cites an unnamed spokesman, as news does.
    static let reporting = """
    Harbour repairs to cost more than expected

    Repairs to the harbour wall will cost about £4.5 million, up from £4.2 million, a council spokesman said on Wednesday.

    It is understood the contractor has asked for more time.

    Hundreds of residents attended a meeting about the work, which reportedly ran late into the evening.
    """

    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func findings(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try AssayBinary.run(["analyze", "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        return documents.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
    }

    @Test("the shipped model flags an opinion piece with scores and reasons, and leaves neutral reporting alone")
    func shippedModel() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let opinion = try write(Self.opinion, "opinion.txt", in: folder)
        let neutral = try write(Self.neutral, "neutral.txt", in: folder)

        let flagged = try findings([opinion]).filter { $0["rule"] as? String == "framing.model" }
        #expect(!flagged.isEmpty)
        for finding in flagged {
            let fields = try #require(finding["fields"] as? [String: Any])
            let score = try #require(fields["score"] as? Double)
            #expect(score > 0 && score < 1)
            #expect((finding["message"] as? String)?.hasPrefix("loaded or persuasive language (model score ") == true)
            #expect(["info", "warning"].contains(finding["severity"] as? String))
        }
        #expect(flagged.contains { ($0["text"] as? String)?.contains("radical elite") == true })
        #expect(try findings([neutral]).allSatisfy { $0["rule"] as? String != "framing.model" })
    }

    @Test("ordinary reporting draws findings that describe its claims, all info: a warning is kept for text that argues or hides its source on purpose")
    func reportingDrawsNoWarning() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = try findings([try write(Self.reporting, "reporting.txt", in: folder)])
        let rules = Set(found.compactMap { $0["rule"] as? String })
        for rule in ["numeric.hedged-estimate", "attribution.unnamed-source", "attribution.agentless", "numeric.vague-quantity",
                     "attribution.hedged-report"] {
            #expect(rules.contains(rule), "\(rule) among \(rules.sorted())")
        }
        #expect(found.allSatisfy { $0["severity"] as? String == "info" }, "\(found.map { ($0["rule"] ?? "", $0["severity"] ?? "") })")
        // The same analysis of the opinion piece keeps its warnings.
        let opinion = try findings([try write(Self.opinion, "opinion.txt", in: folder)])
        #expect(opinion.contains { $0["severity"] as? String == "warning" })
    }

    @Test("--no-models turns the model off; --rule framing.model and --category framing select it like a pack's rule")
    func selection() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let opinion = try write(Self.opinion, "opinion.txt", in: folder)
        #expect(try findings(["--no-models", opinion]).allSatisfy { $0["rule"] as? String != "framing.model" })
        let only = try findings(["--rule", "framing.model", opinion])
        #expect(!only.isEmpty && only.allSatisfy { $0["rule"] as? String == "framing.model" })
        let category = try findings(["--category", "framing", opinion])
        #expect(category.contains { $0["rule"] as? String == "framing.model" })
        #expect(category.contains { ($0["rule"] as? String)?.hasPrefix("framing.") == true && $0["rule"] as? String != "framing.model" })
        let refused = try AssayBinary.run(["analyze", "--no-models", "--rule", "framing.model", opinion])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("No rule or pack is named 'framing.model'"))
    }

    @Test("model train framing --from-workbench learns the team's dismissals beside the annotated data; model show reads it")
    func fromWorkbench() throws {
        let session = try WorkbenchSession()
        let opinion = try write(Self.opinion, "opinion.txt", in: session.folder)
        #expect(try session.run(["ingest", opinion]).status == 0)
        let findings = try #require(try session.json(["findings", "opinion"]) as? [[String: Any]])
        let modelFinding = try #require(findings.first { $0["rule"] as? String == "framing.model" }?["id"] as? String)
        #expect(try session.run(["dismiss-finding", modelFinding, "--reason", "the writer's own opinion column"]).status == 0)
        // reflag runs the models too: without them the model's findings go, with them they come back, still dismissed.
        func modelFindings() throws -> [[String: Any]] {
            try #require(try session.json(["findings", "opinion"]) as? [[String: Any]]).filter { $0["rule"] as? String == "framing.model" }
        }
        #expect(try session.run(["reflag", "--no-models"]).status == 0)
        #expect(try modelFindings().isEmpty)
        #expect(try session.run(["reflag"]).status == 0)
        #expect(try modelFindings().contains { $0["id"] as? String == modelFinding && $0["dismissal"] != nil && !($0["dismissal"] is NSNull) })

        // Annotated data in the Propaganda Techniques Corpus layout, and neutral articles.
        let data = session.folder.appendingPathComponent("ptc")
        try FileManager.default.createDirectory(at: data.appendingPathComponent("articles"), withIntermediateDirectories: true)
        var labels = "article\ttechnique\tstart\tend\n"
        let words = ["shameful", "disgraceful", "treacherous", "corrupt", "vile"]
        for index in 0..<6 {
            let word = words[index % words.count]
            let text = "Only a \(word) council would sell the harbour.\nThe meeting lasted two hours.\nThis \(word) plan must be stopped.\n"
            try text.write(to: data.appendingPathComponent("articles/article\(index).txt"), atomically: true, encoding: .utf8)
            let second = text.distance(from: text.startIndex, to: text.range(of: "This \(word)")!.lowerBound) + 5
            labels += "\(index)\tLoaded_Language\t7\t\(7 + word.count)\n\(index)\tLoaded_Language\t\(second)\t\(second + word.count)\n"
        }
        try labels.write(to: data.appendingPathComponent("labels.tsv"), atomically: true, encoding: .utf8)
        let neutral = session.folder.appendingPathComponent("neutral")
        try FileManager.default.createDirectory(at: neutral, withIntermediateDirectories: true)
        for index in 0..<6 {
            try "The council met on Tuesday. Repairs begin in March. The market stays open (\(index)).\n"
                .write(to: neutral.appendingPathComponent("n\(index).txt"), atomically: true, encoding: .utf8)
        }

        let alone = session.folder.appendingPathComponent("alone.json").path
        let team = session.folder.appendingPathComponent("team.json").path
        let common = ["model", "train", "framing", "--data", data.path, "--neutral", neutral.path, "--date", "2026-12-07", "--min-count", "1"]
        let first = try session.run(common + ["-o", alone])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutText.contains("spans (character overlap): precision "))
        let second = try session.run(common + ["--from-workbench", "-o", team])
        #expect(second.status == 0, "\(second.stderr)")
        let header = { (path: String) throws -> [String: Any] in
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            return try #require(json?["trainedOn"] as? [String: Any])
        }
        #expect((try header(team)["sources"] as? [String])?.last == "workbench")
        #expect(try #require(header(team)["examples"] as? Int) > (try #require(header(alone)["examples"] as? Int)))
        let show = try AssayBinary.run(["model", "show", team, "--top", "3"])
        #expect(show.status == 0)
        #expect(show.stdoutText.contains("task        framing (features framing/1)"))
        #expect(show.stdoutText.contains("more framing"))
    }
}
