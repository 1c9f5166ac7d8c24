/// Small inline SVG bar charts: no script, no external resource, a `<title>` on every bar for
/// hover and screen readers, and printed labels so the figures read without colour.
enum HTMLChart {
    /// One column per paragraph, its height the number of standing findings in it; each column
    /// links to its paragraph.
    static func findingsPerParagraph(_ counts: [Int], anchor: (Int) -> String) -> String {
        let height = 120.0, top = 16.0, left = 28.0, bottom = 22.0
        let step = max(6.0, min(24.0, 640.0 / Double(max(counts.count, 1))))
        // Wide enough for the first and last paragraph labels side by side.
        let width = max(left + step * Double(counts.count) + 8, 200)
        let highest = Double(max(counts.max() ?? 0, 1))
        var bars = ""
        for (index, count) in counts.enumerated() {
            let barHeight = (height - top - bottom) * Double(count) / highest
            let x = left + step * Double(index)
            let label = "Paragraph \(index + 1): \(Noun.count(count, "finding"))"
            let rect = HTMLText.element("rect", ["class": "bar", "x": format(x + 1), "y": format(height - bottom - barHeight),
                                                 "width": format(step - 2), "height": format(barHeight)],
                                        HTMLText.text("title", [:], label))
            bars += HTMLText.element("a", ["href": "#" + anchor(index)], rect)
        }
        let axis = HTMLText.element("line", ["class": "axis", "x1": format(left), "y1": format(height - bottom),
                                             "x2": format(width - 4), "y2": format(height - bottom)], nil)
        let labels = HTMLText.text("text", ["x": "0", "y": format(top), "class": "label"], String(Int(highest)))
            + HTMLText.text("text", ["x": "0", "y": format(height - bottom), "class": "label"], "0")
            + HTMLText.text("text", ["x": format(left), "y": format(height - 4), "class": "label"], "paragraph 1")
            + (counts.count < 2 ? "" : HTMLText.text("text", ["x": format(width - 4), "y": format(height - 4), "class": "label end"],
                                                      "paragraph \(counts.count)"))
        return svg(width: width, height: height, title: "Findings per paragraph", content: axis + bars + labels)
    }

    /// One row per rating: its name, a bar, and the count.
    static func verdicts(_ counts: [(rating: String, count: Int)]) -> String {
        let row = 20.0, labelWidth = 130.0, barWidth = 260.0
        let highest = Double(max(counts.map(\.count).max() ?? 0, 1))
        var rows = ""
        for (index, entry) in counts.enumerated() {
            let y = row * Double(index)
            let length = barWidth * Double(entry.count) / highest
            rows += HTMLText.text("text", ["x": format(labelWidth - 6), "y": format(y + 14), "class": "label end"], entry.rating)
            rows += HTMLText.element("rect", ["class": "bar verdict-\(HTMLText.className(entry.rating))", "x": format(labelWidth),
                                              "y": format(y + 3), "width": format(length), "height": format(row - 6)],
                                     HTMLText.text("title", [:], "\(entry.rating): \(entry.count)"))
            rows += HTMLText.text("text", ["x": format(labelWidth + length + 4), "y": format(y + 14), "class": "label"],
                                  String(entry.count))
        }
        let height = max(row * Double(counts.count), row)
        if counts.isEmpty {
            rows = HTMLText.text("text", ["x": "0", "y": "14", "class": "label"], "no verdicts recorded yet")
        }
        return svg(width: labelWidth + barWidth + 40, height: height, title: "Verdicts by rating", content: rows)
    }

    private static func svg(width: Double, height: Double, title: String, content: String) -> String {
        HTMLText.element("svg", ["class": "chart", "role": "img", "width": format(width), "height": format(height),
                                 "viewBox": "0 0 \(format(width)) \(format(height))", "aria-label": title],
                         HTMLText.text("title", [:], title) + content)
    }

    /// At most one decimal, so the markup stays short and the same on every platform.
    private static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
