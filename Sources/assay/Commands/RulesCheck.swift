import ArgumentParser
import RulesEngine

/// `assay rules check FILE…`: validates packs without running them.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate rule pack files: YAML syntax, known keys and kinds, unique ids, safe regular expressions.",
        discussion: """
        Each file is checked on its own and together with the shipped packs (so an id that \
        clashes with a shipped rule is caught). Problems are printed as file:line:column: what is wrong.

        Exit codes: 0 every file is valid · 2 a file is invalid.

        Example:
          assay rules check my-packs/claims.yml
        """
    )

    @Argument(help: ArgumentHelp("Pack files to validate.", valueName: "file"))
    var files: [String]

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one pack file to check.") }
    }

    func run() throws {
        var invalid = false
        for file in files {
            do {
                let loaded = try RulePackLoader.load(path: file)
                var options = rules
                options.extraRules.append(file)
                _ = try options.loadRuleSet()
                StandardStream.standardOutput.write("\(file): ok — pack \(loaded.pack.name), \(loaded.pack.rules.count) rules\n")
                for rule in loaded.pack.rules {
                    guard case .pattern(let parameters) = rule.kind, !parameters.pattern.hasRequiredLiteral else { continue }
                    StandardStream.standardOutput.write("\(file): note: rule \(rule.id): no literal text occurs in every match "
                        + "of its pattern, so it runs on every sentence (slow on large inputs); start it with words\n")
                }
            } catch {
                _ = UserFacingError.report(error)
                invalid = true
            }
        }
        if invalid { throw ExitCode(2) }
    }
}
