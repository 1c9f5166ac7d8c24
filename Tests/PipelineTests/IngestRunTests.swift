import AssayCore
import Extraction
import Foundation
import Pipeline
import ReviewStore
import Testing
import TestSupport

@Suite("An ingest run")
struct IngestRunTests {
    /// `count` articles in a fresh folder, and a workbench path beside them.
    private func articles(_ count: Int) throws -> (folder: URL, paths: [String], workbench: String) {
        let folder = try Repository.temporaryFolder()
        let paths = try (0..<count).map { number in
            let path = folder.appendingPathComponent(String(format: "%03d.txt", number)).path
            try "Article \(number). The minister said \(number + 10) people were arrested.".write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        return (folder, paths, folder.appendingPathComponent("review.sqlite").path)
    }

    private func run(_ arguments: [String], workbench: String, events: inout [IngestRun.Event]) throws -> Bool {
        let store = try Workbench.open(path: workbench, access: .create)
        let run = IngestRun(analyzer: DocumentAnalyzer(engine: try ShippedRules.engine.get(), scorer: .handSet),
                            inputs: DocumentBatches(locating: arguments), store: store, analyst: "tester")
        var seen: [IngestRun.Event] = []
        let complete = try run.run { seen.append($0) }
        events = seen
        return complete
    }

    @Test("every batch is stored and reported in input order, each after its extraction began")
    func batchesInOrder() throws {
        let (folder, paths, workbench) = try articles(130)
        defer { try? FileManager.default.removeItem(at: folder) }
        var events: [IngestRun.Event] = []
        #expect(try run(paths, workbench: workbench, events: &events))
        var order: [String] = []
        var stored: [String] = []
        for event in events {
            switch event {
            case .extracting(let position, _): order.append("extract \(position)")
            case .stored(let outcomes):
                order.append("stored \(outcomes.count)")
                stored += outcomes.map(\.document)
            case .notice, .notStored: order.append("other")
            }
        }
        // The next batch is extracted while the one before is stored, and reported after it.
        #expect(order == ["extract 0", "extract 64", "stored 64", "extract 128", "stored 64", "stored 2"])
        #expect(stored == paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        let names = try Workbench.open(path: workbench, access: .read).documentNames()
        #expect(names.count == 130)
    }

    @Test("an unreadable input is noticed and the run is incomplete; the others are stored")
    func unreadableInput() throws {
        let (folder, paths, workbench) = try articles(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        var events: [IngestRun.Event] = []
        let missing = folder.appendingPathComponent("missing.txt").path
        #expect(try run([paths[0], missing, paths[2]], workbench: workbench, events: &events) == false)
        let failed = events.compactMap { event -> String? in
            if case .notice(.inputFailed(let error)) = event { return error.source }
            return nil
        }
        #expect(failed == [missing])
        #expect(try Workbench.open(path: workbench, access: .read).documentNames() == ["000", "002"])
    }

    @Test("ingesting the same inputs again stores nothing new, and a changed text becomes a new version with its changes")
    func reingest() throws {
        let (folder, paths, workbench) = try articles(2)
        defer { try? FileManager.default.removeItem(at: folder) }
        var events: [IngestRun.Event] = []
        _ = try run(paths, workbench: workbench, events: &events)
        try "Article 0. The minister said 99 people were arrested. A new sentence.".write(toFile: paths[0], atomically: true, encoding: .utf8)
        _ = try run(paths, workbench: workbench, events: &events)
        let outcomes = events.flatMap { event -> [IngestOutcome] in
            if case .stored(let outcomes) = event { return outcomes }
            return []
        }
        #expect(outcomes.map(\.status) == [.newVersion, .unchanged])
        let store = try Workbench.open(path: workbench, access: .read)
        let run = IngestRun(analyzer: DocumentAnalyzer(engine: try ShippedRules.engine.get(), scorer: .handSet), inputs: DocumentBatches([]),
                            store: store, analyst: "tester")
        let changes = try #require(try run.changes(outcomes[0]))
        #expect(changes.added + changes.modified >= 1)
        #expect(try run.changes(outcomes[1]) == nil)
    }
}

@Suite("Verdict batch files")
struct VerdictBatchFileTests {
    @Test("a line that is not a verdict object is refused with the file and line, before anything is recorded")
    func badLine() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("verdicts.jsonl").path
        try "{\"claim\": \"3f2a9c1e\", \"rating\": \"mixed\"}\n\nnot json\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: VerdictFileError(file: path, line: 3, problem: .notAVerdict)) {
            try VerdictBatchFile(reading: path, analyst: "alice")
        }
        #expect(error?.description == "\(path):3: not a verdict object such as {\"claim\": \"3f2a9c1e\", \"rating\": \"mixed\"}")
    }

    @Test("lines keep their numbers, and a line's default key is the same on every read")
    func linesAndKeys() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("verdicts.jsonl").path
        try "{\"claim\": \"a\", \"rating\": \"mixed\"}\n\n{\"claim\": \"b\", \"rating\": \"accurate\", \"note\": \"ok\"}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let first = try VerdictBatchFile(reading: path, analyst: "alice")
        let again = try VerdictBatchFile(reading: path, analyst: "alice")
        #expect(first.lines.map(\.number) == [1, 3])
        #expect(first.lines.map(\.request.claim) == ["a", "b"])
        #expect(first.lines.map(\.request.key) == again.lines.map(\.request.key))
        #expect(Set(first.lines.map(\.request.key)).count == 2)
    }

    @Test("a line naming an unknown claim stops the batch before its first line is recorded")
    func checkedWholeFirst() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbench = folder.appendingPathComponent("review.sqlite").path
        let store = try Workbench.open(path: workbench, access: .create)
        let document = try ShippedRules.document(text: "The minister said 40 people were arrested.")
        _ = try store.ingest(IngestRequest(document: document, analyst: "alice"))
        let claim = try #require(document.assertions.first?.id)
        let path = folder.appendingPathComponent("verdicts.jsonl").path
        try "{\"claim\": \"\(claim)\", \"rating\": \"mixed\"}\n{\"claim\": \"ffffffff\", \"rating\": \"mixed\"}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let file = try VerdictBatchFile(reading: path, analyst: "alice")
        let error = #expect(throws: VerdictFileError(file: path, line: 2, problem: .refused(.unknownClaim("ffffffff")))) {
            try file.record(into: store)
        }
        #expect(error?.description == "\(path):2: no claim with id 'ffffffff' (see 'assay claims')")
        #expect(try store.show(claim).verdicts.isEmpty)
    }
}
