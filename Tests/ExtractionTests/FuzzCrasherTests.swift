import Foundation
import Testing
import TestSupport

/// Replays the inputs the fuzzer once crashed on (Tests/FuzzCrashers/TARGET/) and the fuzz seeds
/// (Fuzz/seeds/) through exactly the checks of their fuzz target.
@Suite("Fuzz crashers and seeds")
struct FuzzCrasherTests {
    struct Input: CustomTestStringConvertible, Sendable {
        var target: FuzzChecks.Target
        var path: String
        var testDescription: String { "\(target.rawValue): \(path)" }
    }

    static let inputs: [Input] = FuzzChecks.Target.allCases.flatMap { target in
        let folders = ["Tests/FuzzCrashers/\(target.rawValue)"]
            + (target == .rulepack ? ["Fuzz/seeds/rulepacks"] : ["Fuzz/seeds/documents"])
        return folders.flatMap { folder in files(in: folder).map { Input(target: target, path: $0) } }
    }

    private static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.url(folder).path)) ?? []
        return names.filter { $0 != "README.md" }.sorted().map { "\(folder)/\($0)" }
    }

    @Test("every seed target has inputs to replay")
    func inputsExist() {
        for target in FuzzChecks.Target.allCases {
            #expect(Self.inputs.contains { $0.target == target }, "no input for \(target.rawValue)")
        }
    }

    @Test("the input keeps every invariant of its fuzz target", arguments: inputs)
    func replay(_ input: Input) throws {
        let bytes = try [UInt8](Data(contentsOf: Repository.url(input.path)))
        #expect(FuzzChecks.check(input.target, bytes) == [])
    }
}
