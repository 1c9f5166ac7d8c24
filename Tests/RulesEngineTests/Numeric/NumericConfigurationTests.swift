import AssayCore
@testable import RulesEngine
import Testing

@Suite struct NumericConfigurationTests {
    static func configuration(_ yaml: String) throws(RuleFileError) -> NumericConfiguration {
        try NumericConfiguration.read(try YAMLNode.parse(yaml, file: "test.yml"))
    }

    static func firstFinding(_ text: String, _ configuration: NumericConfiguration) -> NumericFixture.Found? {
        NumericFixture.found(in: text, recognizer: NumericRecognizer(configuration)).first
    }

    @Test func hedgesVagueProportionsAndUnitsComeFromThePack() throws {
        let configuration = try Self.configuration("""
            hedges: { lower: [north of], approximate: [give or take] }
            vague: { oodles of: null, lakhs of: 100000 }
            proportions: { a sliver: 0.05, the bulk: { value: 0.5, bound: lower } }
            units: [sacks]
            maximumReferentWords: 2
            """)
        let north = Self.firstFinding("North of 300 guards stood by.", configuration)
        #expect(north?.text == "North of 300 guards")
        #expect(north?.fields["bound"] == .string("lower"))
        #expect(Self.firstFinding("Give or take 300 guards.", configuration)?.fields["hedge"] == .string("Give or take"))
        #expect(Self.firstFinding("Lakhs of farmers marched.", configuration)?.fields["magnitude"] == .number(100_000))
        #expect(Self.firstFinding("Oodles of cash", configuration)?.fields["bound"] == .string("vague"))
        let bulk = Self.firstFinding("The bulk of the army deserted.", configuration)
        #expect(bulk?.fields["value"] == .number(0.5))
        #expect(bulk?.fields["bound"] == .string("lower"))
        #expect(Self.firstFinding("They sent 40 sacks of flour.", configuration)?.text == "40 sacks of flour")
        #expect(Self.firstFinding("They sent 40 big red old trucks.", configuration)?.text == "40 big red")
    }

    @Test func anEmptyConfigurationStillReadsFiguresButNoHedges() {
        let found = NumericFixture.found(in: "Over 300 guards and hundreds of police.", recognizer: NumericRecognizer(.empty))
        #expect(found.map(\.text) == ["300 guards"])
        #expect(found.first?.fields["bound"] == .string("exact"))
    }

    @Test func mergingUnitesAndTheLaterPackWins() throws {
        let first = try Self.configuration("hedges: { lower: [over] }\nunits: [sacks]\nmaximumReferentWords: 3")
        let second = try Self.configuration("hedges: { upper: [over], approximate: [circa] }\nunits: [bales]")
        let merged = first.merging(second)
        #expect(merged.hedges == ["over": .upper, "circa": .approximate])
        #expect(merged.units == ["sacks", "bales"])
        #expect(merged.maximumReferentWords == 3)
    }

    @Test(arguments: [
        ("hedgez: { lower: [over] }", "test.yml:1:1: numeric: unknown key 'hedgez'"),
        ("hedges: { lowest: [over] }", "test.yml:1:11: numeric.hedges: unknown key 'lowest'"),
        ("hedges: { lower: [\"  \"] }", "numeric.hedges.lower: a phrase must not be empty"),
        ("vague: { heaps of: lots }", "numeric.vague.heaps of must be a positive number"),
        ("proportions: { half: 2 }", "numeric.proportions.half must be a number greater than 0 and at most 1"),
        ("proportions: { most: { value: 0.5, bound: vague } }", "numeric.proportions.most.bound must be one of: exact, lower, upper, approximate"),
        ("proportions: { most: { value: 0.5, bond: lower } }", "unknown key 'bond'"),
        ("maximumReferentWords: 0", "numeric.maximumReferentWords must be from 1 to 20"),
        ("units: [cubic metres]", "numeric.units: 'cubic metres' must be one word"),
        ("[over]", "numeric must be a mapping"),
    ])
    func mistakesAreReportedWithTheirPlace(_ yaml: String, _ expected: String) {
        #expect {
            _ = try Self.configuration(yaml)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }
}
