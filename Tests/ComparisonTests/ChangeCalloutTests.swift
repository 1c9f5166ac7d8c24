import AssayCore
import Comparison
import Testing
import TestSupport

/// One claim reworded, and the call-outs its diff must make, as `subject change: summary`.
struct Rewording: Sendable, CustomTestStringConvertible {
    var old: String
    var new: String
    var callouts: [String]

    init(_ old: String, _ new: String, _ callouts: [String]) {
        self.old = old
        self.new = new
        self.callouts = callouts
    }

    var testDescription: String { "\(old) → \(new)" }

    /// The call-outs of the diff of the two wordings, each a paragraph under a headline.
    func diffCallouts() throws -> [ChangeCallout] {
        let diff = try SeedEdits.diff("Headline\n\n\(old)\n", "Headline\n\n\(new)\n")
        return diff.entries.flatMap(\.callouts)
    }

    static func told(_ callout: ChangeCallout) -> String {
        "\(callout.subject.rawValue) \(callout.change.rawValue): \(callout.summary)"
    }
}

@Suite("Call-outs of dates, money, sources and framing")
struct ChangeCalloutTests {
    static let dates = [
        Rewording("Emissions will halve by 2030, the plan says.", "Emissions will halve by 2031, the plan says.",
                  ["date changed: 2030 → 2031"]),
        Rewording("The rally was held on 3 March near Paris.", "The rally was held on 4 March near Paris.",
                  ["date changed: 3 March → 4 March"]),
        Rewording("The massacre of prisoners took place in 1988.", "The massacre of prisoners took place in 1998.",
                  ["date changed: 1988 → 1998"]),
        Rewording("The rally was held on July 17, 2019 near Paris.", "The rally was held on July 17, 2018 near Paris.",
                  ["date changed: July 17, 2019 → July 17, 2018"]),
        Rewording("Growth was slow throughout the 1980s in the region.", "Growth was slow throughout the 1990s in the region.",
                  ["date changed: 1980s → 1990s"]),
        Rewording("The old steel plant closed its doors.", "The old steel plant closed its doors in 2019.", ["date added: 2019"]),
        Rewording("The old steel plant closed its doors in 2019.", "The old steel plant closed its doors.", ["date removed: 2019"]),
    ]

    @Test("a date changed, added or removed is called out as written", arguments: dates)
    func date(_ rewording: Rewording) throws {
        #expect(try rewording.diffCallouts().map(Rewording.told) == rewording.callouts)
    }

    static let money = [
        Rewording("The council spent $3 million on the bridge.", "The council spent $30 million on the bridge.",
                  ["money changed: $3 million → $30 million"]),
        Rewording("The fine was £300 for each driver.", "The fine was €300 for each driver.", ["money changed: £300 → €300"]),
        Rewording("The state lost 3 billion dollars on the deal.", "The state lost 3 million dollars on the deal.",
                  ["money changed: 3 billion dollars → 3 million dollars"]),
        Rewording("The firm took a $232m charge in the quarter.", "The firm took a $23m charge in the quarter.",
                  ["money changed: $232m → $23m"]),
        Rewording("Sales exceeded £2bn in the year.", "Sales reached about £2bn in the year.",
                  ["money changed: exceeded £2bn → about £2bn"]),
    ]

    @Test("an amount or a currency changed is called out with the amounts as written", arguments: money)
    func amount(_ rewording: Rewording) throws {
        #expect(try rewording.diffCallouts().map(Rewording.told) == rewording.callouts)
    }

    @Test("an amount of money is not a number: the call-out keeps the figure as written, and a count stays a number")
    func moneyAndNumbers() throws {
        let callouts = try Rewording("The state lost 3 billion dollars and 40 jobs on the deal.",
                                     "The state lost 3 million dollars and 45 jobs on the deal.", []).diffCallouts()
        #expect(callouts == [
            ChangeCallout(subject: .number, change: .changed, old: "40 jobs", new: "45 jobs", summary: "40 → 45"),
            ChangeCallout(subject: .money, change: .changed, old: "3 billion dollars", new: "3 million dollars",
                          summary: "3 billion dollars → 3 million dollars"),
        ])
    }

    static let sources = [
        Rewording("The tax will rise next year, said the minister.", "The tax will rise next year, said a spokesperson.",
                  ["source changed: the minister → a spokesperson"]),
        Rewording("According to Amnesty, 40 people were detained in the raid.", "According to the UN, 40 people were detained in the raid.",
                  ["source changed: Amnesty → the UN"]),
        Rewording("The minister said that taxes will rise next year.", "It is believed that taxes will rise next year.",
                  ["source changed: The minister → “It is believed” (no source named)"]),
        Rewording("It was revealed that the army had moved.", "The minister revealed that the army had moved.",
                  ["source changed: “It was revealed” (no source named) → The minister"]),
        Rewording("The army reportedly moved north overnight.", "The army moved north overnight.",
                  ["source removed: “reportedly” (no source named)"]),
    ]

    @Test("a swapped source is called out, whether or not it names anyone", arguments: sources)
    func source(_ rewording: Rewording) throws {
        #expect(try rewording.diffCallouts().map(Rewording.told) == rewording.callouts)
    }

    @Test("a source that names no one is recorded by its words")
    func unnamedSource() throws {
        let callouts = try Rewording("The minister said that taxes will rise next year.", "It is believed that taxes will rise next year.", [])
            .diffCallouts()
        #expect(callouts.map(\.old) == ["The minister"] && callouts.map(\.new) == ["It is believed"])
    }

    static let framing = [
        Rewording("The regime fell after the protests.", "The murderous regime fell after the protests.",
                  ["framing added: murderous regime (name-calling, loaded-language)"]),
        Rewording("The plan was hatched in secret by the council.", "The nefarious plan was hatched in secret by the council.",
                  ["framing added: nefarious (loaded-language)"]),
        Rewording("The regime's thugs fired on the crowd.", "The regime's guards fired on the crowd.",
                  ["framing removed: thugs (name-calling)"]),
    ]

    @Test("framing words added or removed are called out once, with every technique flagged on them", arguments: framing)
    func framingWords(_ rewording: Rewording) throws {
        #expect(try rewording.diffCallouts().map(Rewording.told) == rewording.callouts)
    }

    static let sameFacts = [
        Rewording("Emissions will halve by 2030, the plan says.", "Emissions will fall by half by 2030, the plan says.", []),
        Rewording("The rally was held on 3 March near Paris.", "The rally was held on March 3 close to Paris.", []),
        Rewording("The council spent $3 million on the bridge.", "The council spent $3m on the new bridge.", []),
        Rewording("The tax will rise next year, said the minister.", "The tax will go up next year, said the Minister.", []),
        Rewording("It is believed that taxes will rise next year.", "It was believed that taxes would rise next year.", []),
        Rewording("The murderous regime fell in 1979 after the protests.", "The murderous regime collapsed in 1979 after the protests.", []),
        Rewording("Turnout fell to 40 per cent in the capital.", "Turnout fell to 40% in the capital city.", []),
    ]

    @Test("a rewording that keeps its dates, amounts, sources and framing calls none of them out", arguments: sameFacts)
    func noFalseAlarm(_ rewording: Rewording) throws {
        let diff = try SeedEdits.diff("Headline\n\n\(rewording.old)\n", "Headline\n\n\(rewording.new)\n")
        #expect(diff.entries.map(\.status).contains(.modified))
        #expect(diff.entries.flatMap(\.callouts).filter { $0.subject != .kind }.map(Rewording.told) == [])
    }

    @Test("neutral news compared with itself, and with its lines wrapped anew, calls nothing out")
    func neutralNews() throws {
        for new in [NeutralNews.text, NeutralNews.wrapped] {
            let diff = try SeedEdits.diff(NeutralNews.text, new)
            #expect(diff.entries.allSatisfy { $0.status == .unchanged && $0.callouts.isEmpty })
            #expect(!diff.summary.hasChanges)
        }
    }

    @Test("a year changed in a seed: the one claim, one date call-out, nothing else")
    func seedYear() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("In the summer of 1988, the clerical regime", "In the summer of 1998, the clerical regime")])
        let diff = try SeedEdits.diff(old, new)
        #expect(diff.entries.flatMap(\.callouts) == [ChangeCallout(subject: .date, change: .changed, old: "1988", new: "1998",
                                                                    summary: "1988 → 1998")])
        #expect(diff.summary.callouts == ["date changed": 1])
    }
}

/// Neutral reporting in the manner of the BBC corpus (written for the tests): dates, amounts,
/// named sources and figures, no framing.
enum NeutralNews {
    static let text = """
        Council backs new bridge

        The city council has approved a £45m bridge over the river, its leader said on Tuesday. \
        Work will start in March 2025 and should finish by 2027, according to the council's plan. \
        About 12,000 vehicles cross the old bridge each day, a survey by the transport department found. \
        The old bridge, built in 1962, was closed for repairs twice last year. \
        Opposition councillors said the cost had risen from £30m since 2021. \
        The Department for Transport will pay $5 million of the cost, a spokesperson said.
        """
    /// The text with its lines wrapped at 60 characters, as an editor would.
    static var wrapped: String {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= 60 {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.joined(separator: "\n")
    }
}
