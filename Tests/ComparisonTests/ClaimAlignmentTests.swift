import Comparison
import ReviewStore
import Testing
import TestSupport

@Suite("Claim alignment")
struct ClaimAlignmentTests {
    /// A document of numbered, distinct sentences, one paragraph each.
    private func text(_ sentences: [Int], edited: Set<Int> = []) -> String {
        "Headline\n\n" + sentences.map { number in
            edited.contains(number)
                ? "Sentence \(number) reports that the committee in district \(number) approved the revised budget of \(number * 7) crowns yesterday."
                : "Sentence \(number) reports that the committee in district \(number) approved the budget of \(number * 3) crowns yesterday."
        }.joined(separator: "\n\n")
    }

    @Test("a block moved far away is moved, not removed and added; the rest keeps its place")
    func blockMoved() throws {
        let old = Array(0..<40)
        let new = Array(0..<5) + Array(30..<35) + Array(5..<30) + Array(35..<40)
        let diff = try SeedEdits.diff(text(old), text(new))
        #expect(diff.summary.moved == 5)
        #expect(diff.summary.unchanged == 36)  // 35 sentences and the headline
        #expect(diff.entries.filter { $0.status == .moved }.compactMap(\.new?.text).allSatisfy { text in
            (30..<35).contains { text.hasPrefix("Sentence \($0) ") }
        })
    }

    @Test("reworded sentences pair with their own old version, not a look-alike neighbour")
    func modifiedPairs() throws {
        let sentences = Array(0..<30)
        let diff = try SeedEdits.diff(text(sentences), text(sentences, edited: [4, 5, 6, 20]))
        let modified = diff.entries.filter { $0.status == .modified }
        #expect(modified.count == 4)
        for entry in modified {
            let number = try #require(entry.old?.text.split(separator: " ").dropFirst().first)
            #expect(entry.new?.text.hasPrefix("Sentence \(number) ") == true)
        }
        #expect(diff.summary.added == 0 && diff.summary.removed == 0)
    }

    @Test("unrelated sentences are removed and added, never paired")
    func unrelated() throws {
        let diff = try SeedEdits.diff("Headline\n\nThe harvest failed in the northern valleys this spring.",
                                      "Headline\n\nParliament elected a new speaker on Tuesday.")
        #expect(diff.entries.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.added, .removed, .unchanged])
    }
}
