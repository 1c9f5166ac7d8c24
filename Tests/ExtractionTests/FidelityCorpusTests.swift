import AssayCore
import Foundation
import Testing
@testable import Extraction

/// The fidelity check over a folder of inputs named by `ASSAY_FIDELITY_INPUTS`, each read as
/// `assay analyze` reads it: what `scripts/check-fidelity.sh` runs over the BBC corpus, the seeds
/// and the fuzz seeds. Without the variable there is nothing to check.
@Suite("Fidelity over a corpus", .enabled(if: ProcessInfo.processInfo.environment["ASSAY_FIDELITY_INPUTS"] != nil))
struct FidelityCorpusTests {
    @Test("every input of the folder keeps every word of its prose")
    func corpus() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["ASSAY_FIDELITY_INPUTS"])
        let items = InputLocator.locate([folder]).compactMap { try? $0.get() }
        var kept = 0
        var lost: [String] = []
        for item in items {
            guard let (input, format) = try? Extractor.read(item, format: nil) else { continue }
            let document = Extractor().extract(text: input, source: item.source, format: format)
            if let missing = FidelityCheck.firstMissingWord(in: document, input: input, format: format) {
                lost.append("\(item.source): \(missing)")
            } else {
                kept += 1
            }
        }
        print("fidelity: \(kept) of \(kept + lost.count) documents keep every word and figure")
        for line in lost.prefix(20) { print("  lost: \(line)") }
        #expect(kept > 0)
        #expect(lost.isEmpty)
    }
}
