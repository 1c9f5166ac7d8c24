import Testing

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    static let cases: [TextCase] = [
        TextCase(name: "plain full stops", text: "The rally began. It ended late.",
                 expected: ["The rally began.", "It ended late."]),
        TextCase(name: "titles Mr. Mrs. Dr.", text: "Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
                 expected: ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."]),
        TextCase(name: "St. and Co.", text: "He lives on St. James Street and works at Acme Co. in Leeds. The firm grew.",
                 expected: ["He lives on St. James Street and works at Acme Co. in Leeds.", "The firm grew."]),
        TextCase(name: "Co. ending a sentence", text: "He works for Acme Co. The firm grew.",
                 expected: ["He works for Acme Co.", "The firm grew."]),
        TextCase(name: "Jr.'s", text: "Martin Luther King Jr.'s speech was long. Crowds listened.",
                 expected: ["Martin Luther King Jr.'s speech was long.", "Crowds listened."]),
        TextCase(name: "U.S. inside a sentence", text: "The U.S. President Donald Trump spoke. Others did not.",
                 expected: ["The U.S. President Donald Trump spoke.", "Others did not."]),
        TextCase(name: "U.S. ending a sentence", text: "He moved to the U.S. The move was hard.",
                 expected: ["He moved to the U.S.", "The move was hard."]),
        TextCase(name: "U.S.A.", text: "Made in the U.S.A. by hand. It sold well.",
                 expected: ["Made in the U.S.A. by hand.", "It sold well."]),
        TextCase(name: "D.C. before a lower-case word", text: "The Washington, D.C. office held press conferences. It was busy.",
                 expected: ["The Washington, D.C. office held press conferences.", "It was busy."]),
        TextCase(name: "p. 55", text: "See the report, p. 55. It lists the sites.",
                 expected: ["See the report, p. 55.", "It lists the sites."]),
        TextCase(name: "No. 10", text: "He went to No. 10 Downing Street. Nobody answered.",
                 expected: ["He went to No. 10 Downing Street.", "Nobody answered."]),
        TextCase(name: "e.g. and i.e.", text: "Some sites, e.g. Natanz, were secret, i.e. undeclared. Inspectors came.",
                 expected: ["Some sites, e.g. Natanz, were secret, i.e. undeclared.", "Inspectors came."]),
        TextCase(name: "etc.", text: "They brought banners, posters, etc. and marched. Police watched.",
                 expected: ["They brought banners, posters, etc. and marched.", "Police watched."]),
        TextCase(name: "etc. ending a sentence", text: "They brought banners, posters, etc. The police watched.",
                 expected: ["They brought banners, posters, etc.", "The police watched."]),
        TextCase(name: "initials", text: "Jonas E. Smith and J. R. R. Tolkien wrote books. Both sold.",
                 expected: ["Jonas E. Smith and J. R. R. Tolkien wrote books.", "Both sold."]),
        TextCase(name: "decimals", text: "Growth was 3.5 percent. It was 2.1 percent before.",
                 expected: ["Growth was 3.5 percent.", "It was 2.1 percent before."]),
        TextCase(name: "times", text: "The vote closed at 10.30 p.m. on Friday. Counting began at 11:15.",
                 expected: ["The vote closed at 10.30 p.m. on Friday.", "Counting began at 11:15."]),
        TextCase(name: "a.m. ending a sentence", text: "It started at 9 a.m. The doors opened.",
                 expected: ["It started at 9 a.m.", "The doors opened."]),
        TextCase(name: "version numbers", text: "Version 2.4.1 fixed it. Version v3.0 followed.",
                 expected: ["Version 2.4.1 fixed it.", "Version v3.0 followed."]),
        TextCase(name: "ellipsis inside a sentence", text: "He paused... and then went on. Everyone waited.",
                 expected: ["He paused... and then went on.", "Everyone waited."]),
        TextCase(name: "ellipsis ending a sentence", text: "He paused… Then he went on.",
                 expected: ["He paused…", "Then he went on."]),
        TextCase(name: "quotation closing after the full stop",
                 text: "She said: “The regime is afraid.” Nobody replied.",
                 expected: ["She said: “The regime is afraid.”", "Nobody replied."]),
        TextCase(name: "straight quotes closing after the full stop",
                 text: "He said \"It is over.\" Then he left.",
                 expected: ["He said \"It is over.\"", "Then he left."]),
        TextCase(name: "question inside a quotation followed by lower case",
                 text: "“Why now?” she asked. He shrugged.",
                 expected: ["“Why now?” she asked.", "He shrugged."]),
        TextCase(name: "parenthesis closing after the full stop",
                 text: "The figure is disputed. (Other counts are lower.) Critics agree.",
                 expected: ["The figure is disputed.", "(Other counts are lower.)", "Critics agree."]),
        TextCase(name: "question and exclamation marks", text: "Who ordered it? Nobody knows! The inquiry continues.",
                 expected: ["Who ordered it?", "Nobody knows!", "The inquiry continues."]),
        TextCase(name: "?! runs count once", text: "Really?! Yes.", expected: ["Really?!", "Yes."]),
        TextCase(name: "typo: a stop followed by a comma does not split",
                 text: "It dates back to the Revolution., the MEK helped. Later it changed.",
                 expected: ["It dates back to the Revolution., the MEK helped.", "Later it changed."]),
        TextCase(name: "a number after a stop starts a sentence", text: "It ended in 2018. 2019 was calmer.",
                 expected: ["It ended in 2018.", "2019 was calmer."]),
        TextCase(name: "no final punctuation", text: "A sentence without an end",
                 expected: ["A sentence without an end"]),
    ]

    @Test("segments news prose as a reader would", arguments: cases)
    func segments(_ testCase: TextCase) {
        #expect(sentenceTexts(testCase.text) == testCase.expected)
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
