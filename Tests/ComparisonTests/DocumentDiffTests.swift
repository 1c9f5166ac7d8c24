import AssayCore
import Comparison
import ReviewStore
import Testing
import TestSupport

@Suite("Version diff of edited seeds")
struct DocumentDiffTests {
    @Test("an identical text: every assertion unchanged, nothing called out", arguments: [SeedEdits.seed000, SeedEdits.seed004])
    func identical(seed: String) throws {
        let text = try SeedEdits.text(seed)
        let diff = try SeedEdits.diff(text, text)
        #expect(diff.entries.allSatisfy { $0.status == .unchanged && $0.callouts.isEmpty })
        #expect(diff.summary.unchanged == diff.old.claims.count)
        #expect(!diff.summary.hasChanges)
    }

    @Test("a number changed: the one claim modified, its words and the figure called out")
    func numberChanged() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("over 30,000 political prisoners", "over 3,000 political prisoners")])
        let diff = try SeedEdits.diff(old, new)
        let changed = SeedEdits.changed(diff)
        #expect(changed.count == 1)
        let entry = try #require(changed.first)
        #expect(entry.status == .modified)
        #expect(entry.old?.text.contains("over 30,000 political prisoners") == true)
        #expect(entry.new?.text.contains("over 3,000 political prisoners") == true)
        #expect(entry.changes.map(\.kind) == [.delete, .insert])
        #expect(entry.changes.map(\.text) == ["30,000", "3,000"])
        // Deletions are spans of the old text, insertions of the new one.
        for change in entry.changes {
            let text = change.kind == .delete ? diff.old.text : diff.new.text
            #expect(scalarSlice(text, change.start, change.end) == change.text)
        }
        #expect(entry.callouts == [ChangeCallout(subject: .number, change: .changed, old: "over 30,000 political prisoners",
                                                 new: "over 3,000 political prisoners", summary: "30,000 → 3,000")])
        #expect(diff.summary.modified == 1 && diff.summary.unchanged == diff.old.claims.count - 1)
        #expect(diff.summary.callouts == ["number changed": 1])
    }

    @Test("a hedge changed: over → about, the quantity the same")
    func boundChanged() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("over 30,000 political prisoners", "about 30,000 political prisoners")])
        let entry = try #require(SeedEdits.changed(try SeedEdits.diff(old, new)).first)
        #expect(entry.callouts.map(\.summary) == ["over → about"])
        #expect(entry.callouts.first?.subject == .number)
    }

    @Test("a sentence added: one added assertion, the rest unchanged")
    func sentenceAdded() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("must pay attention to this phenomenon.",
                                            "must pay attention to this phenomenon. Observers counted 12 new arrests in June.")])
        let diff = try SeedEdits.diff(old, new)
        let changed = SeedEdits.changed(diff)
        #expect(changed.map(\.status) == [.added])
        #expect(changed.first?.new?.text == "Observers counted 12 new arrests in June.")
        #expect(changed.first?.old == nil)
        // In reading order: right after the sentence it follows.
        let position = try #require(diff.entries.firstIndex { $0.status == .added })
        #expect(diff.entries[position - 1].new?.text.hasSuffix("pay attention to this phenomenon.") == true)
    }

    @Test("a sentence removed: its assertions removed, the rest unchanged")
    func sentenceRemoved() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [(
            "The diplomat, Assadollah Assadi, was arrested sometime after the couple, and all three are imminently expected to go on trial in Belgium.\n",
            "")])
        let diff = try SeedEdits.diff(old, new)
        let changed = SeedEdits.changed(diff)
        #expect(changed.allSatisfy { $0.status == .removed && $0.new == nil })
        #expect(changed.compactMap(\.old?.text) == ["The diplomat, Assadollah Assadi, was arrested sometime after the couple",
                                                   "all three are imminently expected to go on trial in Belgium."])
        #expect(diff.summary.unchanged == diff.new.claims.count)
    }

    @Test("two paragraphs swapped: the shorter one's assertions moved, nothing removed or added")
    func paragraphsSwapped() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let first = "Even when participation involved traveling to France, the rallies in support of regime change tended to attract as many as 100,000 Iranian expatriates from around the world. Hundreds of high-profile political dignitaries were also a regular feature of the gatherings. And many of the same personalities will address the global summit remotely from Washington, Paris, Berlin, and other world capitals."
        let second = "As participation in the newly restructured event is poised to increase, the same can be said of the Iranian regime’s anxiety over so many pro-democracy voices assembling on the same day, to promote the same agenda. Tehran’s backlash against the prior gatherings had become more transparent in recent years."
        let new = try SeedEdits.swap(old, first, second)
        let diff = try SeedEdits.diff(old, new)
        let changed = SeedEdits.changed(diff)
        #expect(changed.allSatisfy { $0.status == .moved && $0.old?.id == $0.new?.id })
        #expect(changed.compactMap(\.new?.text) == [
            "As participation in the newly restructured event is poised to increase, the same can be said of the Iranian regime’s anxiety over so many pro-democracy voices assembling on the same day, to promote the same agenda.",
            "Tehran’s backlash against the prior gatherings had become more transparent in recent years.",
        ])
        #expect(diff.summary.added == 0 && diff.summary.removed == 0 && diff.summary.modified == 0)
    }

    @Test("a source replaced: the claim modified, the old and the new source called out")
    func sourceReplaced() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("As once Mrs. Maryam Rajavi, the President-elect of NCRI said:", "As a UN official said:")])
        let entry = try #require(SeedEdits.changed(try SeedEdits.diff(old, new)).first)
        #expect(entry.status == .modified)
        #expect(entry.callouts.filter { $0.subject == .source } == [
            ChangeCallout(subject: .source, change: .changed, old: "Mrs. Maryam Rajavi, the President-elect of NCRI", new: "a UN official",
                          summary: "Mrs. Maryam Rajavi, the President-elect of NCRI → a UN official"),
        ])
        #expect(entry.changes.map(\.text) == ["once Mrs. Maryam Rajavi, the President-elect of NCRI", "a UN official"])
    }

    @Test("a framing phrase added: name-calling called out on the claim that gained it")
    func framingAdded() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("Tehran’s backlash against", "The clerical regime’s backlash against")])
        let changed = SeedEdits.changed(try SeedEdits.diff(old, new))
        #expect(changed.count == 1)
        let entry = try #require(changed.first)
        #expect(entry.new?.text.hasPrefix("The clerical regime’s backlash") == true)
        #expect(entry.callouts.map(\.subject) == [.framing])
        #expect(entry.callouts.first?.change == .added)
        #expect(entry.callouts.first?.summary == "clerical regime’s (name-calling)")
    }

    @Test("a framing phrase removed")
    func framingRemoved() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("the clerical regime massacred", "the government executed")])
        let entry = try #require(SeedEdits.changed(try SeedEdits.diff(old, new)).first)
        #expect(entry.status == .modified)
        #expect(entry.callouts.filter { $0.subject == .framing }.map(\.change) == [.removed])
        #expect(entry.callouts.first { $0.subject == .framing }?.old == "clerical regime")
    }

    @Test("a claim's kind changed: factual → prediction")
    func kindChanged() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("dignitaries were also a regular feature", "dignitaries will also be a regular feature")])
        let entry = try #require(SeedEdits.changed(try SeedEdits.diff(old, new)).first)
        #expect(entry.status == .modified)
        #expect(entry.callouts == [ChangeCallout(subject: .kind, change: .changed, old: "factual", new: "prediction",
                                                 summary: "factual → prediction")])
    }

    @Test("seed 004 edited everywhere at once: every category and callout on the right claim")
    func seed004() throws {
        let old = try SeedEdits.text(SeedEdits.seed004)
        var new = try SeedEdits.edit(old, [
            ("an estimated 30,000 people had been put to death", "an estimated 3,000 people had been put to death"),
            ("approximately 120,000 martyrs", "over 120,000 martyrs"),
            ("by identifying 42 separate missile sites", "by identifying 24 separate missile sites"),
            ("The MEK has variously pointed out that the Revolutionary Guard", "A UN official has pointed out that the Revolutionary Guard"),
            ("The Free Iran rally has been growing every year.", "The Free Iran rally, a charade staged by zealots, has been growing every year."),
            ("That strike was widely viewed as a threatening gesture toward the US. ", ""),
            ("Notably, this series of revelations", "Observers counted 12 press conferences in 2017. Notably, this series of revelations"),
        ])
        new = try SeedEdits.swap(new, "MEK’s Domestic Activism and Intelligence Network\n", "MEK Intelligence Bolstering US Policy Shifts\n")
        let diff = try SeedEdits.diff(old, new)
        func entry(_ words: String) -> DiffEntry? { diff.entries.first { $0.new?.text.contains(words) == true } }

        #expect(entry("an estimated 3,000 people")?.callouts.map(\.summary) == ["30,000 → 3,000"])
        #expect(entry("over 120,000 martyrs")?.callouts.map(\.summary) == ["approximately → over"])
        #expect(entry("24 separate missile sites")?.callouts.map(\.summary) == ["42 → 24"])
        let source = try #require(entry("A UN official has pointed out"))
        #expect(source.status == .modified)
        #expect(source.callouts.contains { $0.subject == .source && $0.old == "The MEK" && $0.new == "A UN official" })
        let framing = try #require(entry("a charade staged by zealots"))
        #expect(Set(framing.callouts.filter { $0.subject == .framing && $0.change == .added }.compactMap(\.new)) == ["charade", "zealots"])
        #expect(diff.entries.filter { $0.status == .removed }.compactMap(\.old?.text)
                == ["That strike was widely viewed as a threatening gesture toward the US."])
        #expect(diff.entries.filter { $0.status == .added }.compactMap(\.new?.text) == ["Observers counted 12 press conferences in 2017."])
        // Both headings left their place among the unchanged paragraphs.
        #expect(diff.entries.filter { $0.status == .moved }.compactMap(\.new?.text)
                == ["MEK Intelligence Bolstering US Policy Shifts", "MEK’s Domestic Activism and Intelligence Network"])
        #expect(diff.summary.modified == 5)
        #expect(diff.summary.callouts["number changed"] == 3)
    }

    @Test("every entry in reading order of the new text; each claim of each side exactly once")
    func coverage() throws {
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.swap(try SeedEdits.edit(old, [
            ("over 30,000", "over 3,000"),
            ("The diplomat, Assadollah Assadi, was arrested sometime after the couple, and all three are imminently expected to go on trial in Belgium.\n", ""),
        ]), "On July 17, advocates", "Even when participation")
        let diff = try SeedEdits.diff(old, new)
        #expect(diff.entries.compactMap(\.old?.id).sorted() == diff.old.claims.map(\.id).sorted())
        #expect(diff.entries.compactMap(\.new?.id) == diff.new.claims.map(\.id))
    }
}
