import AssayCore
import Testing
@testable import RulesEngine

/// Page furniture — editor's notes, corrections, updates, bylines, captions — is not a source,
/// and an attribution after it does not take the label into its source.
@Suite struct PageFurnitureTests {
    @Test(arguments: [
        "Editor's note: This article has been updated.",
        "Editor’s Note: This article has been updated.",
        "EDITOR'S NOTE — This story was first published in 2019.",
        "Editors’ note: We have corrected the headline.",
        "Author's note: I interviewed twelve people.",
        "Translator’s note: The original is in Farsi.",
        "[Editor's note: This story was first published in 2019.]",
        "Correction: An earlier version of this article gave the wrong date.",
        "Update: This story has been corrected.",
        "Disclaimer: The views expressed here are the author's own.",
        "Reporting by Jane Smith; Editing by Tom Brown.",
        "Reported by Jane Smith in London.",
        "Photo: Jane Smith/Reuters",
        "Image copyright Reuters",
    ])
    func furnitureIsNoAttribution(_ sentence: String) {
        let found = ShippedAttribution.recognize(sentence)
        #expect(found.isEmpty, "found: \(found.map(\.span))")
    }

    @Test(arguments: [
        ("Editor's note: The minister said the figures were wrong.", "The minister said", "The minister"),
        ("Image caption Mr Smith said he would resign.", "Mr Smith said", "Mr Smith"),
        ("CORRECTION Reuters reported that the talks had failed.", "Reuters reported", "Reuters"),
        ("Update — The ministry announced that the talks would resume.", "The ministry announced", "The ministry"),
        ("Photo: Protesters said the police had fired first.", "Protesters said", "Protesters"),
        ("Source: a senior official said the talks failed.", "a senior official said", "a senior official"),
    ])
    func anAttributionAfterTheLabelLeavesTheLabelOut(_ sentence: String, _ span: String, _ source: String) {
        let found = ShippedAttribution.recognize(sentence)
        #expect(found.map(\.span) == [span])
        #expect(found.first?.fields["source"] == .string(source))
    }

    /// A one-word label is an ordinary word without a mark after it.
    @Test(arguments: [
        ("Credit Suisse said profits rose.", "Credit Suisse"),
        ("Sources close to the government said the minister would resign.", "Sources close to the government"),
        ("Photographs are evidence, the police said.", "the police"),
    ])
    func aLabelWordInProseStaysInTheSource(_ sentence: String, _ source: String) {
        let found = ShippedAttribution.recognize(sentence)
        #expect(found.map { $0.fields["source"] } == [.string(source)])
    }

    /// After a possessive a cue word is a noun ("the editor's note"), not the cue, unless it is
    /// only ever a verb ("Foster's said").
    @Test func aCueWordAfterAPossessiveIsANoun() {
        for sentence in ["It was in The Editor's note that the date changed.", "Smith's report was wrong.",
                         "The Ministry’s claims were denied."] {
            let found = ShippedAttribution.recognize(sentence)
            #expect(found.isEmpty, "\(sentence) found: \(found.map(\.span))")
        }
        #expect(ShippedAttribution.recognize("He noted that the vote was close.").map { $0.fields["cue"] } == [.string("noted")])
        // A cue that is only a verb makes the possessive a name: the brewer Foster's.
        #expect(ShippedAttribution.recognize("Foster's said the merger would go ahead.").map { $0.fields["source"] } == [.string("Foster's")])
    }

    @Test(arguments: [("Editor's", true), ("Iran’s", true), ("EDITOR'S", true), ("He's", false), ("it's", false),
                      ("That’s", false), ("Editors", false), ("s", false)])
    func possessives(_ word: String, _ isPossessive: Bool) {
        let text = MatchText(word)
        let sentence = SentenceView(text: text, byteRange: 0..<text.bytes.count)
        #expect(ShippedAttribution.lexicon.isPossessive(sentence, sentence.tokenRange.lowerBound) == isPossessive)
    }

    @Test func aPackAddsItsOwnLabels() throws {
        let configuration = try AttributionConfiguration.read(try YAMLNode.parse(
            "cues: [said]\nfurniture: [dispatch]\n", file: "pack.yml"))
        #expect(configuration.furniture == ["dispatch"])
        let recognizer = AttributionRecognizer(configuration)
        let text = MatchText("DISPATCH Smith said the talks failed.")
        let found = recognizer.recognize(SentenceView(text: text, byteRange: 0..<text.bytes.count))
        #expect(found.map { $0.fields["source"] } == [.string("Smith")])
    }
}
