import AssayCore
import Benchmark
import BenchmarkCorpus
import Extraction
import Foundation
import Learning

// The stages of extraction over the BBC News corpus (see ../../README.md), each over every
// article k times (k = 1, 4, 16: 5, 20 and 80 MB of text): decoding and normalisation alone,
// sentence segmentation (decoding's output → paragraphs → sentences), segmentation with
// assertion splitting, and the whole of extraction (classification and assertion ids too), with
// the hand-set score and with the shipped check-worthiness model; and loading that model.
// The articles' bytes are loaded in setup; nothing a stage produces is kept.

/// The shipped check-worthiness model, read once.
let shippedModelPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../Models/checkworthiness.json").standardized.path
let shippedModel = Result { () throws(ModelFileError) in try CheckworthinessModel(contentsOf: shippedModelPath) }

let benchmarks: @Sendable () -> Void = {
    guard BBCCorpus.isAvailable else {
        print("ExtractionBenchmarks: no corpus at \(BBCCorpus.path) (set ASSAY_BENCH_CORPUS); no benchmarks registered.")
        return
    }
    let bytesPerSecond = BenchmarkMetric.custom("throughput (bytes/s)", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, bytesPerSecond, .mallocCountTotal, .peakMemoryResident],
        units: [bytesPerSecond: .kilo],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 10
    )

    /// What one stage does to one article; returns a count so the work cannot be optimised away.
    let stages: [(name: String, run: @Sendable (Articles.Article) -> Int)] = [
        ("decode", { article in
            (try? Extractor.decode(article.bytes, source: article.source, format: .text))?.0.utf8.count ?? 0
        }),
        ("segment", { article in
            Segmenter().segment(text: article.text, source: article.source, format: .text).sentences.count
        }),
        ("segment+split", { article in
            Segmenter(splitsAssertions: true).segment(text: article.text, source: article.source, format: .text)
                .assertions?.count ?? 0
        }),
        ("extract", { article in
            Extractor().extract(text: article.text, source: article.source, format: .text).assertions.count
        }),
        ("extract+model", { article in
            guard let model = try? shippedModel.get() else { return 0 }
            return Extractor(scorer: .model(model)).extract(text: article.text, source: article.source, format: .text).assertions.count
        }),
    ]
    Benchmark("load model", configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxIterations: 200)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try CheckworthinessModel(contentsOf: shippedModelPath)) }
    }
    for stage in stages {
        for times in [1, 4, 16] {
            let name = "\(stage.name) \(times)×"
            Benchmark(name, closure: { benchmark in
                let articles = try Articles.get()
                let start = ContinuousClock.now
                var count = 0
                for _ in 0..<times {
                    for article in articles.items { count += stage.run(article) }
                }
                let seconds = (ContinuousClock.now - start) / .seconds(1)
                blackHole(count)
                benchmark.measurement(bytesPerSecond, Int(Double(articles.bytes * times) / seconds))
            }, setup: {
                let articles = try Articles.get()
                FileHandle.standardError.write(Data("\(name): \(articles.items.count * times) articles, \(articles.bytes * times) bytes\n".utf8))
            })
        }
    }
}

/// The corpus' articles as text and as the UTF-8 bytes a file of each would hold, loaded once.
struct Articles: Sendable {
    struct Article: Sendable {
        var source: String
        var text: String
        var bytes: [UInt8]
    }

    let items: [Article]
    /// UTF-8 bytes of all articles.
    let bytes: Int

    static let shared: Result<Articles, FixtureError> = Result { () throws(FixtureError) in
        let corpus: BBCCorpus
        do { corpus = try BBCCorpus.load() } catch { throw FixtureError("\(BBCCorpus.path): \(error)") }
        let items = corpus.articles.enumerated().map { index, text in
            Article(source: "bbc-news.csv#\(index + 2)", text: text, bytes: Array(text.utf8))
        }
        return Articles(items: items, bytes: items.reduce(0) { $0 + $1.bytes.count })
    }

    static func get() throws(FixtureError) -> Articles { try shared.get() }
}
