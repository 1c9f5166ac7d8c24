import Testing

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let sentences: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain full stops", text: "The rally began. It ended late.",
             sentences: ["The rally began.", "It ended late."]),
        Case(name: "titles Mr. Mrs. Dr.", text: "Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
             sentences: ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."]),
        Case(name: "St. and Co.", text: "He lives on St. James Street and works at Acme Co. in Leeds. The firm grew.",
             sentences: ["He lives on St. James Street and works at Acme Co. in Leeds.", "The firm grew."]),
        Case(name: "Co. ending a sentence", text: "He works for Acme Co. The firm grew.",
             sentences: ["He works for Acme Co.", "The firm grew."]),
        Case(name: "Jr.'s", text: "Martin Luther King Jr.'s speech was long. Crowds listened.",
             sentences: ["Martin Luther King Jr.'s speech was long.", "Crowds listened."]),
        Case(name: "U.S. inside a sentence", text: "The U.S. President Donald Trump spoke. Others did not.",
             sentences: ["The U.S. President Donald Trump spoke.", "Others did not."]),
        Case(name: "U.S. ending a sentence", text: "He moved to the U.S. The move was hard.",
             sentences: ["He moved to the U.S.", "The move was hard."]),
        Case(name: "U.S.A.", text: "Made in the U.S.A. by hand. It sold well.",
             sentences: ["Made in the U.S.A. by hand.", "It sold well."]),
        Case(name: "D.C. before a lower-case word", text: "The Washington, D.C. office held press conferences. It was busy.",
             sentences: ["The Washington, D.C. office held press conferences.", "It was busy."]),
        Case(name: "p. 55", text: "See the report, p. 55. It lists the sites.",
             sentences: ["See the report, p. 55.", "It lists the sites."]),
        Case(name: "No. 10", text: "He went to No. 10 Downing Street. Nobody answered.",
             sentences: ["He went to No. 10 Downing Street.", "Nobody answered."]),
        Case(name: "e.g. and i.e.", text: "Some sites, e.g. Natanz, were secret, i.e. undeclared. Inspectors came.",
             sentences: ["Some sites, e.g. Natanz, were secret, i.e. undeclared.", "Inspectors came."]),
        Case(name: "etc.", text: "They brought banners, posters, etc. and marched. Police watched.",
             sentences: ["They brought banners, posters, etc. and marched.", "Police watched."]),
        Case(name: "etc. ending a sentence", text: "They brought banners, posters, etc. The police watched.",
             sentences: ["They brought banners, posters, etc.", "The police watched."]),
        Case(name: "initials", text: "Jonas E. Smith and J. R. R. Tolkien wrote books. Both sold.",
             sentences: ["Jonas E. Smith and J. R. R. Tolkien wrote books.", "Both sold."]),
        Case(name: "decimals", text: "Growth was 3.5 percent. It was 2.1 percent before.",
             sentences: ["Growth was 3.5 percent.", "It was 2.1 percent before."]),
        Case(name: "times", text: "The vote closed at 10.30 p.m. on Friday. Counting began at 11:15.",
             sentences: ["The vote closed at 10.30 p.m. on Friday.", "Counting began at 11:15."]),
        Case(name: "a.m. ending a sentence", text: "It started at 9 a.m. The doors opened.",
             sentences: ["It started at 9 a.m.", "The doors opened."]),
        Case(name: "version numbers", text: "Version 2.4.1 fixed it. Version v3.0 followed.",
             sentences: ["Version 2.4.1 fixed it.", "Version v3.0 followed."]),
        Case(name: "ellipsis inside a sentence", text: "He paused... and then went on. Everyone waited.",
             sentences: ["He paused... and then went on.", "Everyone waited."]),
        Case(name: "ellipsis ending a sentence", text: "He paused… Then he went on.",
             sentences: ["He paused…", "Then he went on."]),
        Case(name: "quotation closing after the full stop",
             text: "She said: “The regime is afraid.” Nobody replied.",
             sentences: ["She said: “The regime is afraid.”", "Nobody replied."]),
        Case(name: "straight quotes closing after the full stop",
             text: "He said \"It is over.\" Then he left.",
             sentences: ["He said \"It is over.\"", "Then he left."]),
        Case(name: "question inside a quotation followed by lower case",
             text: "“Why now?” she asked. He shrugged.",
             sentences: ["“Why now?” she asked.", "He shrugged."]),
        Case(name: "parenthesis closing after the full stop",
             text: "The figure is disputed. (Other counts are lower.) Critics agree.",
             sentences: ["The figure is disputed.", "(Other counts are lower.)", "Critics agree."]),
        Case(name: "question and exclamation marks", text: "Who ordered it? Nobody knows! The inquiry continues.",
             sentences: ["Who ordered it?", "Nobody knows!", "The inquiry continues."]),
        Case(name: "?! runs count once", text: "Really?! Yes.", sentences: ["Really?!", "Yes."]),
        Case(name: "typo: a stop followed by a comma does not split",
             text: "It dates back to the Revolution., the MEK helped. Later it changed.",
             sentences: ["It dates back to the Revolution., the MEK helped.", "Later it changed."]),
        Case(name: "a number after a stop starts a sentence", text: "It ended in 2018. 2019 was calmer.",
             sentences: ["It ended in 2018.", "2019 was calmer."]),
        Case(name: "no final punctuation", text: "A sentence without an end",
             sentences: ["A sentence without an end"]),
    ]

    @Test("segments news prose as a reader would", arguments: cases)
    func segments(_ testCase: Case) {
        #expect(sentenceTexts(testCase.text) == testCase.sentences)
    }

    @Test("headings and list items are units of their own")
    func headingsAndLists() {
        let text = """
        A Long Conflict

        The MEK was founded in 1965. It grew.
        - First item without a stop
        - Second item. With two sentences.
        """
        #expect(sentenceTexts(text) == [
            "A Long Conflict", "The MEK was founded in 1965.", "It grew.",
            "First item without a stop", "Second item.", "With two sentences.",
        ])
        let document = extract(text)
        #expect(document.paragraphs.map(\.role) == [.title, .paragraph, .listItem, .listItem])
    }

    @Test("a sentence never spans two paragraphs")
    func paragraphBoundaries() {
        #expect(sentenceTexts("First paragraph without stop\n\nSecond one.") ==
                ["First paragraph without stop", "Second one."])
    }
}
