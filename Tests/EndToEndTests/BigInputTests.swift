import Foundation
import Testing
import TestSupport

/// Big inputs: time and memory grow linearly with the input, and an input over the documented
/// limit is refused at once. The default run uses small sizes that still expose quadratic work;
/// `ASSAY_BIG_INPUTS=1` adds the full sizes (a 50 MB line, a 200 MB file).
@Suite("Big inputs, end to end", .serialized)
struct BigInputTests {
    private static let fullSize = ProcessInfo.processInfo.environment["ASSAY_BIG_INPUTS"] == "1"
    private static let limit = "Assay reads up to 64 MB per document"

    /// About `bytes` of seed prose: one line, or paragraphs.
    private static func prose(bytes: Int, oneLine: Bool) throws -> String {
        let seed = try String(contentsOf: Repository.seed(Repository.seedNames[0]), encoding: .utf8)
        let chunk = oneLine ? seed.replacingOccurrences(of: "\n", with: " ") + " " : seed + "\n\n"
        let url = try Repository.temporaryFolder().appendingPathComponent("big.txt")
        try Data(String(repeating: chunk, count: max(1, bytes / chunk.utf8.count)).utf8).write(to: url)
        return url.path
    }

    /// A file of `bytes` zeros that takes no disk space.
    private static func sparse(bytes: Int) throws -> String {
        let url = try Repository.temporaryFolder().appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(bytes))
        try handle.close()
        return url.path
    }

    @Test("a file, a pipe or an endless device over 64 MB is refused at once with the size and the limit, reading no more")
    func overTheLimit() throws {
        let file = try Self.sparse(bytes: 200_000_000)
        let refused = try MeasuredRun.run(["analyze", file, Repository.seed(Repository.seedNames[0]).path])
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: \(file): is too large (200 MB; \(Self.limit)): split it, or check it is the document you meant\n")
        #expect(!MeasuredRun.measuresMemory || refused.peakMegabytes < 150, "the file was read: \(refused.peakMegabytes) MB")

        let piped = try MeasuredRun.run(["analyze", "-"], standardInput: try Self.sparse(bytes: 64_000_001))
        #expect(piped.status == 2)
        #expect(piped.stderr == "error: <stdin>: is too large (\(Self.limit)): split it, or check it is the document you meant\n")
        #expect(!MeasuredRun.measuresMemory || piped.peakMegabytes < 250, "\(piped.peakMegabytes) MB")

        let endless = try MeasuredRun.run(["analyze", "/dev/zero"])
        #expect(endless.status == 2)
        #expect(endless.stderr == "error: /dev/zero: is too large (\(Self.limit)): split it, or check it is the document you meant\n")
    }

    @Test("analyze takes time and memory linear in the input: a 4× longer line or text costs about 4× (quadratic would be 16×)",
          arguments: [true, false])
    func linear(oneLine: Bool) throws {
        let small = try MeasuredRun.run(["analyze", "--format", "json", try Self.prose(bytes: 500_000, oneLine: oneLine)])
        let large = try MeasuredRun.run(["analyze", "--format", "json", try Self.prose(bytes: 2_000_000, oneLine: oneLine)])
        #expect(small.status == 0 && large.status == 0, "\(small.stderr)\(large.stderr)")
        #expect(large.cpuSeconds < 7 * small.cpuSeconds, "\(small.cpuSeconds) s → \(large.cpuSeconds) s")
        #expect(!MeasuredRun.measuresMemory || large.peakMegabytes < 7 * small.peakMegabytes, "\(small.peakMegabytes) MB → \(large.peakMegabytes) MB")
    }

    @Test("a rule pack that flags every word: the run completes with a finding per word, in linear time")
    func packFlaggingEveryWord() throws {
        let pack = RulesCommandTests.userPack.replacingOccurrences(of: "kind: lexicon\n    terms: [massive crowd]",
                                                                   with: "kind: pattern\n    pattern: '\\w+'")
            .replacingOccurrences(of: "pass: [\"A crowd gathered.\", \"The massive building stood.\"]", with: "pass: [\"…\"]")
            .replacingOccurrences(of: "[\"A ⟦massive crowd⟧ gathered.\", \"The ⟦massive crowd⟧ cheered.\"]", with: "[\"⟦Crowds⟧!\"]")
        let rules = try RulesCommandTests.packFolder(pack).path
        func run(words: Int) throws -> (MeasuredRun, Int) {
            let text = String(repeating: "Police arrested forty people. ", count: words / 4)
            let path = try Repository.temporaryFolder().appendingPathComponent("words.txt")
            try Data(text.utf8).write(to: path)
            let arguments = ["analyze", "--no-shipped-rules", "--rules", rules, "--format", "json", path.path]
            let json = try AssayBinary.run(arguments)
            let findings = try #require((try json.json()["documents"] as? [[String: Any]])?.first?["findings"] as? [Any])
            return (try MeasuredRun.run(arguments), findings.count)
        }
        let (small, smallCount) = try run(words: 20_000)
        let (large, largeCount) = try run(words: 80_000)
        #expect(small.status == 0 && large.status == 0, "\(small.stderr)")
        #expect(smallCount == 20_000 && largeCount == 80_000)
        #expect(large.cpuSeconds < 7 * small.cpuSeconds, "\(small.cpuSeconds) s → \(large.cpuSeconds) s")
    }

    @Test("full size: a single 50 MB line is analyzed; a 200 MB text file is refused in under a second",
          .enabled(if: fullSize, "set ASSAY_BIG_INPUTS=1 to run (minutes in a debug build)"))
    func fullSizeInputs() throws {
        let line = try MeasuredRun.run(["analyze", "--format", "json", try Self.prose(bytes: 50_000_000, oneLine: true)])
        #expect(line.status == 0, "\(line.stderr)")
        #expect(!MeasuredRun.measuresMemory || line.peakMegabytes < 2_500, "\(line.peakMegabytes) MB")
        let file = try Self.prose(bytes: 200_000_000, oneLine: false)
        let start = ContinuousClock.now
        let refused = try MeasuredRun.run(["analyze", file])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: \(file): is too large (200"))
        #expect(ContinuousClock.now - start < .seconds(1))
    }
}
