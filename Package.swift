// swift-tools-version: 6.0
import PackageDescription

// Modules follow the data flow: AssayCore → Extraction → (RulesEngine → ReviewStore) → Comparison → Reporting,
// with the `assay` command-line tool a thin layer on top. See ../shared/design.md, "Layout".
let package = Package(
    name: "Assay",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "assay", targets: ["assay"]),
        .executable(name: "assay-fetch", targets: ["assay-fetch"]),
        .library(name: "AssayText", targets: ["AssayText"]),
        .library(name: "AssayCore", targets: ["AssayCore"]),
        .library(name: "Learning", targets: ["Learning"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Alignment", targets: ["Alignment"]),
        .library(name: "RulesEngine", targets: ["RulesEngine"]),
        .library(name: "ReviewStore", targets: ["ReviewStore"]),
        .library(name: "Reporting", targets: ["Reporting"]),
        .library(name: "Comparison", targets: ["Comparison"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        // For the fuzz targets (Fuzz/), which check inputs with the tests' own FuzzChecks.
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Bcrypt for the team's account passwords (the web server's authentication comes from the same package).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The byte-level toolkit every stage shares: UTF-8 scans, scalar offsets, the tokenizer and
        // word tables, the JSON writer. The home of the unsafe code.
        .target(name: "AssayText"),
        .target(
            name: "AssayCore",
            dependencies: ["AssayText", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Models as data: the model file format, the logistic-regression trainer, ranking figures.
        .target(name: "Learning", dependencies: ["AssayText"]),
        .target(name: "Extraction", dependencies: ["AssayText", "AssayCore", "Learning"]),
        // The one way to pair the assertions of two versions (diff, and ingest's verdict carry-over).
        .target(name: "Alignment", dependencies: ["AssayText", "AssayCore"]),
        .target(
            name: "RulesEngine",
            dependencies: ["AssayText", "AssayCore", "Extraction", "Learning", .product(name: "Yams", package: "Yams")]
        ),
        // The SQLite workbench: the only module that imports GRDB (over the system libsqlite3).
        .target(
            name: "ReviewStore",
            dependencies: ["AssayText", "AssayCore", "Alignment", .product(name: "GRDB", package: "GRDB.swift"),
                           // SQLite's C API, for the rows an ingest inserts by the tens of thousands.
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // Version diff and cross-document claim matching, over reviewed documents.
        .target(name: "Comparison", dependencies: ["AssayText", "AssayCore", "Alignment"]),
        // Renderers of reviews and of version comparisons.
        .target(name: "Reporting", dependencies: ["AssayText", "AssayCore", "Alignment", "Comparison", "Learning"]),
        // The application layer every front end calls: inputs → documents, ingest runs, verdict
        // files, report files, the sides of a diff and a match.
        .target(name: "Pipeline",
                dependencies: ["AssayText", "AssayCore", "Extraction", "Learning", "RulesEngine", "ReviewStore", "Comparison",
                               "Reporting", .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")]),
        // The team server (`assay serve`): Hummingbird routes, thin over Pipeline and the workbench.
        .target(name: "Server",
                dependencies: ["AssayCore", "Pipeline", "ReviewStore", "Reporting",
                               .product(name: "Hummingbird", package: "hummingbird")]),
        // Fetches one web page for Pipeline's PageFetcher, in a process of its own: the only code
        // that links the networking libraries (FoundationNetworking, libcurl).
        .executableTarget(name: "assay-fetch"),
        .executableTarget(
            name: "assay",
            dependencies: [
                "AssayCore", "Extraction", "Learning", "RulesEngine", "ReviewStore", "Reporting", "Comparison", "Pipeline", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["RulesEngine", "Extraction", "AssayCore"], path: "Tests/TestSupport"),
        .testTarget(name: "AssayTextTests", dependencies: ["AssayText", "AssayCore"]),
        .testTarget(name: "AssayCoreTests", dependencies: ["AssayCore"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "AssayCore", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment"]),
        .testTarget(name: "LearningTests", dependencies: ["Learning", "Extraction", "AssayCore", "TestSupport"]),
        .testTarget(name: "RulesEngineTests", dependencies: ["RulesEngine", "Extraction", "AssayCore", "TestSupport"],
                    exclude: ["Numeric/Fixtures"]),
        .testTarget(name: "ReviewStoreTests", dependencies: ["ReviewStore", "RulesEngine", "Extraction", "AssayCore", "TestSupport",
                                                            .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ComparisonTests", dependencies: ["Comparison", "ReviewStore", "AssayCore", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Comparison", "ReviewStore", "RulesEngine", "Extraction", "AssayCore", "TestSupport"]),
        // assay-fetch: the page fetcher's tests start it.
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "assay-fetch", "ReviewStore", "Comparison", "Extraction", "RulesEngine",
                                                         "AssayCore", "TestSupport"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "ReviewStore", "Pipeline", "Reporting", "AssayCore", "TestSupport",
                                                       .product(name: "HummingbirdTesting", package: "hummingbird")]),
        // Depends on the executable so `swift test` always builds the binary it runs.
        // ReviewStore: to check the files the binary writes (a backup's integrity) from outside it.
        // ArgumentParser: to walk the command tree (`CommandNameTests`).
        .testTarget(name: "EndToEndTests", dependencies: ["assay", "assay-fetch", "ReviewStore", "TestSupport",
                                                          .product(name: "ArgumentParser", package: "swift-argument-parser")],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
