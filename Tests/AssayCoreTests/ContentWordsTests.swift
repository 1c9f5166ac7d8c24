import AssayCore
import Testing

@Suite("Content words")
struct ContentWordsTests {
    @Test("numbers keep their digits together; function words and case drop out")
    func words() {
        #expect(ContentWords("The regime massacred over 30,000 political prisoners.").words
                == ["regime", "massacred", "30000", "political", "prisoners"])
        #expect(ContentWords("It rose 3.5% in 2019, and fell.").words == ["rose", "35", "2019", "fell"])
        #expect(ContentWords("Iran’s MEK-affiliated groups").words == ["iran", "mek", "affiliated", "groups"])
    }

    @Test("similarity is Dice's coefficient of the word sets")
    func similarity() {
        let a = ContentWords("an estimated 30,000 people had been put to death")
        let b = ContentWords("massacred over 30,000 political prisoners")
        // a: estimated, 30000, people, put, death; b: massacred, 30000, political, prisoners → 2·1 / 9
        #expect(abs(a.similarity(to: b) - 2.0 / 9.0) < 1e-12)
        #expect(a.similarity(to: a) == 1)
        #expect(ContentWords("the of and").similarity(to: ContentWords("a an")) == 1)
    }
}
