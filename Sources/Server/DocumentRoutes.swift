import AssayCore
import Foundation
import Hummingbird
import Reporting
import ReviewStore

extension TeamServer {
    /// The documents and their review progress; the sign-in page for a visitor.
    func documentList(_ request: Request) async throws -> Response {
        guard let session = try await signedIn(request) else { return Response(status: .seeOther, headers: [.location: "/login"]) }
        return html(TeamPages.documents(try workbench.stats(), account: session.account, csrf: session.csrf))
    }

    /// A document as the HTML report shows it: its text with flagged spans, its claims and verdicts.
    func documentPage(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        guard try await signedIn(request) != nil else { return Response(status: .seeOther, headers: [.location: "/login"]) }
        // The router hands the segment over as it came: percent-escaped.
        guard let name = try context.parameters.require("name").removingPercentEncoding else {
            throw HTTPError(.badRequest, message: "The document's name is not valid percent-encoded UTF-8.")
        }
        do {
            let document = try workbench.reviewedDocument(name)
            return html(HTMLReporter().render([ReviewReport(document)]))
        } catch WorkbenchError.unknownDocument {
            throw HTTPError(.notFound, message: "No document of that name.")
        }
    }
}
