import Benchmark
import BenchmarkCorpus
import Foundation
import RulesEngine

// The rules engine over the BBC News corpus (see ../../README.md): "rules k×" runs the shipped
// packs over every article k times; "rules + N lexicon entries" adds a synthetic lexicon of N
// terms to them (N = 5,000 and 10,000: doubling the lexicon); "lexicon N entries" runs the
// synthetic lexicon alone. Documents and engines are built in setup.

let benchmarks: @Sendable () -> Void = {
    guard BBCCorpus.isAvailable else {
        print("RulesBenchmarks: no corpus at \(BBCCorpus.path) (set ASSAY_BENCH_CORPUS); no benchmarks registered.")
        return
    }
    let bytesPerSecond = BenchmarkMetric.custom("throughput (bytes/s)", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, bytesPerSecond, .mallocCountTotal, .peakMemoryResident,
                  .peakMemoryResidentDelta],
        units: [bytesPerSecond: .kilo],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 20
    )

    /// Builds the fixture (unmeasured) and says on stderr what the benchmark runs over.
    func setup(_ name: String, times: Int, engine: @escaping @Sendable (Fixture) throws -> RuleEngine) -> Benchmark.BenchmarkSetupHook {
        return {
            let fixture = try Fixture.get()
            let findings = fixture.apply(try engine(fixture), times: times)
            FileHandle.standardError.write(Data(("\(name): \(fixture.documents.count * times) documents, "
                + "\(fixture.bytes * times) bytes, \(findings) findings "
                + "(shipped rules: \(fixture.shippedRuleCount))\n").utf8))
        }
    }

    /// Runs `engine` over the corpus `times` times and records the corpus bytes per second.
    func measure(_ benchmark: Benchmark, times: Int, engine: (Fixture) throws -> RuleEngine) throws {
        let fixture = try Fixture.get()
        let engine = try engine(fixture)
        let start = ContinuousClock.now
        blackHole(fixture.apply(engine, times: times))
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        benchmark.measurement(bytesPerSecond, Int(Double(fixture.bytes * times) / seconds))
    }

    for times in [1, 4, 16] {
        let name = "rules \(times)×"
        Benchmark(name, closure: { benchmark in
            try measure(benchmark, times: times) { $0.rules }
        }, setup: setup(name, times: times) { $0.rules })
    }
    for size in [Fixture.lexiconSizes.small, Fixture.lexiconSizes.large] {
        let name = "rules + \(size) lexicon entries"
        Benchmark(name, closure: { benchmark in
            try measure(benchmark, times: 1) { try $0.rules(withLexicon: size) }
        }, setup: setup(name, times: 1) { try $0.rules(withLexicon: size) })
    }
    for size in [0, Fixture.lexiconSizes.small, Fixture.lexiconSizes.large] {
        let name = "lexicon \(size) entries"
        Benchmark(name, closure: { benchmark in
            try measure(benchmark, times: 1) { try $0.lexicon(size) }
        }, setup: setup(name, times: 1) { try $0.lexicon(size) })
    }
}
