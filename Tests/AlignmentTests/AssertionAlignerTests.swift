import Alignment
import Testing

/// An assertion as alignment reads it: ids stand for the normalised text, as real ids do.
private struct Line: AlignableAssertion {
    var text: String
    var id: String { text.lowercased() }
}

private func lines(_ texts: [String]) -> [Line] { texts.map(Line.init) }

@Suite("Pairing the assertions of two versions")
struct AssertionAlignerTests {
    private let article = [
        "The ministry said 40 people were arrested on Monday in the capital.",
        "Officials later released twelve of them.",
        "The opposition called the arrests a disgrace.",
        "Observers counted about 2,000 protesters in the main square.",
        "The government promised an inquiry into the police response.",
    ]

    @Test("the same text in the same order is unchanged, each assertion paired with itself")
    func unchanged() {
        let pairs = AssertionAligner.align(old: lines(article), new: lines(article))
        #expect(pairs == article.indices.map { AlignedPair(old: $0, new: $0, status: .unchanged, similarity: nil) })
    }

    @Test("a reworded assertion is modified, with how alike it is; an unrelated one is removed and another added")
    func modifiedRemovedAdded() throws {
        var edited = article
        edited[0] = "The ministry said 45 people were arrested on Monday in the capital city."
        edited[2] = "The weather in the capital was mild for the season."
        let pairs = AssertionAligner.align(old: lines(article), new: lines(edited))
        let modified = try #require(pairs.first { $0.status == .modified })
        #expect(modified.old == 0 && modified.new == 0)
        #expect((modified.similarity ?? 0) >= 0.5 && (modified.similarity ?? 1) < 1)
        #expect(pairs.contains(AlignedPair(old: 2, new: nil, status: .removed, similarity: nil)))
        #expect(pairs.contains(AlignedPair(old: nil, new: 2, status: .added, similarity: nil)))
    }

    @Test("an assertion taken out of order is moved; the rest keep their place")
    func moved() {
        let edited = [article[3]] + article[0..<3] + [article[4]]
        let pairs = AssertionAligner.align(old: lines(article), new: lines(edited))
        #expect(pairs.filter { $0.status == .moved } == [AlignedPair(old: 3, new: 0, status: .moved, similarity: nil)])
        #expect(pairs.filter { $0.status == .unchanged }.count == 4)
    }

    @Test("two old assertions alike one new one: only one is paired with it", arguments: [false, true])
    func oneToOne(reversed: Bool) {
        var old = ["Regime raises domestic repression against the opposition",
                   "Regime raises domestic repression against the opposition movement"]
        if reversed { old.reverse() }
        let new = ["Regime raises domestic repression against this opposition"]
        let pairs = AssertionAligner.align(old: lines(old), new: lines(new))
        #expect(pairs.filter { $0.new == 0 }.count == 1)
        #expect(pairs.filter { $0.status == .removed }.count == 1)
    }

    @Test("every assertion of both versions appears exactly once, whatever the edits", arguments: 0..<20)
    func everyAssertionOnce(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let old = (0..<40).map { "Sentence \($0) says district \($0 % 7) spent \($0 * 13) crowns on roads." }
        var new = old.filter { _ in generator.next() % 5 != 0 }
        for index in new.indices where generator.next() % 4 == 0 { new[index] += " Officials confirmed it." }
        for _ in 0..<3 { new.insert("An added line \(generator.next() % 1000) about weather.", at: Int(generator.next() % UInt64(new.count + 1))) }
        if new.count > 10 { new.swapAt(2, new.count - 3) }
        let pairs = AssertionAligner.align(old: lines(old), new: lines(new))
        #expect(pairs.compactMap(\.old).sorted() == Array(old.indices))
        #expect(pairs.compactMap(\.new).sorted() == Array(new.indices))
        for pair in pairs where pair.status == .unchanged || pair.status == .moved {
            #expect(old[pair.old ?? -1] == new[pair.new ?? -1])
        }
    }
}

/// A small deterministic generator, so each case is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
