import Foundation
import Testing
import TestSupport

@Suite("assay model, and the models analyze uses")
struct ModelCommandTests {
    let seed = "seeds/" + Repository.seedNames[0]

    /// Four labelled transcripts in CheckThat!'s layout: claims with figures (1) among chatter (0).
    static func writeTranscripts(in folder: URL) throws {
        let claims = ["Unemployment rose by %d percent in the last year.", "The deficit grew to %d billion dollars.",
                      "Crime fell by %d percent since 2010.", "We lost %d thousand factory jobs."]
        let chatter = ["Thank you all for being here tonight.", "Well, let me say this.", "That is a great question.",
                       "It is good to see you again."]
        for file in 0..<4 {
            let lines = (0..<24).map { index in
                let isClaim = index % 3 == 0
                let text = isClaim ? String(format: claims[(index + file) % 4], 5 + index + file * 11) : chatter[(index + file) % 4]
                return "\(index + 1)\t\(index % 2 == 0 ? "A" : "B")\t\(text)\t\(isClaim ? 1 : 0)"
            }
            try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("t\(file).tsv"), atomically: true, encoding: .utf8)
        }
    }

    @Test("model show prints the shipped model's header, figures and strongest features")
    func show() throws {
        let run = try AssayBinary.run(["model", "show", "Models/checkworthiness.json", "--top", "5"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText.contains("task        checkworthiness (features checkworthiness/1)"))
        #expect(run.stdoutText.contains("16,421 lines, 440 check-worthy"))
        #expect(run.stdoutText.contains(/model      0\.2\d\d/))
        #expect(run.stdoutText.contains("more check-worthy\n  +"))
        #expect(run.stdoutText.contains("less check-worthy\n  -"))
    }

    @Test("model train writes the same bytes twice, with leave-one-out figures; model evaluate measures it")
    func trainAndEvaluate() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeTranscripts(in: folder)
        let first = folder.appendingPathComponent("a.model").path, second = folder.appendingPathComponent("b.model").path
        for output in [first, second] {
            let run = try AssayBinary.run(["model", "train", "checkworthiness", "--data", folder.path, "--date", "2026-12-07",
                                           "--l2", "1", "--min-count", "1", "-o", output])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdoutText.contains("trained checkworthiness on 96 lines (32 check-worthy) from 4 sources"))
            #expect(run.stdoutText.contains("leave one transcript out: 4 folds"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let evaluate = try AssayBinary.run(["model", "evaluate", first, "--data", folder.appendingPathComponent("t0.tsv").path])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        #expect(evaluate.stdoutText.contains("model      1.000"))
        #expect(evaluate.stdoutText.contains("hand-set"))
        // The trained model scores analyze's assertions: a claim above chatter.
        let article = folder.appendingPathComponent("article.txt")
        try "Thank you all for being here tonight. Crime fell by 12 percent since 2010.\n".write(to: article, atomically: true, encoding: .utf8)
        let analyzed = try AssayBinary.run(["analyze", "--models", first, "--format", "json", article.path])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let assertions = try #require((try analyzed.json()["documents"] as? [[String: Any]])?.first?["assertions"] as? [[String: Any]])
        let scores = assertions.compactMap { $0["checkworthiness"] as? Double }
        #expect(scores.count == 2 && scores[1] > scores[0])
    }

    @Test("a model that cannot be used stops analyze with the file and the problem, exit 2, and no output")
    func refusedModels() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"format\": \"assay-model\", \"version\": 1".utf8).write(to: broken)
        var run = try AssayBinary.run(["analyze", "--models", broken.path, seed])
        #expect(run.status == 2)
        #expect(run.stderr == "error: \(broken.path): not a model file: it is not valid JSON\n")
        #expect(run.stdout.isEmpty)
        let shipped = try String(contentsOf: Repository.url("Models/checkworthiness.json"), encoding: .utf8)
        let models = folder.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: false)
        let future = models.appendingPathComponent("future.json")
        try shipped.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 7,").write(to: future, atomically: true, encoding: .utf8)
        run = try AssayBinary.run(["ingest", "--db", folder.appendingPathComponent("w.sqlite").path, seed],
                                  environment: ["ASSAY_MODELS": models.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("model file version 7 is not one this assay reads"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("w.sqlite").path))
        let unknown = folder.appendingPathComponent("unknown.model")
        try shipped.replacingOccurrences(of: "\"compares\":", with: "\"colour:red\":").write(to: unknown, atomically: true, encoding: .utf8)
        run = try AssayBinary.run(["analyze", "--models", unknown.path, seed])
        #expect(run.stderr == "error: \(unknown.path): feature 'colour:red' is not one this assay computes (features checkworthiness/1)\n")
    }

    @Test("--no-models scores with the hand-set sum; the default is the shipped model")
    func noModels() throws {
        func firstScores(_ arguments: [String]) throws -> [Double] {
            let run = try AssayBinary.run(["analyze", "--format", "json"] + arguments + [seed])
            #expect(run.status == 0, "\(run.stderr)")
            let assertions = (try run.json()["documents"] as? [[String: Any]])?.first?["assertions"] as? [[String: Any]] ?? []
            return assertions.compactMap { $0["checkworthiness"] as? Double }
        }
        let handSet = try firstScores(["--no-models"])
        let shipped = try firstScores([])
        let named = try firstScores(["--models", "Models"])
        #expect(shipped == named)
        #expect(handSet != shipped && handSet.count == shipped.count)
        // Hand-set scores are multiples of 0.05; the model's are probabilities, mostly low.
        #expect(shipped.filter { $0 < 0.2 }.count > shipped.count / 2)
        let both = try AssayBinary.run(["analyze", "--no-models", "--models", "Models", seed])
        #expect(both.status == 64)
    }

    @Test("training from a workbench with too few judged claims says how many there are and how many are needed")
    func fromWorkbenchTooFew() throws {
        let session = try WorkbenchSession()
        try session.run(["ingest", seed])
        let claim = try #require(try session.claims().first?["id"] as? String)
        try session.run(["verdict", claim, "inaccurate"])
        let run = try session.run(["model", "train", "checkworthiness", "--from-workbench", "-o", session.folder.appendingPathComponent("t.model").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("too few examples to learn from: 1 check-worthy and 0 not; training needs at least 10 of each"))
    }
}
