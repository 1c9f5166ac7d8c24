import AssayText
import Extraction

/// Fixed English knowledge the numeric recognizer needs: spelled numbers, magnitudes, month
/// names, and the closed word classes that end a referent. What an analyst may want to tune
/// (hedges, vague phrases, proportions, units) lives in the pack instead (`NumericConfiguration`).
enum NumericVocabulary {
    /// Spelled numbers below a hundred that are written as one word.
    static let spelledNumberWords: [(String, Double)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
        ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40),
        ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]
    static let spelledNumbers = WordTable(spelledNumberWords)

    /// Words that multiply what precedes them ("five hundred", "1.5 million", "two dozen").
    static let magnitudes = WordTable<Double>([
        ("dozen", 12), ("hundred", 100), ("thousand", 1_000), ("million", 1_000_000),
        ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000),
    ])

    /// Words after a number that make it a percentage.
    static let percentWords = PhraseTable<Void>([
        ("percent", ()), ("per cent", ()), ("percentage points", ()), ("percentage point", ()),
    ])

    static let monthNames: [(String, Double)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ]
    static let months = WordTable(monthNames)

    /// Words before a four-digit number that make it a year even when a plural noun follows
    /// ("in 2017 protests erupted", "the 2017 elections").
    static let yearContext = WordTable(words: [
        "in", "since", "the", "of", "by", "until", "till", "from", "through", "during", "before",
        "after", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "circa", "year",
    ])

    /// Words that label a number rather than count with it ("Resolution 2231", "Article 5").
    static let labels = WordTable(words: [
        "article", "section", "chapter", "resolution", "page", "paragraph", "no", "number", "flight",
        "route", "room", "item", "clause", "phase", "level", "grade", "version", "episode", "season",
        "volume", "vol", "part", "figure", "table", "appendix", "amendment", "channel", "highway",
        "line", "platform", "gate", "floor", "rule", "unit", "building", "block", "ward", "camp",
    ])

    /// Words opening a range, with the word joining its ends: "between 20 and 30", "from 20 to 30".
    static let rangeOpenerWords = [("between", "and"), ("from", "to")]
    static let rangeOpeners = WordTable(rangeOpenerWords)

    /// Determiners allowed at the start of a referent after "of" ("half of the country").
    static let determiners = WordTable(words: [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those",
    ])

    /// Closed-class words and common verbs that end a referent.
    static let referentStops = WordTable(words: [
        // prepositions ("of" is handled on its own)
        "in", "on", "at", "by", "for", "from", "with", "without", "to", "into", "onto", "over", "under",
        "about", "around", "across", "after", "before", "during", "since", "until", "through",
        "throughout", "between", "among", "amongst", "against", "toward", "towards", "within", "via",
        "per", "like", "near", "upon", "despite", "including", "inside", "outside", "behind", "beyond",
        "along", "amid", "amidst", "above", "below", "off", "out", "up", "down", "than", "as",
        // conjunctions and relative words
        "and", "or", "but", "nor", "yet", "so", "because", "while", "whereas", "if", "though",
        "although", "when", "where", "whether", "both", "either", "neither", "who", "whom", "whose",
        "which", "that", "what", "how", "why",
        // determiners and pronouns
        "the", "a", "an", "this", "these", "those", "it", "they", "them", "he", "she", "we", "you",
        "i", "us", "him", "her", "its", "their", "his", "our", "your", "there", "here", "each", "every",
        "all", "some", "any", "no", "other", "another", "such", "themselves", "itself",
        // auxiliaries and modals
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
        "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "isn't",
        "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
        "cannot", "couldn't", "didn't", "don't", "doesn't",
        // adverbs that follow figures
        "also", "still", "now", "then", "ago", "later", "earlier", "alone", "already", "just", "only",
        "even", "more", "less", "not", "never", "ever", "too", "very", "annually", "respectively",
        "altogether", "apiece", "yesterday", "today", "tomorrow", "last", "next", "abroad",
        "again", "together", "overall", "instead", "away", "back", "far",
        // common verbs that follow a singular referent
        "say", "says", "said", "tell", "tells", "told", "die", "dies", "live", "remain", "went", "came", "took", "made", "gave", "got", "left", "fled", "held", "saw",
        "found", "fell", "rose", "won", "lost", "ran", "sent", "spent", "stood", "struck", "thought",
        "knew", "became", "began", "brought", "built", "bought", "paid", "fought", "kept", "led",
        "felt", "met", "goes", "comes", "makes", "takes", "gets", "seems", "owns", "includes",
        "represents", "attend", "attended",
    ])

    /// Words that are a verb after a singular referent ("the population lives") but a plural
    /// noun as the referent's first word ("countless lives").
    static let verbsOrPlurals = WordTable(words: [
        "lives", "remains", "needs", "wants", "controls", "means", "accounts", "amounts", "works",
        "rules", "claims", "reports", "votes", "supports", "faces", "holds", "shows", "stands",
    ])

    /// Nouns ending in -ing, which the participle test must not cut ("half of the funding").
    static let ingNouns = WordTable(words: [
        "building", "meeting", "gathering", "funding", "spending", "bombing", "uprising", "morning",
        "evening", "training", "housing", "clothing", "ceiling", "beating", "shooting", "killing",
        "hearing", "ruling", "warning", "offering", "opening", "feeling", "setting", "ending",
        "finding", "string", "spring", "wedding", "painting", "crossing", "landing", "clearing",
        "reading", "recording", "briefing", "bidding", "financing", "sibling", "pudding", "lightning",
    ])

    /// Plural nouns without a final -s, and -s words that are not plurals.
    static let irregularPlurals = WordTable(words: [
        "people", "men", "women", "children", "police", "personnel", "cattle", "feet", "teeth", "mice",
        "geese", "clergy", "militia", "staff",
    ])
    static let singularsInS = WordTable(words: [
        "news", "series", "species", "means", "arms", "sales", "savings", "headquarters", "physics",
        "politics", "economics", "gas", "bus", "lens", "chaos", "basis", "crisis", "analysis", "thesis",
        "status", "campus", "census", "consensus", "virus", "bonus", "focus", "plus", "minus",
    ])
}
