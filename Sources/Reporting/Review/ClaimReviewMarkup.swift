/// The schema.org types the ClaimReview report writes, as JSON-LD. Every optional property is
/// left out when nil (synthesized `Encodable` skips nil optionals), so the output has no nulls.
enum ClaimReviewMarkup {
    struct ClaimReview: Encodable {
        let context = "https://schema.org"
        let type = "ClaimReview"
        var claimReviewed: String
        var datePublished: String?
        var url: String?
        var author: Agent
        var reviewRating: Rating
        var itemReviewed: Claim

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type"
            case claimReviewed, datePublished, url, author, reviewRating, itemReviewed
        }
    }

    struct Rating: Encodable {
        let type = "Rating"
        var ratingValue: Int?
        var bestRating: Int?
        var worstRating: Int?
        var alternateName: String
        var ratingExplanation: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName, ratingExplanation
        }
    }

    struct Claim: Encodable {
        let type = "Claim"
        var appearance: CreativeWork?
        var author: Agent?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case appearance, author
        }
    }

    struct CreativeWork: Encodable {
        let type = "CreativeWork"
        var url: String?
        var headline: String?
        var author: Agent?
        var publisher: Agent?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case url, headline, author, publisher
        }

        var isEmpty: Bool { url == nil && headline == nil && author == nil && publisher == nil }
    }

    /// A `Person` or an `Organization`.
    struct Agent: Encodable {
        enum Kind: String, Encodable {
            case person = "Person"
            case organization = "Organization"
        }

        var type: Kind
        var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }
}
