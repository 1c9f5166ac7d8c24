import AssayCore
@testable import RulesEngine
import Testing

@Suite struct NumericRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var span: String
        var fields: [String: FieldValue]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "The budget grew by 1.5 million dollars.", span: "1.5 million dollars",
             fields: ["type": .string("count"), "bound": .string("exact"), "value": .number(1_500_000),
                      "referent": .string("dollars")]),
        Case(text: "Unemployment reached 12.5% last year.", span: "12.5%",
             fields: ["type": .string("percentage"), "value": .number(12.5), "referent": .null]),
        Case(text: "Some 40 percent of voters stayed home.", span: "Some 40 percent of voters",
             fields: ["type": .string("percentage"), "bound": .string("approximate"), "value": .number(40),
                      "hedge": .string("Some"), "referent": .string("voters")]),
        Case(text: "It cost 3 per cent of the budget.", span: "3 per cent of the budget",
             fields: ["type": .string("percentage"), "value": .number(3), "referent": .string("the budget")]),
        Case(text: "Police counted between 20 and 30 protesters.", span: "between 20 and 30 protesters",
             fields: ["bound": .string("range"), "low": .number(20), "high": .number(30), "hedge": .null,
                      "referent": .string("protesters")]),
        Case(text: "They held 20\u{2013}30 prisoners there.", span: "20\u{2013}30 prisoners",
             fields: ["bound": .string("range"), "low": .number(20), "high": .number(30)]),
        Case(text: "They held 20-30 prisoners there.", span: "20-30 prisoners",
             fields: ["bound": .string("range"), "low": .number(20), "high": .number(30)]),
        Case(text: "About 20 to 30 million people voted.", span: "About 20 to 30 million people",
             fields: ["bound": .string("range"), "low": .number(20_000_000), "high": .number(30_000_000),
                      "hedge": .string("About")]),
        Case(text: "Three delegates walked out.", span: "Three delegates",
             fields: ["type": .string("count"), "bound": .string("exact"), "value": .number(3)]),
        Case(text: "Iran negotiated with six world powers.", span: "six world powers",
             fields: ["value": .number(6), "referent": .string("world powers")]),
        Case(text: "He served twenty-five years in prison.", span: "twenty-five years",
             fields: ["value": .number(25), "referent": .string("years")]),
        Case(text: "She bought a dozen eggs.", span: "a dozen eggs", fields: ["value": .number(12)]),
        Case(text: "It took one hundred and twenty days.", span: "one hundred and twenty days",
             fields: ["value": .number(120)]),
        Case(text: "Over 100,000 people attended.", span: "Over 100,000 people",
             fields: ["bound": .string("lower"), "value": .number(100_000), "hedge": .string("Over")]),
        Case(text: "The regime has ruled since 1979.", span: "1979",
             fields: ["type": .string("date"), "bound": .string("exact"), "value": .number(1979), "hedge": .null]),
        Case(text: "In 1979 thousands of people rejoiced.", span: "1979",
             fields: ["type": .string("date"), "value": .number(1979)]),
        Case(text: "Around 1980 the war began.", span: "1980",
             fields: ["type": .string("date"), "bound": .string("exact"), "hedge": .null]),
        Case(text: "The rally is on July 17 near Paris.", span: "July 17",
             fields: ["type": .string("date"), "bound": .string("exact"), "month": .number(7), "day": .number(17)]),
        Case(text: "It was signed on July 14, 2015 in Vienna.", span: "July 14, 2015",
             fields: ["type": .string("date"), "value": .number(2015), "month": .number(7), "day": .number(14)]),
        Case(text: "It ended on 20 August 1988 with a ceasefire.", span: "20 August 1988",
             fields: ["type": .string("date"), "value": .number(1988), "month": .number(8), "day": .number(20)]),
        Case(text: "The 1980s were a decade of war.", span: "1980s",
             fields: ["type": .string("date"), "value": .number(1980), "decade": .bool(true)]),
        Case(text: "The war lasted from 1980 to 1988.", span: "1980 to 1988",
             fields: ["type": .string("date"), "bound": .string("range"), "low": .number(1980), "high": .number(1988)]),
        Case(text: "In the 2017-18 protests, many died.", span: "2017-18",
             fields: ["type": .string("date"), "bound": .string("range"), "low": .number(2017), "high": .number(2018)]),
        Case(text: "Over 1500 people attended.", span: "Over 1500 people",
             fields: ["type": .string("count"), "bound": .string("lower"), "value": .number(1500)]),
        Case(text: "Nearly two-thirds of the members agreed.", span: "Nearly two-thirds of the members",
             fields: ["type": .string("proportion"), "bound": .string("upper"), "value": .number(0.6667),
                      "referent": .string("the members")]),
        Case(text: "The majority of Iranians oppose it.", span: "The majority of Iranians",
             fields: ["type": .string("proportion"), "bound": .string("lower"), "value": .number(0.5),
                      "hedge": .null, "referent": .string("Iranians")]),
        Case(text: "Hundreds of thousands of people marched.", span: "Hundreds of thousands of people",
             fields: ["bound": .string("vague"), "magnitude": .number(100_000), "referent": .string("people")]),
        Case(text: "Thousands were arrested.", span: "Thousands",
             fields: ["bound": .string("vague"), "magnitude": .number(1000), "referent": .null]),
        Case(text: "Hundreds of them fled.", span: "Hundreds",
             fields: ["bound": .string("vague"), "referent": .null]),
        Case(text: "They paid $2 billion in fees.", span: "$2 billion",
             fields: ["value": .number(2_000_000_000), "unit": .string("$")]),
        Case(text: "A 100,000-strong crowd gathered.", span: "100,000-strong crowd",
             fields: ["value": .number(100_000), "referent": .string("crowd")]),
        Case(text: "Some 30,000 detained protesters remain in jail.", span: "Some 30,000 detained protesters",
             fields: ["referent": .string("detained protesters")]),
        Case(text: "More than 1,000 Iranians living abroad signed.", span: "More than 1,000 Iranians",
             fields: ["bound": .string("lower"), "referent": .string("Iranians")]),
        Case(text: "Hundreds of American and European politicians signed.", span: "Hundreds of American and European politicians",
             fields: ["referent": .string("American and European politicians")]),
        Case(text: "Five men and their families fled.", span: "Five men",
             fields: ["referent": .string("men")]),
        Case(text: "One in five adults reported symptoms.", span: "One in five adults",
             fields: ["type": .string("proportion"), "value": .number(0.2), "referent": .string("adults")]),
        Case(text: "Nearly 1 in 3 of the prisoners died.", span: "Nearly 1 in 3 of the prisoners",
             fields: ["type": .string("proportion"), "bound": .string("upper"), "referent": .string("the prisoners")]),
        Case(text: "The crackdown has cost countless lives.", span: "countless lives",
             fields: ["bound": .string("vague"), "referent": .string("lives")]),
        Case(text: "Half of the population lives in cities.", span: "Half of the population",
             fields: ["type": .string("proportion"), "referent": .string("the population")]),
        Case(text: "At least 200 were killed.", span: "At least 200",
             fields: ["bound": .string("lower"), "value": .number(200), "referent": .null]),
        Case(text: "Up to half the population is affected.", span: "Up to half the population",
             fields: ["type": .string("proportion"), "bound": .string("upper"), "referent": .string("the population")]),
    ]

    @Test(arguments: cases)
    func recognizesTheQuantity(_ example: Case) {
        let found = NumericFixture.found(in: example.text)
        let match = found.first { $0.text == example.span }
        #expect(match != nil, "no ⟦\(example.span)⟧ among \(found)")
        if let match {
            #expect(NumericFixture.has(match.fields, example.fields), "\(match)")
        }
    }

    /// Figures that are not quantities, and words that only look like one.
    @Test(arguments: [
        "One of the delegates spoke first.",
        "It was the one that mattered.",
        "Resolution 2231 endorsed the agreement.",
        "The meeting began at 10:30 in the morning.",
        "More than anything, they wanted peace.",
        "Some of the delegates left early.",
        "The hundred-year-old building was restored.",
        "The delegates may vote in the spring.",
        "He finished 17th in the race.",
        "The Senate voted 52-48 to confirm the nominee.",
    ])
    func findsNoQuantity(_ text: String) {
        #expect(NumericFixture.found(in: text).filter { $0.fields["type"] != .string("date") } == [])
    }

    @Test func quantitiesComeInTextOrder() {
        let found = NumericFixture.found(in: "In 1988, over 30,000 prisoners and hundreds of children died within three months.")
        #expect(found.map(\.text) == ["1988", "over 30,000 prisoners", "hundreds of children", "three months"])
    }

    @Test func datesAreNeverEstimates() {
        let found = NumericFixture.found(in: "About 1979, over 2017, up to 1990 and nearly 1988 are all years.")
        #expect(found.count == 4)
        for date in found {
            #expect(date.fields["type"] == .string("date"))
            #expect(date.fields["bound"] == .string("exact"))
        }
    }

    @Test func theReferentIsBoundedInLength() {
        let found = NumericFixture.found(in: "There were 40 tall old grey stone Roman town defensive watch towers here.")
        #expect(found.first?.fields["referent"] == .string("tall old grey stone Roman town"))
    }
}
