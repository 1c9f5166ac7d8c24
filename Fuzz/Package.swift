// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets over Assay's libraries, a package of its own so that the main build and
// `swift test` never compile them with the fuzzer's instrumentation. Build and run: Fuzz/run.sh.
// Each target's `main` hands its check to libFuzzer's driver, which only links when built with
// `-sanitize=fuzzer`, as run.sh does.
// The checks live in the main package's TestSupport, so that the tests replay old crashers
// (Tests/FuzzCrashers) with exactly what the fuzzer checks.
let support: [Target.Dependency] = [.product(name: "TestSupport", package: "Assay"), "FuzzDriver"]

let package = Package(
    name: "AssayFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Assay", path: "..")],
    targets: [
        .target(name: "FuzzDriver", path: "Targets/FuzzDriver"),
        .executableTarget(name: "FuzzDecode", dependencies: support, path: "Targets/FuzzDecode"),
        .executableTarget(name: "FuzzSegment", dependencies: support, path: "Targets/FuzzSegment"),
        .executableTarget(name: "FuzzRulePack", dependencies: support, path: "Targets/FuzzRulePack"),
        .executableTarget(name: "FuzzAnalyze", dependencies: support, path: "Targets/FuzzAnalyze"),
    ],
    swiftLanguageModes: [.v6]
)
