import AssayCore
import Extraction
import Foundation
import Learning
import Pipeline
import ReviewStore
import Testing
import TestSupport

@Suite("Training check-worthiness models")
struct CheckworthinessTrainerTests {
    static let claims = [
        "Unemployment rose by %d percent in the last year.", "The deficit grew to %d billion dollars under this government.",
        "Crime fell by %d percent in our cities since 2010.", "We lost %d thousand factory jobs to Mexico.",
        "Taxes went up %d times more than wages last decade.",
    ]
    static let chatter = [
        "Thank you all for being here tonight.", "Well, let me say this.", "I want to thank my family.",
        "That is a great question.", "Let's move on to the next topic.", "It is good to see you again.",
    ]

    /// A transcript of `count` lines: every fourth a claim with a figure, labelled 1; the rest chatter, labelled 0.
    static func transcript(_ seed: Int, count: Int = 40) -> LabelledTranscript {
        LabelledTranscript(name: "t\(seed).tsv", lines: (0..<count).map { index in
            let isClaim = index % 4 == seed % 4
            let sentence = isClaim ? String(format: claims[(index + seed) % claims.count], 3 + index * 7 + seed)
                : chatter[(index + seed) % chatter.count]
            return .init(sentence: sentence, place: SentencePlace(index: index % 3, count: 3), isCheckWorthy: isClaim)
        })
    }

    static let trainer = CheckworthinessTrainer(l2: 1, l2Cues: 1, minimumCount: 1, date: "2026-12-07", licence: "test data")

    @Test("the same data and settings give the same model file, byte for byte")
    func deterministic() throws {
        let transcripts = (0..<4).map { Self.transcript($0) }
        let first = try Self.trainer.train(transcripts, sources: ["a"], crossValidate: true).encoded()
        let second = try Self.trainer.train(transcripts, sources: ["a"], crossValidate: true).encoded()
        #expect(first == second)
        let other = try CheckworthinessTrainer(l2: 2, l2Cues: 1, minimumCount: 1, date: "2026-12-07", licence: "test data")
            .train(transcripts, sources: ["a"], crossValidate: true).encoded()
        #expect(first != other)
    }

    @Test("a trained model ranks a held-out transcript's claims above its chatter, and the header says so")
    func ranks() throws {
        let model = try Self.trainer.train((0..<4).map { Self.transcript($0) }, sources: ["a", "b"], crossValidate: true)
        let evaluation = try #require(model.evaluation)
        #expect(evaluation.model.meanAveragePrecision == 1)
        #expect(evaluation.model.documents == 4)
        #expect(model.trainedOn.examples == 160 && model.trainedOn.positives == 40)
        let scorer = try CheckworthinessModel(model, path: "trained")
        let heldOut = Self.transcript(9)
        let figures = CheckworthinessTrainer.evaluate(scorer, on: [heldOut])
        #expect(figures.model.summary.meanAveragePrecision == 1)
        let claim = CheckworthinessTraining.score(ofSentence: "Crime fell by 12 percent in our cities since 2010.", place: .alone, model: scorer)
        let thanks = CheckworthinessTraining.score(ofSentence: "Thank you all for being here tonight.", place: .alone, model: scorer)
        #expect(claim > 0.5 && thanks < 0.5)
    }

    @Test("too few examples is refused, saying how many are needed")
    func tooFew() {
        let small = LabelledTranscript(name: "s", lines: Array(Self.transcript(0).lines.prefix(12)))
        #expect(throws: TrainingDataError(source: "s.tsv", message: "too few examples to learn from: 3 check-worthy and 9 not; training needs at least 10 of each")) {
            try Self.trainer.train([small], sources: ["s.tsv"], crossValidate: false)
        }
    }

    @Test("a transcript file: a speaker's consecutive lines form a turn; a bad line is named with its number")
    func readsTranscripts() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("debate.tsv")
        try "1\tA\tHello.\t0\n2\tA\tTaxes rose 5%.\t1\n3\tB\tNo.\t0\n".write(to: good, atomically: true, encoding: .utf8)
        let transcript = try LabelledTranscript.read(path: good.path)
        #expect(transcript.lines.map(\.place) == [SentencePlace(index: 0, count: 2), SentencePlace(index: 1, count: 2), .alone])
        #expect(transcript.lines.map(\.isCheckWorthy) == [false, true, false])
        let bad = folder.appendingPathComponent("bad.tsv")
        try "1\tA\tHello.\t0\n2\tA\tTaxes rose.\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: TrainingDataError(source: bad.path + ":2", message: "expected 4 tab-separated columns (line, speaker, sentence, label 0 or 1), found 3")) {
            try LabelledTranscript.read(path: bad.path)
        }
        try "1\tA\tHello.\tyes\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: TrainingDataError(source: bad.path + ":1", message: "the label must be 0 or 1, not 'yes'")) {
            try LabelledTranscript.read(path: bad.path)
        }
        #expect(try TrainingData.files([folder.path]) == [bad.path, good.path])
    }

    @Test("the workbench teaches: verdicts (not-checkable = no), dismissals (no) and annotations (yes); the rest is left out")
    func fromWorkbench() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbench = try Workbench.open(path: folder.appendingPathComponent("w.sqlite").path, access: .create)
        let text = """
        Unemployment rose by 4 percent last year. Thank you all for coming.

        The deficit grew to 30 billion dollars. Let me say this. It is good to see you.
        """
        let document = try ShippedRules.document(text: text, source: "debate.txt")
        _ = try workbench.ingest(IngestRequest(document: document, name: "debate", path: "/d/debate.txt", analyst: "ann"))
        let claims = try workbench.claims(ClaimFilter(document: "debate"))
        func id(_ prefix: String) throws -> String { try #require(claims.first { $0.text.hasPrefix(prefix) }).id }
        _ = try workbench.recordVerdict(VerdictRequest(claim: try id("Unemployment"), rating: "inaccurate", analyst: "ann"))
        _ = try workbench.recordVerdict(VerdictRequest(claim: try id("Thank you"), rating: "not-checkable", analyst: "ann"))
        _ = try workbench.dismissClaim(try id("Let me"), reason: "filler", undo: false, analyst: "ann")
        _ = try workbench.annotate(document: "debate", quote: "grew to 30 billion dollars", note: nil, analyst: "ann")
        let transcripts = try WorkbenchTrainingData.transcripts(from: workbench)
        let lines = transcripts.flatMap(\.lines)
        let labels = Dictionary(uniqueKeysWithValues: lines.map { ($0.sentence, $0.isCheckWorthy) })
        #expect(labels == ["Unemployment rose by 4 percent last year.": true, "Thank you all for coming.": false,
                           "Let me say this.": false, "grew to 30 billion dollars": true])
        // The deficit sentence has no verdict: not an example. Places come from the paragraphs.
        #expect(lines.first { $0.sentence.hasPrefix("Let me") }?.place == SentencePlace(index: 1, count: 3))
        #expect(throws: TrainingDataError.self) { try Self.trainer.train(transcripts, sources: ["workbench"], crossValidate: false) }
    }
}
