import AssayCore
import Foundation

/// The team server's own pages: signing in and the list of documents. Server-rendered, no
/// script; every piece of text from the workbench or the request is escaped (`HTMLText`). The
/// document page is the HTML report itself (`HTMLReporter`).
public enum TeamPages {
    /// No script, no frames, nothing from elsewhere; forms post only to this server.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// The sign-in form; `problem` says why the last attempt failed.
    public static func signIn(csrf: String, problem: String?) -> String {
        let form = HTMLText.element("form", ["method": "post", "action": "/login"], [
            HTMLText.element("input", ["type": "hidden", "name": "csrf", "value": csrf], nil),
            HTMLText.element("label", [:], "Name " + HTMLText.element("input", ["name": "name", "autocomplete": "username", "required": "required"], nil)),
            HTMLText.element("label", [:], "Password " + HTMLText.element("input", ["name": "password", "type": "password",
                                                                                      "autocomplete": "current-password", "required": "required"], nil)),
            HTMLText.text("button", ["type": "submit"], "Sign in"),
        ].joined(separator: "\n"))
        let body = [HTMLText.text("h1", [:], "Assay: sign in")] + (problem.map { [HTMLText.text("p", ["class": "problem", "role": "alert"], $0)] } ?? [])
            + [form]
        return page(title: "Sign in", body: body.joined(separator: "\n"))
    }

    /// The workbench's documents with how far their review has come, for a signed-in member.
    public static func documents(_ stats: WorkbenchStats, account: Account, csrf: String) -> String {
        let rows = stats.documents.map { document in
            HTMLText.element("tr", [:], [
                HTMLText.element("td", [:], HTMLText.text("a", ["href": "/documents/" + pathSegment(document.document)], document.document)),
                HTMLText.text("td", ["class": "number"], String(document.version)),
                HTMLText.text("td", ["class": "number"], String(document.assertions)),
                HTMLText.text("td", ["class": "number"], "\(document.reviewed) (\(Int((document.reviewedShare * 100).rounded()))%)"),
            ].joined())
        }
        let table = rows.isEmpty ? HTMLText.text("p", [:], "No documents yet: store one with 'assay ingest FILE'.")
            : HTMLText.element("table", [:], HTMLText.element("thead", [:], HTMLText.element("tr", [:], [
                HTMLText.text("th", [:], "Document"), HTMLText.text("th", [:], "Version"), HTMLText.text("th", [:], "Claims"),
                HTMLText.text("th", [:], "Reviewed"),
            ].joined())) + HTMLText.element("tbody", [:], rows.joined(separator: "\n")))
        let signOut = HTMLText.element("form", ["method": "post", "action": "/logout", "class": "sign-out"], [
            HTMLText.element("input", ["type": "hidden", "name": "csrf", "value": csrf], nil),
            HTMLText.text("button", ["type": "submit"], "Sign out"),
        ].joined())
        let header = HTMLText.element("header", [:], HTMLText.text("span", [:], "\(account.name) (\(account.role.rawValue))") + signOut)
        return page(title: "Documents", body: [header, HTMLText.text("h1", [:], "Documents"), table].joined(separator: "\n"))
    }

    /// A document name as one segment of a path: everything but URI's unreserved characters escaped.
    public static func pathSegment(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func page(title: String, body: String) -> String {
        let head = [
            HTMLText.element("meta", ["charset": "utf-8"], nil),
            HTMLText.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"], nil),
            HTMLText.text("title", [:], "\(title) · Assay"),
            HTMLText.element("style", [:], style),
        ].joined(separator: "\n")
        return "<!DOCTYPE html>\n" + HTMLText.element("html", ["lang": "en"],
                                                       HTMLText.element("head", [:], head) + "\n" + HTMLText.element("body", [:], body)) + "\n"
    }

    private static let style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ddd; }
        td.number { text-align: right; } header { display: flex; justify-content: space-between; align-items: center; }
        .problem { color: #a00; } label { display: block; margin: .5rem 0; } form.sign-out { display: inline; }
        """
}
