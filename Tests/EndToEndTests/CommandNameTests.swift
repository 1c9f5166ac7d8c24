import ArgumentParser
import Testing
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
}
