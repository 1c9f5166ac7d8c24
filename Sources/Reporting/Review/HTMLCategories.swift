/// The finding categories on a page, each with its CSS class and look. Categories are named by
/// rule packs, so they are sanitised for class names; two names that sanitise alike get
/// distinct classes. The look is a colour plus an underline style, so a category can be told
/// apart in print and without colour vision.
struct HTMLCategories {
    struct Look {
        var category: String
        var className: String
        var colour: String
        var underline: String
    }

    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    static let colours = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442"]
    static let underlines = ["solid", "double", "dotted", "dashed", "wavy"]

    /// In name order, so a category keeps its look from one report to the next.
    let looks: [Look]
    private let byCategory: [String: Look]

    init(_ categories: some Sequence<String>) {
        var looks: [Look] = []
        var used = Set<String>()
        for (index, category) in Set(categories).sorted().enumerated() {
            let base = "cat-" + HTMLText.className(category)
            var className = base
            var suffix = 2
            while !used.insert(className).inserted {
                className = base + "-\(suffix)"
                suffix += 1
            }
            looks.append(Look(category: category, className: className,
                              colour: Self.colours[index % Self.colours.count],
                              underline: Self.underlines[index % Self.underlines.count]))
        }
        self.looks = looks
        byCategory = Dictionary(looks.map { ($0.category, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func className(_ category: String) -> String {
        byCategory[category]?.className ?? "cat-" + HTMLText.className(category)
    }

    /// One rule per category: a tinted background and a coloured underline in the category's style.
    var css: String {
        looks.map { look in
            ".\(look.className){background-color:\(look.colour)33;text-decoration:underline \(look.underline) \(look.colour);"
                + "text-decoration-thickness:2px;text-decoration-skip-ink:none}"
        }.joined(separator: "\n")
    }
}
