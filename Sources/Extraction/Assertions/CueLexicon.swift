import AssayText

/// The cue words and phrases the classifier looks for, matched in one pass over an assertion's
/// tokens. Multi-word cues win over their first word ("ought to" over "ought").
enum CueLexicon {
    static let table = PhraseTable<Cue>(
        entries(.normative, [
            "must", "mustn't", "should", "shouldn't", "ought to", "need to", "needs to", "have to",
            "has to", "had better", "moral duty", "a duty to", "duty", "obligation", "obliged to",
            "imperative", "it is important", "it is particularly important", "it is essential",
            "it is necessary", "it is vital", "would be foolish", "would be wise", "would be wrong",
            "would be a mistake", "it is time to", "let us", "let's", "we call on", "we urge",
            "calls on", "call on", "demand that", "it is incumbent",
        ])
        + entries(.prediction, [
            "will", "won't", "shall", "going to", "expected to", "is expected", "are expected",
            "expects", "anticipate", "anticipates", "likely to", "is likely", "are likely", "poised to",
            "could", "may", "might", "would", "forecast", "forecasts", "predict", "predicts",
            "promises to", "on track to", "about to", "is set to", "are set to", "bound to",
        ])
        + entries(.opinion, [
            "i think", "i believe", "we believe", "in my view", "in our view", "i feel", "obviously",
            "clearly", "naturally", "undoubtedly", "unfortunately", "fortunately", "sadly", "surely",
            "arguably", "of course", "foolish", "absurd", "shameful", "disgraceful", "outrageous",
            "appalling", "terrible", "horrible", "ridiculous", "wonderful", "magnificent", "worst",
            "best", "remarkable", "deplorable", "heroic", "courageous", "evil", "noble", "crucial",
            "obvious", "notorious", "shocking", "brutal", "cruel", "tragic",
        ])
        + entries(.attribution, [
            "said", "says", "say", "told", "stated", "states", "declared", "declares", "announced",
            "reported", "reports", "revealed", "claimed", "claims", "according to", "described",
            "describe", "describes", "explained", "pointed out", "argued", "argues", "insisted",
            "added", "noted", "warned", "confirmed", "denied", "alleged", "reportedly", "allegedly",
            "acknowledged", "admitted", "wrote", "testified", "believed", "is believed",
        ])
        + entries(.spelledNumber, spelledNumbers)
        + entries(.calendar, calendarWords)
        + entries(.event, [
            "held", "found", "killed", "arrested", "fled", "fought", "shot", "struck", "sent", "gave",
            "took", "made", "won", "lost", "left", "built", "broke", "caught", "met", "led", "began",
            "became", "sold", "paid", "seized", "executed", "released", "launched", "signed",
            "massacred", "apprehended", "convicted", "sentenced", "hanged", "imprisoned", "detained",
            "attacked", "bombed", "elected", "appointed", "resigned", "died", "occurred", "happened",
        ])
        + entries(.imperative, [
            "join", "stop", "support", "sign", "demand", "tell", "help", "act", "donate", "contact",
            "write", "share", "vote", "boycott", "stand", "end", "free", "save", "remember",
        ])
        // For check-worthiness: words that make a claim measurable against something else, and
        // the first person of a personal account ("best", "worst", "twice" and "half" are cues
        // above already).
        + entries(.comparative, [
            "than", "compared", "versus", "vs", "more", "less", "fewer", "higher", "lower", "bigger", "smaller",
            "larger", "greater", "worse", "better", "doubled", "tripled", "halved", "increase", "increased",
            "decrease", "decreased", "rose", "fell", "risen", "fallen", "grew", "dropped",
        ])
        + entries(.superlative, [
            "most", "least", "fewest", "largest", "biggest", "highest", "lowest", "greatest", "smallest",
            "fastest", "slowest", "richest", "poorest", "oldest", "youngest", "deadliest", "record",
        ])
        + entries(.firstPerson, ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"])
    )

    /// Number words: a figure, and never part of a name ("Three Britons were held").
    static let spelledNumbers = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "trillion", "dozen", "dozens", "countless", "half", "percent", "per cent", "twice",
        "tens of", "scores of", "numerous",
    ]
    /// Months and weekdays: a date, and the end of a name.
    static let calendarWords = [
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]

    private static func entries(_ cue: Cue, _ phrases: [String]) -> [(String, Cue)] {
        phrases.map { ($0, cue) }
    }
}
