import Testing

@Suite("Sentence segmentation: abbreviations, initials and the pronoun I")
struct AbbreviationSegmentationTests {
    static let timeCases: [TextCase] = [
        TextCase(name: "a.m. before a name",
                 text: "The hearing opened at 9 a.m. Judge Patel read the charges.",
                 expected: ["The hearing opened at 9 a.m.", "Judge Patel read the charges."]),
        TextCase(name: "p.m. before a title and name",
                 text: "Polls closed at 10 p.m. President Okafor conceded an hour later.",
                 expected: ["Polls closed at 10 p.m.", "President Okafor conceded an hour later."]),
        TextCase(name: "a.m. before an abbreviated title",
                 text: "The shift ended at 6 a.m. Sgt. Reid went home.",
                 expected: ["The shift ended at 6 a.m.", "Sgt. Reid went home."]),
        TextCase(name: "a.m. before a day",
                 text: "The vote is at 11 a.m. Tuesday in the main chamber. Members must attend.",
                 expected: ["The vote is at 11 a.m. Tuesday in the main chamber.", "Members must attend."]),
        TextCase(name: "p.m. before a time zone",
                 text: "Trading halted at 2 p.m. EST after the report. Shares later recovered.",
                 expected: ["Trading halted at 2 p.m. EST after the report.", "Shares later recovered."]),
        TextCase(name: "a.m. before a place's time",
                 text: "The launch is set for 7 a.m. Moscow time on Friday. Crowds are expected.",
                 expected: ["The launch is set for 7 a.m. Moscow time on Friday.", "Crowds are expected."]),
        TextCase(name: "p.m. before a place of two words and its time",
                 text: "The market opens at 9 p.m. New York time. Traders wait.",
                 expected: ["The market opens at 9 p.m. New York time.", "Traders wait."]),
        TextCase(name: "a.m. before a date",
                 text: "Doors open at 8 a.m. 12 June, the organisers said. Tickets are free.",
                 expected: ["Doors open at 8 a.m. 12 June, the organisers said.", "Tickets are free."]),
        TextCase(name: "a.m. before a month",
                 text: "The polls open at 7 a.m. March 4 in every county. Turnout is expected to be high.",
                 expected: ["The polls open at 7 a.m. March 4 in every county.", "Turnout is expected to be high."]),
        TextCase(name: "must not split: U.S. before a title",
                 text: "The U.S. Ambassador Jane Hale arrived. Talks began.",
                 expected: ["The U.S. Ambassador Jane Hale arrived.", "Talks began."]),
    ]

    static let pronounCases: [TextCase] = [
        TextCase(name: "than I before a name",
                 text: "Nobody wanted the job more than I. Smith got it anyway.",
                 expected: ["Nobody wanted the job more than I.", "Smith got it anyway."]),
        TextCase(name: "so did I before a plural noun",
                 text: "She said she would resign, and so did I. Colleagues were stunned.",
                 expected: ["She said she would resign, and so did I.", "Colleagues were stunned."]),
        TextCase(name: "must not split: a middle initial I",
                 text: "The letter from Jonas I. Smith arrived late. It was brief.",
                 expected: ["The letter from Jonas I. Smith arrived late.", "It was brief."]),
        TextCase(name: "must not split: I. after a preposition",
                 text: "The essay by I. Kovacs won the prize. It was short.",
                 expected: ["The essay by I. Kovacs won the prize.", "It was short."]),
        TextCase(name: "must not split: I. before another initial",
                 text: "They visited what I. M. Pei built. It was tall.",
                 expected: ["They visited what I. M. Pei built.", "It was tall."]),
        TextCase(name: "must not split: other initials",
                 text: "The report by J. R. Hartley was cited. It was old.",
                 expected: ["The report by J. R. Hartley was cited.", "It was old."]),
    ]

    static let numberCases: [TextCase] = [
        TextCase(name: "N°. before a figure",
                 text: "Shirts N°. 7 and N°. 11 were retired. Both players left.",
                 expected: ["Shirts N°. 7 and N°. 11 were retired.", "Both players left."]),
        TextCase(name: "Nº. before a figure",
                 text: "Nº. 12 was the last house on the street. Nobody lived there.",
                 expected: ["Nº. 12 was the last house on the street.", "Nobody lived there."]),
        TextCase(name: "Nos. before figures",
                 text: "Nos. 4 and 5 Station Road were sold. The buyer is unknown.",
                 expected: ["Nos. 4 and 5 Station Road were sold.", "The buyer is unknown."]),
        TextCase(name: "No. before #",
                 text: "It stayed at No. #1 for weeks. Then it fell.",
                 expected: ["It stayed at No. #1 for weeks.", "Then it fell."]),
        TextCase(name: "No. and Vol. before Roman numerals",
                 text: "Symphony No. IX and Vol. IV were reissued. Both sold well.",
                 expected: ["Symphony No. IX and Vol. IV were reissued.", "Both sold well."]),
        TextCase(name: "must split: No. as an answer",
                 text: "Asked if he would stay, he said No. Then he left.",
                 expected: ["Asked if he would stay, he said No.", "Then he left."]),
        TextCase(name: "must split: No. before the pronoun I",
                 text: "The answer was No. I think that is final.",
                 expected: ["The answer was No.", "I think that is final."]),
    ]

    static let acronymAndOpenerCases: [TextCase] = [
        TextCase(name: "an acronym spelling an abbreviation: FT",
                 text: "The story ran in the FT. But nobody noticed.",
                 expected: ["The story ran in the FT.", "But nobody noticed."]),
        TextCase(name: "an acronym spelling an abbreviation: EST",
                 text: "The call came at 9 p.m. EST. Officials declined to comment.",
                 expected: ["The call came at 9 p.m. EST.", "Officials declined to comment."]),
        TextCase(name: "an acronym spelling an abbreviation: CIA",
                 text: "He once worked for the CIA. Agents called him reliable.",
                 expected: ["He once worked for the CIA.", "Agents called him reliable."]),
        TextCase(name: "an acronym spelling a title: MS",
                 text: "The drug helps patients with MS. Final approval is due.",
                 expected: ["The drug helps patients with MS.", "Final approval is due."]),
        TextCase(name: "Cia. in a company's name",
                 text: "Mr Ito works for Cia. Hering in Brazil. It makes shirts.",
                 expected: ["Mr Ito works for Cia. Hering in Brazil.", "It makes shirts."]),
        TextCase(name: "a capital letter before Of",
                 text: "It runs on OS X. Of the rivals, none is faster.",
                 expected: ["It runs on OS X.", "Of the rivals, none is faster."]),
        TextCase(name: "etc. before Much",
                 text: "We sold plates, cups, etc. Much of it was old.",
                 expected: ["We sold plates, cups, etc.", "Much of it was old."]),
        TextCase(name: "a capital letter before Besides",
                 text: "He admired Malcolm X. Besides him, few spoke.",
                 expected: ["He admired Malcolm X.", "Besides him, few spoke."]),
        TextCase(name: "must not split: a company before its name's next word",
                 text: "Shares of Acme Co. Holdings fell. Others rose.",
                 expected: ["Shares of Acme Co. Holdings fell.", "Others rose."]),
        TextCase(name: "must not split: U.S. before a noun",
                 text: "The U.S. Army said little. Others spoke.",
                 expected: ["The U.S. Army said little.", "Others spoke."]),
    ]

    @Test("a.m. and p.m. end a sentence unless a day, date or time zone follows", arguments: timeCases)
    func times(_ testCase: TextCase) { expectSegments(testCase) }

    @Test("the pronoun I ends a sentence; an initial I does not", arguments: pronounCases)
    func pronoun(_ testCase: TextCase) { expectSegments(testCase) }

    @Test("a number's abbreviation keeps its figure", arguments: numberCases)
    func numbers(_ testCase: TextCase) { expectSegments(testCase) }

    @Test("acronyms and sentence openers after an initial or abbreviation", arguments: acronymAndOpenerCases)
    func acronymsAndOpeners(_ testCase: TextCase) { expectSegments(testCase) }
}
