import AssayCore
import AssayText
import Foundation

/// How a version stores its sentences: `[[index, paragraph, start, end], …]`, without their
/// text, which the version's text already holds — a third of the size of the full objects, and
/// written without a JSON encoder.
enum SentenceSpans {
    static func encode(_ sentences: [Sentence]) -> String {
        var json = JSONWriter(capacity: 2 + sentences.count * 24)
        json.beginArray()
        for sentence in sentences {
            json.beginArray()
            json.number(sentence.index)
            json.number(sentence.paragraph)
            json.number(sentence.start)
            json.number(sentence.end)
            json.endArray()
        }
        json.endArray()
        return json.string
    }

    /// The sentences, their text sliced from `text`. (Full sentence objects, stored by older
    /// versions, were rewritten as spans by the fifth migration.)
    static func decode(_ json: String?, text: String) -> [Sentence] {
        guard let spans = try? JSONDecoder().decode([[Int]].self, from: Data((json ?? "[]").utf8)) else { return [] }
        let indexed = ScalarIndexedText(text)
        return spans.compactMap { span in
            guard span.count == 4 else { return nil }
            return Sentence(index: span[0], paragraph: span[1], start: span[2], end: span[3],
                            text: indexed.slice(span[2], span[3]))
        }
    }
}
