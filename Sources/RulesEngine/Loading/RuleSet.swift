import AssayCore
import Foundation

/// All loaded packs, checked together (no rule id or pack name twice), with the merged
/// configuration of the built-in recognizers.
public struct RuleSet: Sendable {
    public let packs: [RulePack]
    public let configurations: RecognizerConfigurations

    public init(_ files: [PackFile]) throws(RuleFileError) {
        var seen: [String: Rule] = [:]
        var packNames: [String: String] = [:]
        for file in files {
            if let other = packNames[file.pack.name] {
                throw RuleFileError(file: file.pack.file, message: "pack '\(file.pack.name)' is also defined in \(other)")
            }
            packNames[file.pack.name] = file.pack.file
            for rule in file.pack.rules {
                if let earlier = seen[rule.id] {
                    throw RuleFileError(file: rule.file, line: rule.line, column: 1,
                                        message: "duplicate rule id '\(rule.id)' (also in \(earlier.file):\(earlier.line))")
                }
                seen[rule.id] = rule
            }
        }
        packs = files.map(\.pack)
        configurations = files.reduce(.empty) { $0.merging($1.configurations) }
    }

    private init(packs: [RulePack], configurations: RecognizerConfigurations) {
        self.packs = packs
        self.configurations = configurations
    }

    /// Loads the packs at `paths`: a file is one pack; a folder holds packs as `*.yml`/`*.yaml`.
    /// The same file reached twice is loaded once.
    public static func load(paths: [String]) throws(RuleFileError) -> RuleSet {
        var files: [String] = []
        var seen: Set<String> = []
        for path in paths {
            for file in try packFiles(at: path) where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(file)
            }
        }
        // Packs load on every core: start-up runs before any document is read. The first
        // error in file order is the one reported, as when they loaded one after another.
        let results = ParallelMap.map(files) { file in
            Result { () throws(RuleFileError) in try RulePackLoader.load(path: file) }
        }
        var loaded: [PackFile] = []
        for result in results { loaded.append(try result.get()) }
        return try RuleSet(loaded)
    }

    public var rules: [Rule] { packs.flatMap(\.rules) }

    /// The packs and a learned framing tagger as one more rule, `framing.model`, which
    /// `--rule` and `--category` select like any other.
    public func adding(_ framing: FramingModel) -> RuleSet {
        let rule = Rule(id: FramingModel.ruleID, category: FramingModel.category, severity: .info,
                        message: "loaded or persuasive language", kind: .learned(framing), fields: [:],
                        examples: RuleExamples(flag: [], pass: []), file: framing.path, line: 0)
        let pack = RulePack(name: "model", description: "learned taggers (Models/)", file: framing.path, rules: [rule])
        return RuleSet(packs: packs + [pack], configurations: configurations)
    }

    /// The same packs with only the rules `keep` accepts; the recognizers keep their configuration.
    public func filtered(_ keep: (Rule) -> Bool) -> RuleSet {
        RuleSet(packs: packs.map { pack in
            var pack = pack
            pack.rules = pack.rules.filter(keep)
            return pack
        }, configurations: configurations)
    }

    /// The pack files at a path, sorted.
    static func packFiles(at path: String) throws(RuleFileError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RuleFileError(file: path, message: "does not exist")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw RuleFileError(file: path, message: "cannot be read")
        }
        let packs = names.filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.hasPrefix(".") }.sorted()
        // An empty folder is almost always a wrong path: say so rather than run without its rules.
        guard !packs.isEmpty else { throw RuleFileError(file: path, message: "holds no rule packs (*.yml, *.yaml)") }
        return packs.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
    }
}
