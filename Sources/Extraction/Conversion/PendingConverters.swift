// TEMPORARY: replaced by the Markdown converter being written in parallel.
enum MarkdownConverter { static func convert(_ text: String) -> ConvertedDocument { PlainTextConverter.convert(text) } }
