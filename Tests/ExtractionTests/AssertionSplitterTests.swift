import Testing

@Suite("Assertion splitting")
struct AssertionSplitterTests {
    static let cases: [TextCase] = [
        TextCase(name: ", and joining clauses with their own subjects",
                 text: "The diplomat was arrested after the couple, and all three are expected to go on trial.",
                 expected: ["The diplomat was arrested after the couple", "all three are expected to go on trial."]),
        TextCase(name: ", but joining clauses",
                 text: "The change was made necessary by the pandemic, but the organizers anticipate larger numbers.",
                 expected: ["The change was made necessary by the pandemic", "the organizers anticipate larger numbers."]),
        TextCase(name: "semicolon between clauses",
                 text: "The rally was cancelled; the organizers moved it online.",
                 expected: ["The rally was cancelled", "the organizers moved it online."]),
        TextCase(name: "bare and before a pronoun subject",
                 text: "The group is known by its Persian name and it is the main constituent group.",
                 expected: ["The group is known by its Persian name", "it is the main constituent group."]),
        TextCase(name: "three clauses",
                 text: "Police arrived at noon, and the crowd dispersed, but the organizers stayed behind.",
                 expected: ["Police arrived at noon", "the crowd dispersed", "the organizers stayed behind."]),
        TextCase(name: "a list of noun phrases is not split",
                 text: "Speakers came from Washington, Paris, Berlin, and other world capitals.",
                 expected: ["Speakers came from Washington, Paris, Berlin, and other world capitals."]),
        TextCase(name: "a shared subject is not split",
                 text: "The regime was no longer content with repression at home, and thus set its sights abroad.",
                 expected: ["The regime was no longer content with repression at home, and thus set its sights abroad."]),
        TextCase(name: "a conjoined that-clause stays with its reporting verb",
                 text: "Many voters said they feared Raisi, and that they wanted to stop him.",
                 expected: ["Many voters said they feared Raisi, and that they wanted to stop him."]),
        TextCase(name: "subordinate clauses stay with their claim",
                 text: "Although the leadership lives abroad, affiliates are scattered throughout the country.",
                 expected: ["Although the leadership lives abroad, affiliates are scattered throughout the country."]),
        TextCase(name: "appositives stay with their claim",
                 text: "The diplomat, Assadollah Assadi, was arrested in Germany.",
                 expected: ["The diplomat, Assadollah Assadi, was arrested in Germany."]),
        TextCase(name: "a quotation is never split",
                 text: "She said: “The regime is weak, and its embassies are spy centres.”",
                 expected: ["She said: “The regime is weak, and its embassies are spy centres.”"]),
        TextCase(name: "brackets are never split",
                 text: "The council (which met today, and it was long) issued a statement.",
                 expected: ["The council (which met today, and it was long) issued a statement."]),
        TextCase(name: "an infinitive is not the verb of a clause",
                 text: "Activists used graffiti, banners, and other communications to describe the president.",
                 expected: ["Activists used graffiti, banners, and other communications to describe the president."]),
        TextCase(name: "verbless sides are not split",
                 text: "Bread, water; salt and oil.",
                 expected: ["Bread, water; salt and oil."]),
    ]

    @Test("splits independent clauses and keeps everything else together", arguments: cases)
    func splits(_ testCase: TextCase) {
        #expect(assertionTexts(testCase.text) == testCase.expected)
    }

    @Test("every assertion of a split sentence points at that sentence and its paragraph")
    func indices() {
        let document = extract("Title line\n\nPolice arrived at noon, and the crowd dispersed. It rained.")
        #expect(document.assertions.map(\.sentence) == [0, 1, 1, 2])
        #expect(document.assertions.map(\.paragraph) == [0, 1, 1, 1])
    }
}
