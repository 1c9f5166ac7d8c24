import AssayCore
import Benchmark
import BenchmarkCorpus
import Extraction
import Foundation
import ReviewStore
import RulesEngine

// `Workbench.ingest` of the whole BBC corpus, k times (k = 1, 4, 16), into a new workbench:
// every article is extracted and flagged by the shipped packs in setup (unmeasured); each run
// stores all of them k times under k names in a fresh workbench file, 64 documents per
// transaction (each in a savepoint), as `assay ingest` does.

/// The corpus' documents, extracted and flagged once per process.
struct IngestFixture: Sendable {
    let documents: [Document]
    let bytes: Int
    /// Assertions + findings: the rows one ingest of the corpus stores besides documents and versions.
    let rows: Int

    static let shared: Result<IngestFixture, FixtureError> = Result { () throws(FixtureError) in try IngestFixture() }

    /// The shipped packs (`<repo>/Rules`).
    static func engine() throws -> RuleEngine {
        RuleEngine(rules: try RuleSet.load(paths: [BBCCorpus.repositoryRoot.appendingPathComponent("Rules").path]))
    }

    private init() throws(FixtureError) {
        let corpus: BBCCorpus
        do { corpus = try BBCCorpus.load() } catch { throw FixtureError("\(BBCCorpus.path): \(error)") }
        let engine: RuleEngine
        do {
            engine = try IngestFixture.engine()
        } catch {
            throw FixtureError("rules: \(error)")
        }
        let extractor = Extractor()
        documents = corpus.articles.enumerated().map { index, article in
            engine.apply(to: extractor.extract(text: article, source: "bbc-\(index + 2).txt", format: .text)).document
        }
        bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        rows = documents.reduce(0) { $0 + $1.assertions.count + $1.findings.count }
    }
}

/// Registers "ingest k× corpus into a new workbench".
func registerIngestBenchmark() {
    let rowsPerSecond = BenchmarkMetric.custom("stored rows/s", polarity: .prefersLarger, useScalingFactor: false)
    let fileRatio = BenchmarkMetric.custom("workbench size / corpus size (%)", polarity: .prefersSmaller, useScalingFactor: false)
    for times in [1, 4, 16] {
        Benchmark("ingest \(times)× corpus into a new workbench", configuration: .init(
            metrics: [.wallClock, .cpuTotal, rowsPerSecond, fileRatio, .peakMemoryResident],
            units: [rowsPerSecond: .kilo],
            warmupIterations: 0,
            maxDuration: .seconds(60),
            maxIterations: 3
        ), closure: { benchmark in
            let fixture = try IngestFixture.shared.get()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assay-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("bench.sqlite").path
            let start = ContinuousClock.now
            let workbench = try Workbench.open(path: path, access: .create)
            // Batches of 64 documents per transaction, as `assay ingest` stores them; the k-th copy
            // of an article is a document of its own name.
            for copy in 1...times {
                for start in stride(from: 0, to: fixture.documents.count, by: 64) {
                    let batch = fixture.documents[start..<min(fixture.documents.count, start + 64)].map { document in
                        var document = document
                        document.source = "c\(copy)-" + document.source
                        return IngestRequest(document: document, path: "/corpus/" + document.source, analyst: "bench")
                    }
                    blackHole(try workbench.ingest(batch))
                }
            }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            benchmark.measurement(rowsPerSecond, Int(Double(fixture.rows * times) / seconds))
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            benchmark.measurement(fileRatio, (size + wal) * 100 / max(1, fixture.bytes * times))
        }, setup: {
            let fixture = try IngestFixture.shared.get()
            FileHandle.standardError.write(Data("ingest \(times)×: \(fixture.documents.count * times) documents, \(fixture.bytes * times) bytes, \(fixture.rows * times) assertions + findings\n".utf8))
        })
    }
}
