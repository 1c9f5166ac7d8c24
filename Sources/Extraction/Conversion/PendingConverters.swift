// TEMPORARY: replaced by the HTML and Markdown converters being written in parallel.
enum HTMLConverter { static func convert(_ text: String) -> ConvertedDocument { PlainTextConverter.convert(text) } }
enum MarkdownConverter { static func convert(_ text: String) -> ConvertedDocument { PlainTextConverter.convert(text) } }
