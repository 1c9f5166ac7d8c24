import AssayCore
import Testing

@Suite("Assertion kind and check-worthiness")
struct AssertionClassifierTests {
    @Test("kinds", arguments: [
        ("In the summer of 1988, the regime executed thousands of prisoners.", AssertionKind.factual),
        ("The international community must pay attention to this phenomenon.", .normative),
        ("Western nations have a moral duty to keep their attention fixed on this situation.", .normative),
        ("Join us in Paris this summer.", .normative),
        ("All three are expected to go on trial in Belgium.", .prediction),
        ("It could set the stage for even worse abuses.", .prediction),
        ("Obviously, the motive was the destruction of the movement.", .opinion),
        ("It was a foolish decision by the ministry.", .opinion),
        ("Who ordered the attack?", .question),
        ("“Who ordered the attack?”", .question),
    ])
    func kind(text: String, expected: AssertionKind) {
        #expect(extract(text).assertions.map(\.kind) == [expected])
    }

    @Test("“May” inside a sentence is the month, not a prediction")
    func mayAsMonth() {
        let assertion = extract("The rally took place in May 2019.").assertions[0]
        #expect(assertion.kind == .factual)
        #expect(assertion.reasons.contains("gives a date (May)"))
    }

    @Test("a figure, a date, an entity and an event make a claim check-worthy, with reasons")
    func checkworthy() {
        let assertion = extract("In the summer of 1988, the regime massacred over 30,000 political prisoners in Evin.").assertions[0]
        #expect(assertion.checkworthiness >= 0.7)
        #expect(assertion.reasons.contains("contains a figure (30,000)"))
        #expect(assertion.reasons.contains("gives a date (1988)"))
        #expect(assertion.reasons.contains("names an entity (Evin)"))
        #expect(assertion.reasons.contains("reports an event (massacred)"))
    }

    @Test("opinions, calls and questions rank below checkable facts")
    func ranking() {
        let fact = extract("The diplomat Assadollah Assadi was arrested in 2018.").assertions[0].checkworthiness
        let call = extract("The world must act now.").assertions[0].checkworthiness
        let question = extract("Who will act now?").assertions[0].checkworthiness
        #expect(fact > call)
        #expect(fact > question)
        #expect(question <= 0.1)
    }

    @Test("scores stay within [0, 1] on every seed assertion")
    func bounded() throws {
        for name in ["000_0b590991ea34db62.txt", "004_7c6fb8ad358d5ed6.txt"] {
            let document = try seedDocument(name)
            for assertion in document.assertions {
                #expect((0...1).contains(assertion.checkworthiness))
                #expect(!assertion.reasons.isEmpty)
            }
        }
    }
}
