import AssayCore
import Testing
@testable import RulesEngine

@Suite struct AttributionRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var span: String
        var fields: [String: FieldValue]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "He said nothing.", span: "He said",
             fields: ["source": .string("He"), "sourceType": .string("person"), "quote": .string("none")]),
        Case(sentence: "“We will not back down,” said the foreign minister.", span: "said the foreign minister",
             fields: ["source": .string("the foreign minister"), "sourceType": .string("person"), "quote": .string("direct")]),
        Case(sentence: "“It is over,” she told reporters.", span: "she told",
             fields: ["source": .string("she"), "quote": .string("direct")]),
        Case(sentence: "According to officials in Tehran, the talks failed.", span: "According to officials in Tehran",
             fields: ["source": .string("officials in Tehran"), "sourceType": .string("vague"), "cue": .string("According to")]),
        Case(sentence: "Sources close to the government said the minister would resign.",
             span: "Sources close to the government said",
             fields: ["source": .string("Sources close to the government"), "sourceType": .string("anonymous")]),
        Case(sentence: "The plot was revealed by the Belgian police.", span: "revealed by the Belgian police",
             fields: ["source": .string("the Belgian police"), "sourceType": .string("organization")]),
        Case(sentence: "The ministry allegedly said that prisoners were freed.", span: "The ministry allegedly said",
             fields: ["sourceType": .string("organization"), "hedged": .bool(true)]),
        Case(sentence: "Amnesty International warned that executions had risen.", span: "Amnesty International warned",
             fields: ["sourceType": .string("organization"), "quote": .string("indirect")]),
        Case(sentence: "Maryam Rajavi, the President-elect of NCRI, said the regime must go.",
             span: "Maryam Rajavi, the President-elect of NCRI, said",
             fields: ["source": .string("Maryam Rajavi, the President-elect of NCRI"), "sourceType": .string("person")]),
        Case(sentence: "It is believed the commander fled.", span: "It is believed",
             fields: ["sourceType": .string("none"), "hedged": .bool(false)]),
        Case(sentence: "Media reports said the talks failed.", span: "Media reports said",
             fields: ["source": .string("Media reports"), "sourceType": .string("vague"), "cue": .string("said")]),
        Case(sentence: "Experts say the figures are inflated.", span: "Experts say",
             fields: ["source": .string("Experts"), "sourceType": .string("vague")]),
        // An aside between the subject and its cue leaves the subject the source.
        Case(sentence: "Humphrey, for example, said he is hopeful.", span: "Humphrey, for example, said",
             fields: ["source": .string("Humphrey"), "sourceType": .string("person")]),
        Case(sentence: "Hunter, meanwhile, told Politico that he is in favor.", span: "Hunter, meanwhile, told",
             fields: ["source": .string("Hunter")]),
        Case(sentence: "Carter however said he would welcome it.", span: "Carter however said",
             fields: ["source": .string("Carter")]),
        Case(sentence: "Cruz himself said the race was close.", span: "Cruz himself said", fields: ["source": .string("Cruz")]),
        Case(sentence: "Mr. Regalado, 69, said he had been inundated with email.", span: "Mr. Regalado, 69, said",
             fields: ["source": .string("Mr. Regalado, 69,"), "sourceType": .string("person")]),
        Case(sentence: "Senate Majority Leader Mitch McConnell, R-Ky., said the party would act.",
             span: "Senate Majority Leader Mitch McConnell, R-Ky., said",
             fields: ["source": .string("Senate Majority Leader Mitch McConnell, R-Ky.,")]),
        Case(sentence: "Sen. Chuck Schumer, D-N.Y., said the vote would fail.", span: "Sen. Chuck Schumer, D-N.Y., said",
             fields: ["source": .string("Sen. Chuck Schumer, D-N.Y.,")]),
        // Groups and shares of people.
        Case(sentence: "Several Democratic operatives said they expect fake information.",
             span: "Several Democratic operatives said",
             fields: ["source": .string("Several Democratic operatives"), "sourceType": .string("vague")]),
        Case(sentence: "Top advisers said he had rejected the idea.", span: "Top advisers said",
             fields: ["source": .string("Top advisers"), "sourceType": .string("vague")]),
        Case(sentence: "About four in 10 said they were angry.", span: "About four in 10 said",
             fields: ["source": .string("About four in 10"), "sourceType": .string("vague")]),
        Case(sentence: "On economic issues, 42% say they are liberal.", span: "42% say",
             fields: ["source": .string("42%"), "sourceType": .string("vague")]),
        Case(sentence: "Vice President Joseph R. Biden Jr. said the remarks were dangerous.",
             span: "Vice President Joseph R. Biden Jr. said", fields: ["source": .string("Vice President Joseph R. Biden Jr.")]),
        Case(sentence: "“She did not like that,” said a 2008 Clinton veteran.", span: "said a 2008 Clinton veteran",
             fields: ["source": .string("a 2008 Clinton veteran"), "quote": .string("direct")]),
        Case(sentence: "On Tuesday night, Mr. Trump struck a measured tone, saying he understood the task.",
             span: "Mr. Trump struck a measured tone, saying", fields: ["source": .string("Mr. Trump"), "cue": .string("saying")]),
        Case(sentence: "A reporter asked Sanders how he was feeling.", span: "A reporter asked",
             fields: ["source": .string("A reporter"), "cue": .string("asked")]),
        Case(sentence: "Another delegate on the Cruz slate, Jim Poolman, said he was leaning Cruz.", span: "Jim Poolman, said",
             fields: ["source": .string("Jim Poolman"), "sourceType": .string("person")]),
        Case(sentence: "Grant Young, another unaligned Iowa Republican strategist, said there are advantages.",
             span: "Grant Young, another unaligned Iowa Republican strategist, said",
             fields: ["source": .string("Grant Young, another unaligned Iowa Republican strategist")]),
        Case(sentence: "But one prominent conservative, syndicated radio host Dennis Prager, said the plan is wrong.",
             span: "Dennis Prager, said", fields: ["source": .string("Dennis Prager")]),
        Case(sentence: "Marley Anderson, 21, a junior from Las Vegas, said she turned out at her first caucus.",
             span: "Marley Anderson, 21, a junior from Las Vegas, said",
             fields: ["source": .string("Marley Anderson, 21, a junior from Las Vegas"), "sourceType": .string("person")]),
        Case(sentence: "Rachel Berg, a philanthropist from Monsey, New York, said the speeches moved her.",
             span: "Rachel Berg, a philanthropist from Monsey, New York, said",
             fields: ["source": .string("Rachel Berg, a philanthropist from Monsey, New York")]),
        Case(sentence: "Mark Cuban: “A businessman can run this country.”", span: "Mark Cuban:",
             fields: ["source": .string("Mark Cuban"), "cue": .string(":"), "quote": .string("direct")]),
        Case(sentence: "One California delegate said he gave away passes.", span: "One California delegate said",
             fields: ["source": .string("One California delegate")]),
        // The noun phrase opening the clause, when nothing nearer reads as a source.
        Case(sentence: "But protest organizers in Cleveland say the rules are strict.",
             span: "protest organizers in Cleveland say", fields: ["source": .string("protest organizers in Cleveland")]),
        Case(sentence: "New polls released Sunday showed Clinton taking a lead.", span: "New polls released Sunday showed",
             fields: ["source": .string("New polls released"), "cue": .string("showed")]),
        // A party tag in parentheses, then an aside.
        Case(sentence: "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was committed.",
             span: "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said",
             fields: ["source": .string("Rep. Elijah Cummings (D-Md.), chair of the Platform Committee"), "sourceType": .string("person")]),
        // A cue that counts only beside a quotation.
        Case(sentence: "\"Honestly,\" he continued, \"we may be on the brink.\"", span: "he continued",
             fields: ["source": .string("he"), "cue": .string("continued"), "quote": .string("direct")]),
        // A participle whose subject is a person noun, or after "by".
        Case(sentence: "The governor spent the day talking about the drug crisis, saying that heroin is cheap.",
             span: "The governor spent the day talking about the drug crisis, saying",
             fields: ["source": .string("The governor"), "cue": .string("saying")]),
        Case(sentence: "Sanders has soared in the polls by saying that the system is rigged.",
             span: "Sanders has soared in the polls by saying", fields: ["source": .string("Sanders")]),
        // A participle and its agent, without an auxiliary.
        Case(sentence: "The bill, opposed by House Republicans, never became law.", span: "opposed by House Republicans",
             fields: ["source": .string("House Republicans"), "cue": .string("opposed")]),
        // A document at the head of a subject that names its owner; a trailing vague cue.
        Case(sentence: "A study by the liberal watchdog group Media Matters found the nominee got more coverage.",
             span: "A study by the liberal watchdog group Media Matters found",
             fields: ["source": .string("A study by the liberal watchdog group Media Matters"), "cue": .string("found")]),
        Case(sentence: "The campaign raised $57 million, new fundraising reports show.", span: "new fundraising reports show",
             fields: ["source": .string("new fundraising reports"), "sourceType": .string("vague")]),
        // The writer's own hedge.
        Case(sentence: "Christie appears to be fully embracing his role.", span: "appears to",
             fields: ["source": .null, "sourceType": .string("none"), "hedged": .bool(true)]),
        Case(sentence: "Clinton expressed concern that the deal would fail.", span: "Clinton expressed",
             fields: ["source": .string("Clinton"), "cue": .string("expressed")]),
        // A surname ending in -ly opening the sentence, before a cue.
        Case(sentence: "Jolly said he would be cautious.", span: "Jolly said", fields: ["source": .string("Jolly")]),
        // The source before an aside between dashes.
        Case(sentence: "Insiders in the next two states — Nevada and South Carolina — said it is important.",
             span: "Insiders in the next two states — Nevada and South Carolina — said",
             fields: ["source": .string("Insiders in the next two states"), "cue": .string("said")]),
        // The verb of a clause set off by commas is not the attribution when a verb of saying follows it.
        Case(sentence: "Cruz, who has proposed repealing the mandate over five years, said at the time that it was wrong.",
             span: "Cruz, who has proposed repealing the mandate over five years, said",
             fields: ["source": .string("Cruz"), "cue": .string("said")]),
        Case(sentence: "The firm cut 200 jobs, according to a copy of the letter reviewed by The Post.",
             span: "according to a copy of the letter reviewed by The Post",
             fields: ["source": .string("a copy of the letter reviewed by The Post")]),
    ]

    @Test(arguments: cases)
    func recognizesTheAttribution(_ expected: Case) throws {
        let found = ShippedAttribution.recognize(expected.sentence)
        let match = try #require(found.first { $0.span == expected.span }, "found: \(found.map(\.span))")
        for (key, value) in expected.fields { #expect(match.fields[key] == value, "\(key)") }
    }

    @Test(arguments: [
        "The diplomat was arrested in Germany.",
        "The rally was held in Paris on Saturday.",
        "The French bomb plot was only one of several to be reported in 2018.",
        "The same can be said of the regime's anxiety.",
        "He has a stated aim of reform.",
        "Prices rose sharply in March, the third rise this year.",
        "The report is due next week.",
        "Police arrested two men after the attack.",
        "The election in Iran said little about public opinion.",
        "The weather in March said nothing about the harvest.",
        "The new building shows the city's ambition.",
        "Subs Not Used: Smith, Jones, Brown.",
        "The leader of the party, wouldn't say how it would vote.",
        "The fighting continued into the night.",
        "The MEK has continued to share information with Western governments.",
    ])
    func neutralSentencesHaveNoAttribution(_ sentence: String) {
        #expect(ShippedAttribution.recognize(sentence).isEmpty)
    }

    @Test(arguments: ["", ".", "…!?", "\"", "“Unclosed quote, said", "said", "according to", ", said", "reportedly",
                      "Mr. . . said", "The the the said"])
    func oddInputDoesNotTrap(_ sentence: String) {
        _ = ShippedAttribution.recognize(sentence)
    }

    @Test func thatAfterAnInvertedCueOpensWhatWasSaid() {
        let found = ShippedAttribution.recognize("The union, which endorsed Mr. Sanders in December, said that polling showed support.")
        #expect(!found.contains { $0.fields["source"] == .string("that polling") }, "\(found.map(\.span))")
    }

    @Test func unclosedQuoteAfterTheCueIsDirect() throws {
        let found = try #require(ShippedAttribution.recognize("The minister said: “We will never").first)
        #expect(found.fields["quote"] == .string("direct"))
    }

    @Test func recognitionsComeInTextOrder() {
        let found = ShippedAttribution.recognize("Reportedly, the MEK said the talks failed, and experts warned of war.")
        #expect(found.map(\.span) == ["Reportedly", "the MEK said", "experts warned"])
    }

    @Test func aVeryLongSentenceIsReadInLinearTime() {
        let sentence = String(repeating: "Officials of the Council of the Ministry said, ", count: 4_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(ShippedAttribution.recognize(sentence).count == 4_000) }
        #expect(elapsed < .seconds(5))
    }

    @Test func anEmptyConfigurationRecognizesNothing() {
        let text = MatchText("The MEK said it was revealed, reportedly.")
        let view = SentenceView(text: text, byteRange: 0..<text.bytes.count)
        #expect(AttributionRecognizer(.empty).recognize(view).isEmpty)
    }
}

extension AttributionRecognizerTests {
    @Test("a colon after a cue's object is no second speaker: after “He told BBC Sport:” the speaker is he")
    func colonAfterTheCuesObject() {
        let found = ShippedAttribution.recognize("He told BBC Sport: “We were the better side.”")
        #expect(found.map(\.span) == ["He told"])
    }
}
