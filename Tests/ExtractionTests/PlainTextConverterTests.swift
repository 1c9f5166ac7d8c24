import AssayCore
import AssayText
import Testing
import TestSupport
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

    @Test("a short block that opens with a prompt but goes on with prose is kept in the text", arguments: [
        "Follow us on Twitter. Clarification: The council met on 3 May.",
        "Subscribe to our list. Police said 12 people were hurt.",
    ])
    func promptThenProse(block: String) {
        let document = extract("Headline Here\n\nThe regime arrested dozens.\n\n\(block)\n")
        #expect(document.boilerplate.isEmpty)
        #expect(document.text.contains(block))
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

    @Test("numbered and bulleted lines are list items that keep their markers; their sentences start after them")
    func listItems() {
        let document = extract("Demands\n\n1. Free the prisoners.\n2) Close the camps.\n• End the executions.")
        #expect(document.paragraphs.map(\.role) == [.title, .listItem, .listItem, .listItem])
        #expect(document.text == "Demands\n\n1. Free the prisoners.\n\n2) Close the camps.\n\n• End the executions.")
        #expect(document.sentences.map(\.text).dropFirst() == ["Free the prisoners.", "Close the camps.", "End the executions."])
        #expect(document.paragraphs.dropFirst().map { $0.listMarker(in: ScalarIndexedText(document.text)) } == ["1.", "2)", "•"])
    }

    @Test("a line that carries on an unfinished line is not a list item, though it starts with a number")
    func numberContinuingALine() {
        let document = extract("The economy grew by\n30. Percent of that came from exports.\n\nOfficials said:\n1. Taxes rise.\n2. Spending falls.\n")
        #expect(document.text == "The economy grew by 30. Percent of that came from exports.\n\nOfficials said:\n\n1. Taxes rise.\n\n2. Spending falls.")
        #expect(document.paragraphs.map(\.role) == [.paragraph, .paragraph, .listItem, .listItem])
        #expect(document.sentences.map(\.text) == [
            "The economy grew by 30.", "Percent of that came from exports.", "Officials said:", "Taxes rise.", "Spending falls.",
        ])
    }

    @Test("a list after a heading line opens with its first item; items without stops follow each other")
    func listAfterHeading() {
        let document = extract("Key demands\n1. Free the prisoners\n2. Close the camps\n- End the executions")
        #expect(document.paragraphs.map(\.role) == [.title, .listItem, .listItem, .listItem])
    }

    @Test("a dash that starts a wrapped line in lower case carries the sentence on")
    func dashContinuation() {
        let document = extract("Headline\n\nThe regime and its allies in the region\n– and their militias – denied it.")
        #expect(document.paragraphs.map(\.role) == [.title, .paragraph])
    }

    @Test("email-style quoted lines are one quote block, without their marks")
    func quotes() {
        let document = extract("Headline\n\nShe wrote back at once.\n> We will not stop\n> until they are free.\nThe ministry declined.")
        #expect(document.paragraphs.map(\.role) == [.title, .paragraph, .quote, .paragraph])
        #expect(document.text.contains("We will not stop until they are free."))
    }

    @Test("single line breaks inside a hard-wrapped paragraph are spaces", arguments: [
        TextCase(name: "a two-line paragraph", text: "The regime arrested many activists in the spring of\nBritain and France last year.",
                 expected: ["The regime arrested many activists in the spring of Britain and France last year."]),
        TextCase(name: "a short line before a long word", text: """
            The regime arrested many activists in the spring of that year, and the
            extraordinarily long prison terms that followed shocked observers abroad,
            who said the trials were unfair.
            """, expected: ["The regime arrested many activists in the spring of that year, and the extraordinarily long prison terms that followed shocked observers abroad, who said the trials were unfair."]),
        TextCase(name: "lines of varying width", text: """
            The regime arrested many activists
            in the spring of that year, and the courts sentenced several of them
            to long prison terms. Observers
            Said the trials were unfair.
            """, expected: ["The regime arrested many activists in the spring of that year, and the courts sentenced several of them to long prison terms. Observers Said the trials were unfair."]),
        TextCase(name: "a line that ends on a preposition", text: "The economy grew by\nFour percent.",
                 expected: ["The economy grew by Four percent."]),
        TextCase(name: "a heading above wrapped text", text: "Headline Here\nThe regime arrested many activists in the spring of that\nyear, and the courts sentenced them.",
                 expected: ["Headline Here", "The regime arrested many activists in the spring of that year, and the courts sentenced them."]),
        TextCase(name: "a caption below a headline", text: "Iran’s Regime Raises Domestic Repression Against the MEK\nSupporters rally in Sweden, July 2019",
                 expected: ["Iran’s Regime Raises Domestic Repression Against the MEK", "Supporters rally in Sweden, July 2019"]),
    ])
    func hardWrappedClasses(_ example: TextCase) {
        let document = extract(example.text)
        let paragraphs = document.paragraphs.map { scalarSlice(document.text, $0.start, $0.end) ?? "" }
        #expect(paragraphs == example.expected)
    }

    @Test("long lines stay one paragraph each, even without closing punctuation")
    func longLinesAreParagraphs() {
        let first = String(repeating: "The regime arrested many activists in the spring and ", count: 3) + "the courts"
        let second = String(repeating: "Observers said the trials were unfair to all of them. ", count: 3)
        let document = extract("Headline\n\(first)\n\(second)")
        #expect(document.paragraphs.map(\.role) == [.title, .paragraph, .paragraph])
    }
}
