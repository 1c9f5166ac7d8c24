import Foundation

/// The part of the schema.org vocabulary the ClaimReview report may use: for each type, the
/// properties it has (its own and inherited), and for each property that takes an object, the
/// types its value may have. Taken from the schema.org type pages, including inherited
/// properties ("Properties from Review", "from CreativeWork", "from Thing"):
/// - https://schema.org/ClaimReview (claimReviewed; Review: itemReviewed, reviewRating;
///   CreativeWork: author, datePublished, publisher, headline; Thing: url, name)
/// - https://schema.org/Rating (ratingValue, bestRating, worstRating, ratingExplanation, author;
///   Thing: alternateName, name, url)
/// - https://schema.org/Claim (appearance, firstAppearance; CreativeWork: author, datePublished…)
/// - https://schema.org/CreativeWork (url, headline, author, publisher, datePublished)
/// - https://schema.org/Person and https://schema.org/Organization (Thing: name, url)
/// Ranges: https://schema.org/author and https://schema.org/publisher (Organization or Person),
/// https://schema.org/reviewRating (Rating), https://schema.org/itemReviewed (Thing; Claim here),
/// https://schema.org/appearance and https://schema.org/firstAppearance (CreativeWork).
enum SchemaOrgVocabulary {
    static let context = "https://schema.org"

    private static let creativeWork: Set<String> = ["url", "name", "headline", "author", "publisher", "datePublished"]
    private static let thing: Set<String> = ["url", "name", "alternateName"]

    static let properties: [String: Set<String>] = [
        "ClaimReview": creativeWork.union(["claimReviewed", "itemReviewed", "reviewRating"]),
        "Rating": thing.union(["ratingValue", "bestRating", "worstRating", "ratingExplanation", "author"]),
        "Claim": creativeWork.union(["appearance", "firstAppearance"]),
        "CreativeWork": creativeWork,
        "Person": thing,
        "Organization": thing,
    ]

    static let ranges: [String: Set<String>] = [
        "author": ["Person", "Organization"],
        "publisher": ["Person", "Organization"],
        "reviewRating": ["Rating"],
        "itemReviewed": ["Claim"],
        "appearance": ["CreativeWork"],
        "firstAppearance": ["CreativeWork"],
    ]

    /// Every problem in a JSON-LD value: an unknown type, a property its type does not have, an
    /// object where the property takes none or of a type outside its range, a null, a nested
    /// `@context`.
    static func problems(_ value: Any, path: String = "$", topLevel: Bool = true) -> [String] {
        if value is NSNull { return ["\(path): null"] }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { problems($1, path: "\(path)[\($0)]", topLevel: topLevel) }
        }
        guard let object = value as? [String: Any] else { return [] }
        guard let type = object["@type"] as? String, let allowed = properties[type] else {
            return ["\(path): unknown @type \(object["@type"] as? String ?? "(none)")"]
        }
        var found: [String] = []
        if topLevel, object["@context"] as? String != context { found.append("\(path): @context is not \(context)") }
        for (key, child) in object where key != "@type" && !(topLevel && key == "@context") {
            guard allowed.contains(key) else {
                found.append("\(path): \(type) has no property \(key)")
                continue
            }
            if let childObject = child as? [String: Any] {
                let childType = childObject["@type"] as? String ?? "?"
                if !(ranges[key]?.contains(childType) ?? false) { found.append("\(path).\(key): \(childType) is not in its range") }
            }
            found += problems(child, path: "\(path).\(key)", topLevel: false)
        }
        return found
    }
}
