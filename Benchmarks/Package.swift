// swift-tools-version: 6.1
import PackageDescription

// The benchmark harness, a package of its own so that package-benchmark and its plugins are
// never resolved or built by the main package's `swift build` / `swift test` or by CI.
// Run: Benchmarks/run.sh (see README.md).
let package = Package(
    name: "AssayBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Assay", path: ".."),
        // The malloc interposer gives the malloc and memory metrics; naming the trait also leaves
        // out the 6.3 runtime interposer, which the local package mirror does not carry.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The BBC corpus reader the benchmark targets share.
        .target(name: "BenchmarkCorpus", path: "Benchmarks/BenchmarkCorpus"),
        .executableTarget(
            name: "ExtractionBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Extraction", package: "Assay"),
                .product(name: "Learning", package: "Assay"),
                .product(name: "AssayCore", package: "Assay"),
            ],
            path: "Benchmarks/ExtractionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "RulesBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Extraction", package: "Assay"),
                .product(name: "RulesEngine", package: "Assay"),
                .product(name: "AssayCore", package: "Assay"),
            ],
            path: "Benchmarks/RulesBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "WorkbenchBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Extraction", package: "Assay"),
                .product(name: "RulesEngine", package: "Assay"),
                .product(name: "ReviewStore", package: "Assay"),
                .product(name: "Reporting", package: "Assay"),
                .product(name: "Comparison", package: "Assay"),
                .product(name: "AssayCore", package: "Assay"),
            ],
            path: "Benchmarks/WorkbenchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
