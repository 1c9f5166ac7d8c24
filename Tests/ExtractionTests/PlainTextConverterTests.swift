import AssayCore
import Testing
@testable import Extraction

@Suite("Plain text structure")
struct PlainTextConverterTests {
    @Test("a masthead above the headline is the site name, set aside; the headline is the title")
    func mastheadAndTitle() {
        let document = extract("NCRI\n\nIran’s Regime Raises Repression\n\nThe regime arrested dozens.\n")
        #expect(document.metadata.siteName == "NCRI")
        #expect(document.metadata.title == "Iran’s Regime Raises Repression")
        #expect(document.boilerplate == [BoilerplateLine(text: "NCRI", line: 1)])
        #expect(document.paragraphs.map(\.role) == [.title, .paragraph])
    }

    @Test("boilerplate lines are set aside and reported with their line, never dropped", arguments: [
        "Exit mobile version", "No comments:", "Post a Comment", "Share this:", "Subscribe to our newsletter",
        "Click to share on Twitter (Opens in new window)", "Leave a Reply",
    ])
    func boilerplate(line: String) {
        let document = extract("Headline Here\n\nThe regime arrested dozens.\n\(line)\n")
        #expect(document.boilerplate == [BoilerplateLine(text: line, line: 4)])
        #expect(!document.text.contains(line))
    }

    @Test("a sentence that mentions sharing is not boilerplate")
    func longLinesAreKept() {
        let document = extract("Headline Here\n\nShare this article with anyone who doubts that the regime arrested dozens of people last week.")
        #expect(document.boilerplate.isEmpty)
    }

    @Test("each line of unwrapped prose is a paragraph; short unpunctuated lines are headings")
    func lines() {
        let long = String(repeating: "The regime arrested many activists in the spring. ", count: 3)
        let document = extract("Title\n\(long)\nA Long Conflict\n\(long)")
        #expect(document.paragraphs.map(\.role) == [.title, .paragraph, .heading, .paragraph])
    }

    @Test("hard-wrapped prose is joined into paragraphs")
    func hardWrapped() {
        let text = """
        Headline

        The regime arrested many activists in the spring of
        that year, and the courts sentenced several of them to
        long prison terms without a public hearing.
        Observers said the trials were unfair.

        A second paragraph follows here.
        """
        let document = extract(text)
        #expect(document.sentences.map(\.text) == [
            "Headline",
            "The regime arrested many activists in the spring of that year, and the courts sentenced several of them to long prison terms without a public hearing.",
            "Observers said the trials were unfair.",
            "A second paragraph follows here.",
        ])
    }

    @Test("a line starting in lower case continues the line above")
    func lowerCaseContinuation() {
        #expect(sentenceTexts("Headline\n\nThe rally drew\nthousands of people.") == ["Headline", "The rally drew thousands of people."])
    }

    @Test("whitespace is collapsed: tabs, runs of spaces, no-break spaces")
    func whitespace() {
        let document = extract("Headline\n\nThe\u{A0}rally   drew\tthousands.  ")
        #expect(document.text == "Headline\n\nThe rally drew thousands.")
    }

    @Test("numbered and bulleted lines are list items without their markers")
    func listItems() {
        let document = extract("Demands\n\n1. Free the prisoners.\n2) Close the camps.\n• End the executions.")
        #expect(document.paragraphs.map(\.role) == [.title, .listItem, .listItem, .listItem])
        #expect(document.sentences.map(\.text).dropFirst() == ["Free the prisoners.", "Close the camps.", "End the executions."])
    }
}
