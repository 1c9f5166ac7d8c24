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
        ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("zero", 0),
    ]
    static let spelledNumbers = WordTable(spelledNumberWords)

    /// Words for the digits after "point" in a spelled decimal ("two point zero three").
    static let spelledDigits = WordTable<Double>([
        ("zero", 0), ("nought", 0), ("oh", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4),
        ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
    ])

    /// Words that multiply what precedes them ("five hundred", "1.5 million", "two dozen", "3 dozens").
    static let magnitudes = WordTable<Double>([
        ("dozen", 12), ("dozens", 12), ("hundred", 100), ("thousand", 1_000), ("million", 1_000_000),
        ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000),
    ])

    /// Abbreviated magnitudes, written after digits only, as a word ("40 mln", "2.33 k") or
    /// joined to them ("5bn", "10k"). "m" is not here: joined, it may be metres ("the 100m final").
    static let magnitudeAbbreviations = WordTable<Double>([
        ("k", 1_000), ("mn", 1_000_000), ("mln", 1_000_000), ("bn", 1_000_000_000), ("bln", 1_000_000_000),
        ("tn", 1_000_000_000_000), ("trn", 1_000_000_000_000),
    ])

    /// The second word of a spelled fraction, with its denominator and whether it is plural:
    /// "a third", "two thirds", "three-quarters".
    static let denominators = WordTable<Denominator>([
        ("half", .init(2, false)), ("halves", .init(2, true)), ("third", .init(3, false)), ("thirds", .init(3, true)),
        ("quarter", .init(4, false)), ("quarters", .init(4, true)), ("fifth", .init(5, false)), ("fifths", .init(5, true)),
        ("sixth", .init(6, false)), ("sixths", .init(6, true)), ("seventh", .init(7, false)), ("sevenths", .init(7, true)),
        ("eighth", .init(8, false)), ("eighths", .init(8, true)), ("ninth", .init(9, false)), ("ninths", .init(9, true)),
        ("tenth", .init(10, false)), ("tenths", .init(10, true)), ("hundredth", .init(100, false)),
        ("hundredths", .init(100, true)), ("thousandth", .init(1_000, false)), ("thousandths", .init(1_000, true)),
    ])

    struct Denominator: Sendable {
        var value: Double
        var isPlural: Bool
        init(_ value: Double, _ isPlural: Bool) {
            self.value = value
            self.isPlural = isPlural
        }
    }

    /// Words after a number that make it a percentage, with the `unit` they give.
    static let percentWords = PhraseTable<String>([
        ("percent", "%"), ("per cent", "%"), ("percentage points", "percentage point"),
        ("percentage point", "percentage point"),
    ])

    /// Currency signs before a figure ("$5bn"), reported as the `unit`.
    static let currencySigns = WordTable(words: ["$", "€", "£", "¥", "₹"])
    /// Currency codes before a figure ("USD 40 mln"), and the sign reported for them.
    static let currencyCodeWords = [("usd", "$"), ("eur", "€"), ("gbp", "£"), ("jpy", "¥"), ("inr", "₹")]
    static let currencyCodes = WordTable(currencyCodeWords)
    /// Currency words after a figure ("70m euros"), and the sign reported for them. "pounds" is
    /// left out: it is a weight as often as money.
    static let currencyWords = WordTable<String>([
        ("dollar", "$"), ("dollars", "$"), ("euro", "€"), ("euros", "€"), ("yen", "¥"), ("rupees", "₹"),
        ("pence", "p"), ("cents", "¢"),
    ])

    /// Words for spans of time after a figure ("three months", "a 10-year deal"), and the `unit`
    /// reported for them.
    static let timeUnits = WordTable<String>([
        ("second", "second"), ("seconds", "second"), ("minute", "minute"), ("minutes", "minute"),
        ("hour", "hour"), ("hours", "hour"), ("day", "day"), ("days", "day"), ("week", "week"),
        ("weeks", "week"), ("month", "month"), ("months", "month"), ("year", "year"), ("years", "year"),
        ("decade", "decade"), ("decades", "decade"), ("century", "century"), ("centuries", "century"),
    ])

    /// Words after a clock time: "at 10 am", "9 GMT".
    static let clockWords = WordTable(words: ["am", "pm", "gmt", "bst", "utc", "est", "edt", "cet", "o'clock"])

    /// The last word of a street address ("10 Downing Street").
    static let streetWords = WordTable(words: [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard", "place", "square",
        "way", "close", "terrace", "crescent", "court", "row", "gardens", "parade", "plaza", "walk",
    ])

    /// Words around a score ("a 1-3 defeat", "lost 1-3"), which makes "1-3" no range.
    static let scoreWords = WordTable(words: [
        "win", "wins", "victory", "defeat", "loss", "draw", "lead", "scoreline", "thrashing", "triumph",
        "won", "lost", "beat", "beating", "drew", "trailed", "trailing", "led", "leading",
    ])

    /// Verbs of change before a figure: "fell $2.80 to $51.15" is a fall of $2.80 to a level of $51.15.
    static let changeWords = WordTable(words: [
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "climbed", "climb", "climbs",
        "dropped", "drop", "drops", "gained", "gain", "gains", "lost", "lose", "loses", "jumped", "jump",
        "slipped", "slip", "increased", "decreased", "grew", "grow", "shrank", "cut", "raised", "lowered",
        "added", "shed", "up", "down", "soared", "slumped", "tumbled", "surged", "eased", "declined",
        "advanced", "rallied", "plunged", "widened", "narrowed",
    ])

    /// Plural words after a joined "m" that make it metres, not millions ("the 60m hurdles").
    static let metreEvents = WordTable(words: [
        "hurdles", "heats", "relays", "runners", "titles", "medals", "records", "finals", "events", "races",
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
        "ios", "android", "windows", "macos", "v", "ver", "edition", "model", "type", "category", "class",
        "tier", "stage", "lap", "exit", "junction", "terminal", "zone", "sector", "district", "annex",
        "exhibit", "footnote", "isbn", "id", "python", "java",
    ])

    /// Words before "one" that make it a pronoun ("no one", "any one of them").
    static let pronounOne = WordTable(words: ["no", "any", "every", "each", "which", "another", "someone"])

    /// Words before a lone "one" or "zero" that make it a count ("only one survived").
    static let loneNumberContext = WordTable(words: ["only", "just", "exactly", "precisely"])

    /// Words opening a range, with the word joining its ends: "between 20 and 30", "from 20 to 30".
    static let rangeOpenerWords = [("between", "and"), ("from", "to")]
    static let rangeOpeners = WordTable(rangeOpenerWords)

    /// Determiners allowed at the start of a referent after "of" ("half of the country").
    static let determiners = WordTable(words: [
        "the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those",
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
        "again", "together", "overall", "overnight", "instead", "away", "back", "far",
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
        "status", "campus", "census", "consensus", "virus", "bonus", "focus", "plus", "minus", "indoors",
        "outdoors", "overseas", "afterwards", "always", "perhaps", "sometimes", "whereas", "thus",
    ])
}
