import Benchmark
import BenchmarkCorpus

// The workbench over the BBC News corpus (see ../../README.md): ingest of the whole corpus into
// a new workbench, the reports of one long stored document, and the diff of two versions of long
// documents.

let benchmarks: @Sendable () -> Void = {
    guard BBCCorpus.isAvailable else {
        print("WorkbenchBenchmarks: no corpus at \(BBCCorpus.path) (set ASSAY_BENCH_CORPUS); no benchmarks registered.")
        return
    }
    registerIngestBenchmark()
    registerReportBenchmarks()
    registerDiffBenchmarks()
}
