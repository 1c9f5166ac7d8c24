import AssayCore
import Extraction
import Foundation
import Pipeline
import Testing
import TestSupport

@Suite("Inputs worked a batch at a time")
struct DocumentBatchesTests {
    @Test("batches cover every input once, in order, 64 at a time")
    func batchesCoverEveryInput() {
        let inputs = (0..<150).map { Result<InputItem, InputError>.success(.file(path: "doc\($0).txt")) }
        let batches = DocumentBatches(inputs).batches
        #expect(batches == [0..<64, 64..<128, 128..<150])
        #expect(DocumentBatches([]).batches.isEmpty)
    }

    @Test("results come back in input order, with each unreadable input's error in its place")
    func resultsInInputOrder() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments: [String] = []
        for number in 0..<70 {
            let path = folder.appendingPathComponent(String(format: "%02d.txt", number)).path
            if number != 5 { try "Article \(number) says the talks failed.".write(toFile: path, atomically: true, encoding: .utf8) }
            arguments.append(path)
        }
        let inputs = DocumentBatches(locating: arguments)
        var seen: [String] = []
        for batch in inputs.batches {
            for result in inputs.process(batch, { item throws(InputError) in try Extractor().extract(item).text }) {
                switch result {
                case .success(let text): seen.append(text)
                case .failure(let error): seen.append("error: \(error.description)")
                }
            }
        }
        #expect(seen.count == 70)
        #expect(seen[0] == "Article 0 says the talks failed.")
        #expect(seen[5] == "error: \(arguments[5]): no such file or folder")
        #expect(seen[69] == "Article 69 says the talks failed.")
    }
}
