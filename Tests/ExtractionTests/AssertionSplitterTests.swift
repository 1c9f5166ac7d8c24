import Testing

@Suite("Assertion splitting")
struct AssertionSplitterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let assertions: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: ", and joining clauses with their own subjects",
             text: "The diplomat was arrested after the couple, and all three are expected to go on trial.",
             assertions: ["The diplomat was arrested after the couple", "all three are expected to go on trial."]),
        Case(name: ", but joining clauses",
             text: "The change was made necessary by the pandemic, but the organizers anticipate larger numbers.",
             assertions: ["The change was made necessary by the pandemic", "the organizers anticipate larger numbers."]),
        Case(name: "semicolon between clauses",
             text: "The rally was cancelled; the organizers moved it online.",
             assertions: ["The rally was cancelled", "the organizers moved it online."]),
        Case(name: "bare and before a pronoun subject",
             text: "The group is known by its Persian name and it is the main constituent group.",
             assertions: ["The group is known by its Persian name", "it is the main constituent group."]),
        Case(name: "three clauses",
             text: "Police arrived at noon, and the crowd dispersed, but the organizers stayed behind.",
             assertions: ["Police arrived at noon", "the crowd dispersed", "the organizers stayed behind."]),
        Case(name: "a list of noun phrases is not split",
             text: "Speakers came from Washington, Paris, Berlin, and other world capitals.",
             assertions: ["Speakers came from Washington, Paris, Berlin, and other world capitals."]),
        Case(name: "a shared subject is not split",
             text: "The regime was no longer content with repression at home, and thus set its sights abroad.",
             assertions: ["The regime was no longer content with repression at home, and thus set its sights abroad."]),
        Case(name: "a conjoined that-clause stays with its reporting verb",
             text: "Many voters said they feared Raisi, and that they wanted to stop him.",
             assertions: ["Many voters said they feared Raisi, and that they wanted to stop him."]),
        Case(name: "subordinate clauses stay with their claim",
             text: "Although the leadership lives abroad, affiliates are scattered throughout the country.",
             assertions: ["Although the leadership lives abroad, affiliates are scattered throughout the country."]),
        Case(name: "appositives stay with their claim",
             text: "The diplomat, Assadollah Assadi, was arrested in Germany.",
             assertions: ["The diplomat, Assadollah Assadi, was arrested in Germany."]),
        Case(name: "a quotation is never split",
             text: "She said: “The regime is weak, and its embassies are spy centres.”",
             assertions: ["She said: “The regime is weak, and its embassies are spy centres.”"]),
        Case(name: "brackets are never split",
             text: "The council (which met today, and it was long) issued a statement.",
             assertions: ["The council (which met today, and it was long) issued a statement."]),
        Case(name: "an infinitive is not the verb of a clause",
             text: "Activists used graffiti, banners, and other communications to describe the president.",
             assertions: ["Activists used graffiti, banners, and other communications to describe the president."]),
        Case(name: "verbless sides are not split",
             text: "Bread, water; salt and oil.",
             assertions: ["Bread, water; salt and oil."]),
    ]

    @Test("splits independent clauses and keeps everything else together", arguments: cases)
    func splits(_ testCase: Case) {
        #expect(assertionTexts(testCase.text) == testCase.assertions)
    }

    @Test("every assertion of a split sentence points at that sentence and its paragraph")
    func indices() {
        let document = extract("Title line\n\nPolice arrived at noon, and the crowd dispersed. It rained.")
        #expect(document.assertions.map(\.sentence) == [0, 1, 1, 2])
        #expect(document.assertions.map(\.paragraph) == [0, 1, 1, 1])
    }
}
