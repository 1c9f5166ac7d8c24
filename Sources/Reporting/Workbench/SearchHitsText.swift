import AssayCore
import Foundation

/// `assay search`: a match a line, its matched terms between ⟦ ⟧, or highlighted in colour.
public enum SearchHitsText {
    public static func render(_ hits: [SearchHit], colour: Bool) -> String {
        hits.map { hit in
            let shown = InvisibleCharacters.forTerminal(hit.snippet)
            let snippet = colour
                ? shown.replacingOccurrences(of: "⟦", with: "\u{1B}[1;33m").replacingOccurrences(of: "⟧", with: "\u{1B}[0m")
                : shown
            let document = hit.version.map { "\(hit.document)@\($0)" } ?? hit.document
            // The JSON's kind `assertion` is what every listing calls a claim.
            let kind = hit.kind == "assertion" ? "claim" : hit.kind
            return "\(document):\(AssertionID.shown(hit.assertion))  \(AssertionFormatting.pad(kind, 9)) \(snippet)\n"
        }.joined()
    }

    /// The count line for standard error.
    public static func summary(_ hits: [SearchHit]) -> String {
        "\(Noun.count(hits.count, "match", plural: "matches"))\n"
    }
}
