import AssayCore
import Foundation

/// Reads a rule pack file into a `RulePack`, checking everything a pack author can get wrong:
/// malformed YAML, unknown or misplaced keys, unknown kinds and severities, bad ids, invalid
/// or dangerous regular expressions, malformed examples. Every error names the file and line, and
/// a pack with several bad rules is refused with all of them.
public enum RulePackLoader {
    public static let maximumFileSize = 1_000_000

    public static func load(path: String) throws(RuleFileError) -> PackFile {
        try load(yaml: try readFile(path), file: path)
    }

    public static func load(yaml: String, file: String) throws(RuleFileError) -> PackFile {
        let root = try YAMLNode.parse(yaml, file: file)
        let mapping = try root.mapping(allowedKeys: Set(["pack", "description", "rules"]).union(RecognizerConfigurations.keys),
                                       context: "pack")
        let name = try mapping.string("pack")
        guard RuleIdentifier.isValidName(name) else {
            throw try mapping.required("pack").error("pack name '\(name)' must be lower-case letters, digits and hyphens")
        }
        // Every bad rule is reported (its first problem), not only the pack's first bad rule.
        var rules: [Rule] = []
        var problems: [RuleFileError] = []
        for node in try mapping.required("rules").sequence(context: "rules") {
            do throws(RuleFileError) {
                let rule = try RuleLoader.load(node, pack: name)
                if let earlier = rules.first(where: { $0.id == rule.id }) {
                    throw node.error("duplicate rule id '\(rule.id)' (first defined at line \(earlier.line))")
                }
                rules.append(rule)
            } catch {
                problems.append(error)
            }
        }
        if let error = RuleFileError(every: problems) { throw error }
        let pack = RulePack(name: name, description: try mapping.optionalString("description") ?? "", file: file, rules: rules)
        return PackFile(pack: pack, configurations: try RecognizerConfigurations.read(mapping))
    }

    /// The file as UTF-8 text, refusing what cannot be a rule file.
    static func readFile(_ path: String) throws(RuleFileError) -> String {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        // FileManager rather than URL resource values: packs load at every start (Benchmarks/README.md).
        if url.hasDirectoryPath || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue {
            throw RuleFileError(file: path, message: "is a folder, not a rule pack file")
        }
        let data: Data
        do {
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            guard size <= maximumFileSize else {
                throw RuleFileError(file: path, message: "is \(size) bytes; a rule file may be at most \(maximumFileSize)")
            }
            data = try Data(contentsOf: url)
        } catch let error as RuleFileError {
            throw error
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw RuleFileError(file: path, message: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, message: "is not valid UTF-8")
        }
        return text
    }
}

/// A loaded pack file: its rules and the recognizer configuration it carries.
public struct PackFile: Sendable {
    public var pack: RulePack
    public var configurations: RecognizerConfigurations
}

enum RuleIdentifier {
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `pack.rule-name`.
    static func isValid(_ id: String, pack: String) -> Bool {
        guard id.hasPrefix(pack + ".") else { return false }
        return isValidName(String(id.dropFirst(pack.count + 1)))
    }
}
