import Testing
@testable import RulesEngine

@Suite struct AttributionConfigurationTests {
    private func configuration(_ yaml: String) throws -> AttributionConfiguration {
        try AttributionConfiguration.read(try YAMLNode.parse(yaml, file: "pack.yml"))
    }

    @Test func unknownKeysAreRefusedWithTheKnownOnes() {
        #expect {
            _ = try configuration("cues: [said]\ncue-verbs: [told]\n")
        } throws: { error in
            guard let error = error as? RuleFileError else { return false }
            return error.line == 2 && error.message.contains("unknown key 'cue-verbs'") && error.message.contains("vagueSources")
        }
    }

    @Test func anEmptyEntryIsRefused() {
        #expect(throws: RuleFileError.self) { _ = try configuration("cues: [said, '']\n") }
    }

    @Test func aSingleWordIsAListOfOne() throws {
        #expect(try configuration("hedges: reportedly\n").hedges == ["reportedly"])
    }

    @Test func mergingAddsTheSecondPacksWords() throws {
        let merged = try configuration("cues: [said]\n").merging(try configuration("cues: [quipped]\nhedges: [allegedly]\n"))
        #expect(merged.cues == ["said", "quipped"])
        #expect(merged.hedges == ["allegedly"])
        let text = MatchText("Smith quipped that all was well.")
        let found = AttributionRecognizer(merged).recognize(SentenceView(text: text, byteRange: 0..<text.bytes.count))
        #expect(found.map { text.string($0.byteRange) } == ["Smith quipped"])
    }
}
