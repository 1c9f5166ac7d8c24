import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// `assay-fetch`: fetches one web page for `assay` (Pipeline's PageFetcher), which starts it for
// each address so that the `assay` binary itself does not load the networking libraries
// (libcurl and its dependencies doubled the start-up cost of every command).
//
//   assay-fetch TIMEOUT_SECONDS MAXIMUM_BYTES MAXIMUM_REDIRECTS ADDRESS
//
// Writes one line of JSON — {"status", "contentType"?, "finalAddress"?} or {"problem"} — then,
// after a fetch, the body's bytes. Exit 0 when the page came (whatever its status), 1 when it
// did not, 64 for a malformed command line.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 4, let timeout = Double(arguments[arguments.startIndex]), timeout > 0,
      let maximumSize = Int(arguments[arguments.startIndex + 1]), let maximumRedirects = Int(arguments[arguments.startIndex + 2]),
      let url = URL(string: arguments[arguments.startIndex + 3]) else {
    FileHandle.standardError.write(Data("usage: assay-fetch TIMEOUT_SECONDS MAXIMUM_BYTES MAXIMUM_REDIRECTS ADDRESS\n".utf8))
    exit(64)
}

func emit(_ header: [String: Any], body: [UInt8] = []) {
    var out = (try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) ?? Data("{}".utf8)
    out.append(0x0A)
    out.append(contentsOf: body)
    FileHandle.standardOutput.write(out)
}

let configuration = URLSessionConfiguration.ephemeral
configuration.timeoutIntervalForRequest = timeout
configuration.timeoutIntervalForResource = timeout
configuration.httpAdditionalHeaders = [
    "User-Agent": "assay (claim verification)",
    "Accept": "text/html, application/xhtml+xml, text/markdown, text/plain, application/pdf;q=0.9, */*;q=0.1",
]
let transfer = PageTransfer(maximumSize: maximumSize, maximumRedirects: maximumRedirects)
let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
session.dataTask(with: url).resume()
let result = transfer.wait()
session.finishTasksAndInvalidate()
switch result {
case .failure(let problem):
    emit(["problem": problem.description(timeout: timeout, maximumSize: maximumSize)])
    exit(1)
case .success(let answer):
    var header: [String: Any] = ["status": answer.status]
    if let contentType = answer.contentType { header["contentType"] = contentType }
    if let finalAddress = answer.finalAddress { header["finalAddress"] = finalAddress }
    emit(header, body: answer.body)
    exit(0)
}
