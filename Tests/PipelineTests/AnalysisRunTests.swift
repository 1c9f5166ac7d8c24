import AssayCore
import Extraction
import Foundation
import Pipeline
import RulesEngine
import Testing
import TestSupport

@Suite("An analysis run over many inputs")
struct AnalysisRunTests {
    @Test("documents reach the front end in input order; unreadable inputs are noticed and counted")
    func documentsInOrder() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("a.txt").path
        try "Officials said the talks failed.".write(toFile: good, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("b.txt").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let analyzer = DocumentAnalyzer(engine: try ShippedRules.engine.get(), scorer: .handSet)
        let run = AnalysisRun(analyzer: analyzer, inputs: DocumentBatches(locating: [good, empty, Repository.seed(Repository.seedNames[0]).path]))
        var sources: [String] = []
        var noticed: [String] = []
        let outcome = run.run(making: { $0.source }, notice: { notice in
            if case .inputFailed(let error) = notice { noticed.append(error.source) }
        }, take: { sources.append($0) })
        #expect(sources == [good, Repository.seed(Repository.seedNames[0]).path])
        #expect(noticed == [empty])
        #expect(outcome.failed.map(\.source) == [empty])
        #expect(!outcome.reachedFailOn)
    }

    @Test("a finding at or above --fail-on is noted, one below it is not")
    func failOn() throws {
        let seed = Repository.seed(Repository.seedNames[1]).path
        let analyzer = DocumentAnalyzer(engine: try ShippedRules.engine.get(), scorer: .handSet)
        let severities = try #require(try analyzer.analyze(.file(path: seed)).document.findings.map(\.severity).max())
        let reached = AnalysisRun(analyzer: analyzer, inputs: DocumentBatches(locating: [seed]), failOn: severities)
            .run(making: { _ in 0 }, notice: { _ in }, take: { _ in })
        #expect(reached.reachedFailOn)
        if severities < .error {
            let above = try #require(Severity.allCases.first { $0 > severities })
            let notReached = AnalysisRun(analyzer: analyzer, inputs: DocumentBatches(locating: [seed]), failOn: above)
                .run(making: { _ in 0 }, notice: { _ in }, take: { _ in })
            #expect(!notReached.reachedFailOn)
        }
    }
}
