import AssayCore
import ReviewStore
import RulesEngine

/// The framing model findings a team dismissed, as training data: each document with one is an
/// article whose dismissed spans are not framing (`FramingArticle.Role.dismissed`).
public enum WorkbenchFramingData {
    public static func articles(from workbench: Workbench) throws(WorkbenchError) -> [FramingArticle] {
        let dismissed = try workbench.findings().filter { $0.rule == FramingModel.ruleID && $0.dismissal != nil }
        var articles: [FramingArticle] = []
        for (name, findings) in Dictionary(grouping: dismissed, by: \.document).sorted(by: { $0.key < $1.key }) {
            // Findings are of each document's latest version, whose text this is.
            let text = try workbench.reviewedDocument(name).text
            articles.append(FramingArticle(name: name, text: text, spans: findings.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound },
                                           role: .dismissed))
        }
        return articles
    }
}
