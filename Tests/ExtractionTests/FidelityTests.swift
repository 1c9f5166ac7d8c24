import AssayCore
import Foundation
import Testing
import TestSupport
@testable import Extraction

/// Every word and figure of the input's prose is in the text or the boilerplate, in order
/// (`FidelityCheck`), on written examples, generated inputs, the seeds and the fuzz seeds.
@Suite("Fidelity: no word or figure lost")
struct FidelityTests {
    @Test("the issue's example keeps its figure and its list numbers")
    func issueExample() {
        let input = "The economy grew by\n30. Percent of that came from exports.\n\nOfficials said:\n1. Taxes rise.\n2. Spending falls.\n"
        let document = extract(input)
        #expect(FidelityCheck.firstMissingWord(in: document, input: input, format: .text) == nil)
        #expect(document.text.contains("grew by 30. Percent"))
        #expect(document.text.contains("1. Taxes rise.") && document.text.contains("2. Spending falls."))
    }

    @Test("the check names the first lost word with the prose around it")
    func reportsTheLostWord() {
        let input = "The economy grew by 30 percent.\n\nExports rose."
        var document = extract(input)
        document.text = document.text.replacingOccurrences(of: "30 ", with: "")
        #expect(FidelityCheck.firstMissingWord(in: document, input: input, format: .text)
            == FidelityCheck.MissingWord(word: "30", context: "The economy grew by 30 percent.  Exports rose."))
        var reordered = extract(input)
        reordered.text = "Exports rose.\n\nThe economy grew by 30 percent."
        #expect(FidelityCheck.firstMissingWord(in: reordered, input: input, format: .text)?.word == "The")
    }

    @Test("boilerplate set aside counts as kept, in its place")
    func boilerplateCounts() {
        let input = "NCRI\n\nHeadline Here\n\nThe regime arrested dozens.\n\nShare this:\n\nMore text follows."
        let document = extract(input)
        #expect(document.boilerplate.map(\.text) == ["NCRI", "Share this:"])
        #expect(FidelityCheck.violations(of: document, input: input, format: .text) == [])
    }

    @Test("markup is not prose: Markdown syntax and HTML tags, scripts and navigation")
    func markupIsNotProse() {
        let markdown = "---\ntitle: T\n---\n# Head *one*\n\n1. [x] Done [link](http://example.org/9) 42\n- Item\n\n[id]: http://x.org\n<!-- note 7 -->\n"
        #expect(FidelityCheck.violations(of: extract(markdown, format: .markdown), input: markdown, format: .markdown) == [])
        let html = "<html><head><title>T</title></head><body><nav>Home 1</nav><ol><li>Taxes rise 5%</li></ol><p>A &amp; B &#51;0</p><script>x=1</script></body></html>"
        #expect(FidelityCheck.violations(of: extract(html, format: .html), input: html, format: .html) == [])
    }

    @Test("generated plain text keeps every word: words, figures, list markers, wraps, headings, quotes", arguments: 0..<40)
    func generatedText(seed: Int) {
        var generator = ProseGenerator(seed: UInt64(seed))
        for _ in 0..<10 {
            let input = generator.plainText()
            let document = extract(input)
            #expect(FidelityCheck.violations(of: document, input: input, format: .text) == [], "\(input)")
            #expect(SpanContract.violations(of: document) == [])
        }
    }

    @Test("generated Markdown and HTML keep every word of their prose", arguments: 0..<20)
    func generatedMarkup(seed: Int) {
        var generator = ProseGenerator(seed: UInt64(seed) + 1000)
        for _ in 0..<10 {
            let markdown = generator.markdown()
            #expect(FidelityCheck.violations(of: extract(markdown, format: .markdown), input: markdown, format: .markdown) == [], "\(markdown)")
            let html = generator.html()
            #expect(FidelityCheck.violations(of: extract(html, format: .html), input: html, format: .html) == [], "\(html)")
        }
    }

    @Test("the seeds keep every word", arguments: Repository.seedNames)
    func seeds(name: String) throws {
        let bytes = try Array(Data(contentsOf: Repository.seed(name)))
        let (input, format) = try Extractor.decode(bytes, source: name, format: nil)
        let document = Extractor().extract(text: input, source: name, format: format)
        #expect(FidelityCheck.violations(of: document, input: input, format: format) == [])
    }

    @Test("the fuzz seeds keep every word, read in every format")
    func fuzzSeeds() throws {
        let folder = Repository.url("Fuzz/seeds/documents")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(name)))
            guard let (input, _) = try? Extractor.decode(bytes, source: name, format: nil) else { continue }
            for format in DocumentFormat.allCases {
                let document = Extractor().extract(text: input, source: name, format: format)
                #expect(FidelityCheck.violations(of: document, input: input, format: format) == [], "\(name)")
            }
        }
    }
}
