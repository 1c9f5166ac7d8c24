import Foundation
import Testing
import TestSupport
@testable import RulesEngine

@Suite struct SourceRegistryTests {
    static let seeds = Result { try SourceRegistry.load(path: Repository.url("seeds/sources.yml").path) }

    @Test(arguments: [
        ("the MEK", true), ("Mrs. Maryam Rajavi, the President-elect of NCRI", true), ("the MEK and NCRI", true),
        ("The MEK's parent organization", true), ("the People’s Mojahedin Organization of Iran", true),
        ("Massoud Rajavi", true), ("the Iranian Resistance", true),
        ("the foreign minister", false), ("Amnesty International", false), ("Mekong officials", false), ("", false),
    ])
    func selfSourcingForAnNCRIPublisher(_ source: String, _ expected: Bool) throws {
        let registry = try Self.seeds.get()
        #expect(registry.isSelfSourced(source: source, publisher: "NCRI") == expected)
    }

    @Test func affiliationRunsBothWays() throws {
        let registry = try Self.seeds.get()
        #expect(registry.isSelfSourced(source: "the NCRI", publisher: "Mrs. Rajavi"))
        #expect(registry.isSelfSourced(source: "Maryam Rajavi", publisher: "PMOI"))
        #expect(!registry.isSelfSourced(source: "the MEK", publisher: "BBC News"))
    }

    @Test(arguments: [
        ("ncri", "National Council of Resistance of Iran"), ("NCRI Staff Writer", "National Council of Resistance of Iran"),
        ("MEK", "People's Mojahedin Organization of Iran"), ("BBC", nil), ("", nil),
    ] as [(String, String?)])
    func publisherNamesResolve(_ publisher: String, _ expected: String?) throws {
        #expect(try Self.seeds.get().entity(named: publisher) == expected)
    }

    @Test func anEmptyRegistrySourcesNothingToItself() {
        #expect(!SourceRegistry.empty.isSelfSourced(source: "the MEK", publisher: "NCRI"))
        #expect(SourceRegistry.empty.entity(named: "NCRI") == nil)
    }

    @Test(arguments: [
        ("entities:\n  - name: A\n    alias: [B]\n", 3, "unknown key 'alias'"),
        ("entity: []\n", 1, "unknown key 'entity'"),
        ("entities:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [x]\n", 4, "'x' already names A"),
        ("entities:\n  - aliases: [X]\n", 2, "missing 'name'"),
        ("entities: [a, b]\n", 1, "must be a mapping"),
    ])
    func malformedRegistriesAreRefusedWithALocation(_ yaml: String, _ line: Int, _ message: String) {
        #expect {
            _ = try SourceRegistry.load(yaml: yaml, file: "sources.yml")
        } throws: { error in
            guard let error = error as? RuleFileError else { return false }
            return error.file == "sources.yml" && error.line == line && error.message.contains(message)
        }
    }

    @Test func aMissingFileIsNamed() {
        #expect {
            _ = try SourceRegistry.load(path: "/nonexistent/sources.yml")
        } throws: { error in
            (error as? RuleFileError)?.description.contains("/nonexistent/sources.yml") == true
        }
    }

    @Test func anOversizedFileIsRefused() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sources.yml")
        try Data(repeating: UInt8(ascii: "#"), count: 1_000_001).write(to: file)
        #expect {
            _ = try SourceRegistry.load(path: file.path)
        } throws: { error in
            (error as? RuleFileError)?.message.contains("larger than 1 MB") == true
        }
    }

    @Test("the workbench's sources join the file's: a new entity and its affiliates, more names for a known one")
    func addingWorkbenchSources() throws {
        let registry = try Self.seeds.get().adding([
            SourceRegistry.Entry(name: "Coastal Defense Fund", affiliates: ["Harbor Watch"]),
            SourceRegistry.Entry(name: "NCRI", aliases: ["the Council"], affiliates: ["Iran Freedom Foundation"]),
            // "MEK" already names another entity: it stays with that one.
            SourceRegistry.Entry(name: "Harbor Trust", aliases: ["MEK"]),
        ])
        #expect(registry.isSelfSourced(source: "Harbor Watch director Jane Smith", publisher: "Coastal Defense Fund"))
        #expect(registry.isSelfSourced(source: "the Iran Freedom Foundation", publisher: "NCRI"))
        #expect(registry.isSelfSourced(source: "the Council", publisher: "PMOI"))
        #expect(registry.isSelfSourced(source: "the MEK", publisher: "NCRI"))
        #expect(!registry.isSelfSourced(source: "the MEK", publisher: "Harbor Trust"))
        #expect(!registry.isSelfSourced(source: "Harbor Watch", publisher: "NCRI"))
        #expect(registry.entries.count == (try Self.seeds.get()).entries.count + 2)
    }
}
