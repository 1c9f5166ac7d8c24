import AssayText

/// What the word before a full stop says about whether the stop ends the sentence.
enum Abbreviations {
    enum Kind {
        /// A title before a name (Mr., Dr., Gen.): never ends a sentence.
        case title
        /// Only an abbreviation before a number (p. 55, No. 10, Jan. 5).
        case beforeNumber
        /// Never ends a sentence (e.g., i.e., cf.).
        case inner
        /// May end a sentence (etc., Inc., Jr., U.S.): it does when a usual sentence opener follows.
        case terminal
    }

    /// Keys are lower-case, without the final full stop; inner stops are kept (`u.s`, `e.g`).
    static let table = WordTable<Kind>(
        ["mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "prof", "rev", "hon", "sen", "rep",
         "gov", "gen", "col", "lt", "capt", "sgt", "cmdr", "adm", "maj", "brig", "supt", "insp",
         "det", "pres", "fr", "rt", "cpl", "pvt", "gens", "reps", "sens", "drs", "profs", "mssrs"]
            .map { ($0, .title) }
        + ["no", "nos", "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "art", "sec", "para",
           "op", "ed", "eds", "pt", "ex", "tab", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "nr", "ref"]
            .map { ($0, .beforeNumber) }
        + ["e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "esp", "incl", "est", "dept", "govt",
           "assn", "univ", "ave", "blvd", "mt", "ft", "sq", "km", "kg", "lb", "lbs", "oz", "min", "max"]
            .map { ($0, .inner) }
        + ["etc", "inc", "co", "corp", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "al", "esq",
           "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "u.s.a", "n.y", "l.a", "ph.d", "b.a",
           "m.a", "b.c", "a.d", "rd"]
            .map { ($0, .terminal) }
    )

    /// Words that usually open a sentence. After a `terminal` abbreviation or an initial, a
    /// capitalised word from this list means the full stop did end the sentence.
    static let sentenceOpeners = WordTable(words: [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "but",
        "and", "or", "so", "yet", "however", "meanwhile", "as", "after", "before", "when", "while",
        "if", "although", "though", "since", "for", "with", "by", "from", "to", "what", "who", "why",
        "how", "where", "some", "many", "most", "all", "not", "both", "each", "every", "other",
        "such", "then", "now", "today", "also", "still", "yesterday", "tomorrow", "last", "next",
        "one", "no", "nor", "until", "because", "despite", "during", "among", "according", "here",
        "mr", "mrs", "ms", "dr", "officials", "police", "critics", "analysts",
    ])
}
