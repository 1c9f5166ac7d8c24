import Comparison
import Testing

@Suite("Word diff")
struct WordDiffTests {
    @Test("numbers, possessives and hyphenated words are single tokens; changes carry their spans")
    func tokens() {
        let changes = WordDiff.changes(from: "Iran’s regime killed over 30,000 people.", to: "Iran’s regime killed about 3,000 people.")
        #expect(changes == [
            WordDiff.Change(kind: .delete, start: 21, end: 32, text: "over 30,000"),
            WordDiff.Change(kind: .insert, start: 21, end: 32, text: "about 3,000"),
        ])
    }

    @Test("insertions and deletions in several places, offsets in scalars past multibyte text")
    func several() {
        let changes = WordDiff.changes(from: "«Ünter» the big dog barked loudly.", to: "«Ünter» the dog barked very loudly!")
        #expect(changes == [
            WordDiff.Change(kind: .delete, start: 12, end: 15, text: "big"),
            WordDiff.Change(kind: .insert, start: 23, end: 27, text: "very"),
            WordDiff.Change(kind: .delete, start: 33, end: 34, text: "."),
            WordDiff.Change(kind: .insert, start: 34, end: 35, text: "!"),
        ])
    }

    @Test("identical texts have no changes; white space alone is no change")
    func identical() {
        #expect(WordDiff.changes(from: "A  claim.", to: "A claim.").isEmpty)
        #expect(WordDiff.changes(from: "", to: "").isEmpty)
        #expect(WordDiff.changes(from: "", to: "New words").map(\.text) == ["New words"])
    }

    @Test("past the table bound the differing middle is one deletion and one insertion")
    func bounded() {
        let old = (0..<600).map { "a\($0)" }.joined(separator: " ")
        let new = (0..<600).map { "b\($0)" }.joined(separator: " ")
        let changes = WordDiff.changes(from: "Start " + old + " end.", to: "Start " + new + " end.")
        #expect(changes.map(\.kind) == [.delete, .insert])
        #expect(changes.first?.text == old)
    }
}
