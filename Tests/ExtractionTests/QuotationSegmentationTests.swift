import Testing

@Suite("Sentence segmentation: quotations, citations and asides")
struct QuotationSegmentationTests {
    static let cases: [TextCase] = [
        TextCase(name: "a citation after a closed quotation",
                 text: "He called the plan “a betrayal of voters.” (Hansard 412). The minister denied it.",
                 expected: ["He called the plan “a betrayal of voters.” (Hansard 412).", "The minister denied it."]),
        TextCase(name: "a citation with a page after a quoted sentence",
                 text: "“Nothing has changed,” the report says. “The risk remains.” (Audit Office, p. 7). Officials disagree.",
                 expected: ["“Nothing has changed,” the report says.", "“The risk remains.” (Audit Office, p. 7).",
                            "Officials disagree."]),
        TextCase(name: "a citation after straight quotes",
                 text: "The memo read \"Do not publish.\" (Lee 2019). It leaked anyway.",
                 expected: ["The memo read \"Do not publish.\" (Lee 2019).", "It leaked anyway."]),
        TextCase(name: "a citation after a question",
                 text: "She asked “Who pays?” (Hill 3). Nobody answered.",
                 expected: ["She asked “Who pays?” (Hill 3).", "Nobody answered."]),
        TextCase(name: "must split: a bracketed sentence after a quotation",
                 text: "She wrote “We lost.” (Then she deleted it.) The editor resigned.",
                 expected: ["She wrote “We lost.”", "(Then she deleted it.)", "The editor resigned."]),
        TextCase(name: "must split: a bracketed sentence after a full stop",
                 text: "The total is disputed. (Who counted it?) Nobody says.",
                 expected: ["The total is disputed.", "(Who counted it?)", "Nobody says."]),
        TextCase(name: "an exclamation in an aside inside a sentence",
                 text: "After the film (and the sequel!) I stopped going. Friends agreed.",
                 expected: ["After the film (and the sequel!) I stopped going.", "Friends agreed."]),
        TextCase(name: "a question in an aside inside a sentence",
                 text: "The fund (who audits it?) Grew again. Nobody asked.",
                 expected: ["The fund (who audits it?) Grew again.", "Nobody asked."]),
        TextCase(name: "must split: a full stop in brackets inside a sentence",
                 text: "Prices rose sharply (see the chart.) The bank acted.",
                 expected: ["Prices rose sharply (see the chart.)", "The bank acted."]),
        TextCase(name: "a title ending in ? before a dash and a lower-case word",
                 text: "Their hit Who Cares? - released in May - topped the chart. It stayed there.",
                 expected: ["Their hit Who Cares? - released in May - topped the chart.", "It stayed there."]),
        TextCase(name: "a title ending in ! before an en dash",
                 text: "The musical Go West! – a flop in London – ran for years abroad. Nobody knows why.",
                 expected: ["The musical Go West! – a flop in London – ran for years abroad.", "Nobody knows why."]),
        TextCase(name: "must split: a dash before a capital",
                 text: "Shares fell. - Other markets rose.",
                 expected: ["Shares fell.", "- Other markets rose."]),
    ]

    @Test("quotations keep their citation; asides keep their sentence", arguments: cases)
    func segments(_ testCase: TextCase) { expectSegments(testCase) }
}
