import AssayText

/// What the word before a full stop says about whether the stop ends the sentence.
enum Abbreviations {
    enum Kind {
        /// A title before a name (Mr., Dr., Gen.): never ends a sentence.
        case title
        /// Only an abbreviation before a number (p. 55, No. 10, N°. 9, Vol. IV, Jan. 5).
        case beforeNumber
        /// Never ends a sentence (e.g., i.e., cf.).
        case inner
        /// May end a sentence (etc., Inc., Jr., U.S.): it does when a usual sentence opener follows.
        case terminal
        /// A time of day (a.m., p.m.): ends the sentence unless a date, a day or a time zone
        /// follows. Unlike `U.S.` in "U.S. President", a time abbreviation never qualifies the
        /// noun after it, and what continues a time phrase is closed and capitalised (`10 a.m.
        /// Monday`, `9 p.m. GMT`, `8 a.m. Moscow time`, `10 a.m. 5 May`); so any other capital
        /// — a title and name (`a.m. President Biden spoke`), a name, an opener — starts the
        /// next sentence.
        case time
    }

    /// Keys are lower-case, without the final full stop; inner stops are kept (`u.s`, `e.g`).
    static let table = WordTable<Kind>(
        ["mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "prof", "rev", "hon", "sen", "rep",
         "gov", "gen", "col", "lt", "capt", "sgt", "cmdr", "adm", "maj", "brig", "supt", "insp",
         "det", "pres", "fr", "rt", "cpl", "pvt", "gens", "reps", "sens", "drs", "profs", "mssrs"]
            .map { ($0, .title) }
        + ["no", "nos", "n°", "nº", "n°s", "nºs", "nr", "nrs", "num", "p", "pp", "vol", "vols", "fig",
           "figs", "ch", "chap", "art", "arts", "sec", "para", "op", "ed", "eds", "pt", "ex", "tab",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ref"]
            .map { ($0, .beforeNumber) }
        + ["e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "esp", "incl", "est", "dept", "govt",
           "assn", "univ", "ave", "blvd", "mt", "ft", "sq", "km", "kg", "lb", "lbs", "oz", "min", "max"]
            .map { ($0, .inner) }
        + ["etc", "inc", "co", "corp", "ltd", "llc", "plc", "bros", "cia", "cía", "ltda", "jr", "sr",
           "st", "al", "esq", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "n.y", "l.a", "ph.d", "b.a",
           "m.a", "b.c", "a.d", "rd"]
            .map { ($0, .terminal) }
        + ["a.m", "p.m"].map { ($0, .time) }
    )

    /// Words that usually open a sentence. After a `terminal` abbreviation or an initial, a
    /// capitalised word from this list means the full stop did end the sentence. Function words
    /// and sentence adverbs, never the first word of a name; not `First` (`U.S. First Lady`),
    /// `Just` (`St. Just`) or `More` (`T. More`).
    static let sentenceOpeners = WordTable(words: [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "but",
        "and", "or", "so", "yet", "however", "meanwhile", "as", "after", "before", "when", "while",
        "if", "although", "though", "since", "for", "with", "by", "from", "to", "what", "who", "why",
        "how", "where", "some", "many", "most", "all", "not", "both", "each", "every", "other",
        "such", "then", "now", "today", "also", "still", "yesterday", "tomorrow", "last", "next",
        "one", "no", "nor", "until", "because", "despite", "during", "among", "according", "here",
        "mr", "mrs", "ms", "dr", "officials", "police", "critics", "analysts",
        "of", "about", "into", "through", "without", "within", "between", "against", "over", "under",
        "besides", "unlike", "much", "few", "several", "any", "another", "either", "neither",
        "nobody", "none", "nothing", "everyone", "everybody", "everything", "someone", "something",
        "anyone", "anything", "which", "whose", "whether", "unless", "once", "instead", "indeed",
        "perhaps", "even", "only", "again", "moreover", "furthermore", "nevertheless", "nonetheless",
        "otherwise", "thus", "therefore", "hence", "finally", "later", "earlier", "yes", "often",
        "never", "always", "already", "soon", "recently", "eventually", "overall",
    ])

    /// Capitalised words that continue a time phrase after `a.m.` or `p.m.`: days, months and
    /// time zones (`10 a.m. Monday`, `9 p.m. GMT`).
    static let timeContinuations = WordTable(words: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "gmt", "bst", "utc", "cet", "cest", "eet", "est", "edt", "cst",
        "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt", "ist", "jst", "aest", "eastern",
        "central", "mountain", "pacific", "atlantic",
    ])

    /// Words after which `I.` is an initial, not the pronoun: a preposition takes a name
    /// (`by I. Smith`), never the pronoun `I`.
    static let beforeInitialI = WordTable(words: [
        "by", "of", "to", "from", "with", "for", "at", "in", "on", "about", "via", "per", "under",
        "against", "toward", "towards", "without", "between", "among", "including", "featuring",
        "alongside", "dear",
    ])
}
