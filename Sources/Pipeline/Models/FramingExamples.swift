import AssayCore
import AssayText
import Extraction
import Learning
import RulesEngine

/// Feature names seen while reading training data, by key: each name is built once, the first
/// time its key is seen. A class: every sentence's sink adds to the same table.
final class FeatureNames {
    private(set) var names: [String] = []
    private var ids: [UInt64: Int32] = [:]

    func id(_ key: UInt64, name: () -> String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(names.count)
        ids[key] = id
        names.append(name())
        return id
    }
}

/// One article read as the tagger reads it: its sentences' token ranges, and the features and
/// labels of each sentence and (for annotated articles and dismissed findings) each token.
struct PreparedArticle: Sendable {
    struct Example: Sendable {
        var features: [Int32]
        var isFraming: Bool
    }

    let article: FramingArticle
    let text: MatchText
    /// Token ranges of the sentences.
    let sentences: [Range<Int>]
    /// The article's marked spans as scalar offsets of the normalised text (`text`).
    let spans: [Range<Int>]
    /// Per sentence; nil for a sentence that teaches nothing (of a workbench document, one
    /// without a dismissed finding).
    var sentenceExamples: [Example?] = []
    var tokenExamples: [Example] = []
}

/// Reads articles into `PreparedArticle`s, naming features as it goes.
struct FramingExampleReader {
    let sentenceNames = FeatureNames()
    let spanNames = FeatureNames()

    func prepare(_ article: FramingArticle) -> PreparedArticle {
        let document = Extractor().extract(text: article.text, source: article.name, format: .text)
        let text = MatchText(document.text)
        let sentences = document.sentences.map {
            text.tokenIndices(in: text.byteOffset(ofScalar: $0.start)..<text.byteOffset(ofScalar: $0.end))
        }
        // Marked spans in the normalised text, and as byte ranges of the text the tagger reads.
        let offsets = TextOffsetMap(original: article.text, normalized: document.text)
        let spans = article.spans.map(offsets.map)
        let marked = spans.map { text.byteOffset(ofScalar: $0.lowerBound)..<text.byteOffset(ofScalar: $0.upperBound) }
        var prepared = PreparedArticle(article: article, text: text, sentences: sentences, spans: spans)
        var repeats: RepeatedWords?
        for (index, tokens) in sentences.enumerated() {
            let features = FramingFeatures(text: text, tokens: tokens, isHeadline: index == 0)
            let labels = tokens.map { token in marked.contains { $0.overlaps(text.tokens[token].range) } }
            let touchesMarked = labels.contains(true)
            guard article.role != .dismissed || touchesMarked else {
                prepared.sentenceExamples.append(nil)
                continue
            }
            let flags = features.sentenceFlags()
            var sink = NamingSink(text: text, names: sentenceNames)
            features.visitSentence(flags: flags, &sink)
            prepared.sentenceExamples.append(.init(features: sink.ids, isFraming: article.role == .annotated && touchesMarked))
            guard article.role != .neutral, !tokens.isEmpty else { continue }
            if repeats == nil { repeats = RepeatedWords(text) }
            let quotes = QuotedTokens(features)
            for (offset, token) in tokens.enumerated() where article.role == .annotated || labels[offset] {
                var sink = NamingSink(text: text, names: spanNames)
                for flag in flags { sink.flag(flag) }
                features.visitToken(token, quotes: quotes, repeats: repeats!, &sink)
                prepared.tokenExamples.append(.init(features: sink.ids, isFraming: article.role == .annotated && labels[offset]))
            }
        }
        return prepared
    }
}

/// Names the features a sentence or token fires, as the model file writes them.
private struct NamingSink: FramingFeatureSink {
    let text: MatchText
    let names: FeatureNames
    var ids: [Int32] = []

    mutating func flag(_ flag: FramingFeature.Flag) {
        ids.append(names.id(FramingFeature.flagKey(flag)) { flag.name })
    }

    mutating func value(_ family: FramingFeature.Family, key: UInt64, first: Int, second: Int) {
        let text = text
        ids.append(names.id(key) {
            var name = family.name + ":" + Self.word(first, in: text, suffix: family == .suffix)
            if second != FramingFeatures.none { name += " " + Self.word(second, in: text, suffix: false) }
            return name
        })
    }

    /// A token as a feature names it: lower-cased (ASCII), or its last three bytes.
    private static func word(_ index: Int, in text: MatchText, suffix: Bool) -> String {
        if index == FramingFeatures.before { return FramingFeature.sentenceStart }
        if index == FramingFeatures.after { return FramingFeature.sentenceEnd }
        var range = text.tokens[index].range
        if suffix { range = (range.upperBound - 3)..<range.upperBound }
        return String(decoding: text.bytes[range].map(UTF8Bytes.lowercased), as: UTF8.self)
    }
}
