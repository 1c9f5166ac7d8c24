import AssayCore
import Benchmark
import BenchmarkCorpus
import Extraction
import Foundation
import Reporting
import ReviewStore
import RulesEngine

/// One stored document of at least 2,000 assertions — BBC articles joined end to end — with a
/// verdict on every tenth assertion, in a workbench built once per process.
struct ReportFixture: Sendable {
    static let assertions = 2_000
    let workbench: Workbench
    let name = "long-document"
    let assertionCount: Int

    static let shared: Result<ReportFixture, FixtureError> = Result { () throws(FixtureError) in try ReportFixture() }

    private init() throws(FixtureError) {
        let fixture = try IngestFixture.shared.get()
        var joined: [String] = []
        var count = 0
        for document in fixture.documents where count < ReportFixture.assertions {
            joined.append(document.text)
            count += document.assertions.count
        }
        do {
            let engine = try IngestFixture.engine()
            let document = engine.apply(to: Extractor().extract(text: joined.joined(separator: "\n\n"), source: "long.txt", format: .text)).document
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assay-bench-report-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            workbench = try Workbench.open(path: folder.appendingPathComponent("report.sqlite").path, access: .create)
            _ = try workbench.ingest(IngestRequest(document: document, name: name, analyst: "bench"))
            for assertion in document.assertions.enumerated() where assertion.offset % 10 == 0 {
                _ = try workbench.recordVerdict(VerdictRequest(claim: "\(name):\(assertion.element.id)", rating: "mixed",
                                                              note: "bench", analyst: "bench"))
            }
            assertionCount = document.assertions.count
        } catch {
            throw FixtureError("report fixture: \(error)")
        }
    }
}

/// Registers "report … of a 2,000-assertion document" for each format: reading the document
/// from the workbench, building the report model and rendering it.
func registerReportBenchmarks() {
    let reporters: [any ReviewReporter] = [MarkdownReporter(), HTMLReporter(), ReviewJSONReporter(), CSVReporter(), ClaimReviewReporter()]
    for reporter in reporters {
        Benchmark("report \(reporter.fileExtension) of a 2,000-assertion document", configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20
        ), closure: { _ in
            let fixture = try ReportFixture.shared.get()
            let report = ReviewReport(try fixture.workbench.reviewedDocument(fixture.name))
            blackHole(reporter.render([report]))
        }, setup: {
            let fixture = try ReportFixture.shared.get()
            FileHandle.standardError.write(Data("report: \(fixture.assertionCount) assertions\n".utf8))
        })
    }
}
