import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import assay

/// Every command names itself in its configuration: a name left out is derived at every start
/// through runtime conformance scans (`String(describing:)`), which cost more start-up time than
/// all of the argument parsing.
@Suite struct CommandNameTests {
    @Test("every command and subcommand sets commandName")
    func everyCommandNamesItself() {
        var unnamed: [String] = []
        var commands: [any ParsableCommand.Type] = [Assay.self]
        var checked = 0
        while let command = commands.popLast() {
            checked += 1
            if command.configuration.commandName == nil { unnamed.append("\(command)") }
            commands += command.configuration.subcommands
        }
        #expect(checked > 20)
        #expect(unnamed.isEmpty, "\(unnamed)")
    }

    @Test("the man page (docs/man/assay.1) has every command: rerun scripts/generate-manual.sh after adding one")
    func manPageIsCurrent() throws {
        let page = try String(contentsOf: Repository.url("docs/man/assay.1"), encoding: .utf8)
        var missing: [String] = []
        var commands: [(path: String, type: any ParsableCommand.Type)] = Assay.configuration.subcommands.map { ("", $0) }
        while let (path, command) = commands.popLast() {
            let name = command.configuration.commandName ?? ""
            let full = path.isEmpty ? name : path + " " + name
            // The page heads each command with its name, subcommands in a list under their command.
            if !page.contains(".It Em \(name)\n") { missing.append(full) }
            commands += command.configuration.subcommands.map { (full, $0) }
        }
        #expect(missing.isEmpty, "not in docs/man/assay.1: \(missing)")
    }
}
