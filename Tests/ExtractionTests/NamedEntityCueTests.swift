import AssayCore
import Testing
@testable import Extraction

/// The check-worthiness cue "names an entity" quotes the whole name, and only a name.
@Suite("“names an entity”: the whole name, and only a name")
struct NamedEntityCueTests {
    /// The entity an assertion's reasons name, or nil.
    static func entity(_ text: String) -> String? {
        let reasons = extract(text).assertions.flatMap(\.reasons)
        let prefix = "names an entity ("
        return reasons.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).dropLast()) }
    }

    @Test("a name of several words is named whole", arguments: [
        ("The National Council of Resistance of Iran held a rally in Paris.", "The National Council of Resistance of Iran"),
        ("Supporters of the National Council of Resistance of Iran marched.", "the National Council of Resistance of Iran"),
        ("He met the United Nations Security Council on Tuesday.", "the United Nations Security Council"),
        ("Hillary Clinton said the vote was close.", "Hillary Clinton"),
        ("Prices rose in New York and London.", "New York"),
        ("They visited the Bank of England last week.", "the Bank of England"),
        ("He quoted Charles de Gaulle at length.", "Charles de Gaulle"),
        ("The talks with Bashar al-Assad failed.", "Bashar al-Assad"),
        ("She said George W. Bush was wrong.", "George W. Bush"),
        ("Procter & Gamble raised its prices.", "Procter & Gamble"),
        ("Will Smith starred in the film.", "Will Smith"),
        ("Theresa May chaired the party.", "Theresa May"),
        ("Gadgets galore at the 2005 Consumer Electronics Show in Las Vegas.", "Consumer Electronics Show"),
    ])
    func wholeName(_ text: String, _ name: String) {
        #expect(Self.entity(text) == name)
    }

    @Test("a title is part of the name", arguments: [
        ("We spoke to Mr. Smith about the plan.", "Mr. Smith"),
        ("Mr Smith said the plan had failed.", "Mr Smith"),
        ("The report was written by Dr. Jane Goodall last year.", "Dr. Jane Goodall"),
    ])
    func titledName(_ text: String, _ name: String) {
        #expect(Self.entity(text) == name)
    }

    @Test("a possessive ends the name and stays out of it", arguments: [
        ("The figures came from Iran’s foreign ministry.", "Iran"),
        ("Aides said Hillary Clinton's campaign was over.", "Hillary Clinton"),
        ("I'm sure, said Mr Smith's aide.", "Mr Smith"),
        ("The story of the People’s Mojahedin Organization of Iran is long.", "the People’s Mojahedin Organization of Iran"),
    ])
    func possessive(_ text: String, _ name: String) {
        #expect(Self.entity(text) == name)
    }

    @Test("one word names an entity where its capital is not the sentence's", arguments: [
        ("Most of the prisoners were held in Evin.", "Evin"),
        ("The MEK held a rally in the capital.", "MEK"),
        ("NATO warned of the risks.", "NATO"),
        ("He said some US athletes had no funding.", "US"),
        ("\"It should be judged on its merit,\" Davey said.", "Davey"),
    ])
    func oneWord(_ text: String, _ name: String) {
        #expect(Self.entity(text) == name)
    }

    @Test("no entity: a capital that opens the sentence or a quotation, I, New alone, a month", arguments: [
        "Taxes rise.",
        "Taxes rose sharply over the last year.",
        "New rules came in last week.",
        "They said the rules were New and untested.",
        "I'm sure the plan will work.",
        "I’m sure the plan will work.",
        "He knows that I’m right about the plan.",
        "He knows that I am right about the plan.",
        "He said: “Taxes will rise sharply next year.”",
        "They had one message: Taxes will rise sharply next year.",
        "The rally took place in May 2019.",
        "Last May, the singer scored a chart first.",
        "The price rose to Â£5 million over the year.",
        "We met Mr. on the way to the station.",
        "Other ex-Russian spies have been given pensions.",
    ])
    func noEntity(_ text: String) {
        #expect(Self.entity(text) == nil)
    }

    @Test("the words of a name are not cues: “Will” is no prediction, “United” no event")
    func nameWordsAreNotCues() {
        let smith = extract("Will Smith starred in the film.").assertions[0]
        #expect(smith.kind == .factual)
        let nations = extract("He spoke to officials of the United Nations in the capital.").assertions[0]
        #expect(!nations.reasons.contains { $0.hasPrefix("reports an event") })
        // A spelled number is not part of a name: it stays a figure.
        let britons = extract("Three Britons were held in the capital.").assertions[0]
        #expect(britons.reasons.contains("contains a figure (Three)"))
    }
}
