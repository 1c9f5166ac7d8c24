import AssayText

/// Finite verb forms, for telling an independent clause ("…, and all three are expected…")
/// from a list of noun phrases ("…, and other world capitals"). Regular forms are generated
/// from base forms; irregular past forms are listed.
enum VerbLexicon {
    private static let auxiliaries = [
        "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't",
        "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "mustn't", "shouldn't",
        "it's", "that's", "there's", "he's", "she's", "they're", "we're", "who's",
    ]

    private static let regularBases = [
        "accept", "accuse", "achieve", "acquire", "act", "add", "admit", "affect", "agree", "aim",
        "allow", "announce", "answer", "anticipate", "appeal", "appear", "apply", "argue", "arrest",
        "arrive", "ask", "attack", "attempt", "attend", "attract", "avoid", "believe", "belong",
        "block", "boycott", "call", "cause", "change", "charge", "claim", "close", "collect",
        "complain", "confirm", "consider", "contain", "continue", "control", "convict", "count",
        "create", "criticize", "criticise", "cross", "declare", "decline", "decide", "defend",
        "demand", "deny", "depend", "describe", "deserve", "destroy", "detail", "develop", "die",
        "direct", "disappear", "discover", "display", "emerge", "encourage", "end", "enjoy",
        "ensure", "enter", "escape", "estimate", "execute", "exist", "expect", "explain", "express",
        "face", "fail", "fear", "finish", "follow", "force", "form", "gain", "grow", "happen",
        "harass", "help", "hope", "identify", "ignore", "imprison", "improve", "include",
        "increase", "indicate", "inform", "insist", "intend", "involve", "join", "kill", "last",
        "launch", "like", "list", "live", "look", "manage", "massacre", "matter", "mention",
        "move", "need", "note", "notice", "object", "observe", "obtain", "occur", "offer", "open",
        "order", "organize", "organise", "oppose", "own", "participate", "plan", "play", "point",
        "prefer", "prepare", "present", "prevent", "produce", "promise", "promote", "protest",
        "prove", "provide", "publish", "pursue", "push", "raise", "reach", "receive", "recognize",
        "recognise", "record", "reduce", "refuse", "reject", "release", "rely", "remain", "remember",
        "remove", "repeat", "replace", "report", "represent", "require", "reside", "respond",
        "rest", "result", "return", "reveal", "rule", "seem", "serve", "share", "show", "sign",
        "start", "state", "stay", "stop", "strive", "struggle", "succeed", "suffer", "suggest",
        "support", "suppress", "survive", "suspect", "talk", "tend", "threaten", "torture", "travel",
        "try", "turn", "urge", "use", "vote", "wait", "walk", "want", "warn", "watch", "work",
        "worry", "accelerate", "swell", "thrive", "highlight", "culminate", "coincide", "reflect",
        "underscore", "illustrate", "clarify", "decry", "embrace", "marginalize", "criminalize",
        "retain", "convene", "assign", "precede", "involve", "emphasize", "emphasise", "recruit",
    ]

    /// (base, past, past participle)
    private static let irregulars: [(String, String, String)] = [
        ("be", "was", "been"), ("become", "became", "become"), ("begin", "began", "begun"),
        ("bring", "brought", "brought"), ("build", "built", "built"), ("buy", "bought", "bought"),
        ("catch", "caught", "caught"), ("choose", "chose", "chosen"), ("come", "came", "come"),
        ("draw", "drew", "drawn"), ("drive", "drove", "driven"), ("fall", "fell", "fallen"),
        ("feel", "felt", "felt"), ("fight", "fought", "fought"), ("find", "found", "found"),
        ("flee", "fled", "fled"), ("fly", "flew", "flown"), ("get", "got", "gotten"),
        ("give", "gave", "given"), ("go", "went", "gone"), ("hold", "held", "held"),
        ("keep", "kept", "kept"), ("know", "knew", "known"), ("lead", "led", "led"),
        ("leave", "left", "left"), ("lose", "lost", "lost"), ("make", "made", "made"),
        ("mean", "meant", "meant"), ("meet", "met", "met"), ("pay", "paid", "paid"),
        ("put", "put", "put"), ("read", "read", "read"), ("rise", "rose", "risen"),
        ("run", "ran", "run"), ("say", "said", "said"), ("see", "saw", "seen"),
        ("seek", "sought", "sought"), ("sell", "sold", "sold"), ("send", "sent", "sent"),
        ("set", "set", "set"), ("shoot", "shot", "shot"), ("speak", "spoke", "spoken"),
        ("spend", "spent", "spent"), ("stand", "stood", "stood"), ("strike", "struck", "struck"),
        ("take", "took", "taken"), ("teach", "taught", "taught"), ("tell", "told", "told"),
        ("think", "thought", "thought"), ("throw", "threw", "thrown"), ("understand", "understood", "understood"),
        ("win", "won", "won"), ("write", "wrote", "written"), ("hang", "hung", "hung"),
        ("hide", "hid", "hidden"), ("lay", "laid", "laid"), ("let", "let", "let"),
        ("shut", "shut", "shut"), ("sit", "sat", "sat"), ("steal", "stole", "stolen"),
        ("swear", "swore", "sworn"), ("break", "broke", "broken"), ("forget", "forgot", "forgotten"),
        ("grow", "grew", "grown"), ("show", "showed", "shown"), ("have", "had", "had"),
        ("do", "did", "done"), ("see", "saw", "seen"),
    ]

    /// Words ending in -ed that are not verbs.
    private static let edNouns = WordTable(words: [
        "hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "beloved", "aged",
        "bed", "red", "need", "seed", "speed", "feed", "greed", "creed", "deed", "shed", "bred",
        "weed", "reed", "wed", "fled", "led", "sled", "united", "limited", "alleged", "supposed",
    ])

    static let finiteForms: WordTable<Void> = {
        var words = Set(auxiliaries)
        for base in regularBases {
            words.insert(base)
            words.insert(thirdPerson(base))
            words.insert(past(base))
        }
        for (base, pastForm, participle) in irregulars {
            words.formUnion([base, thirdPerson(base), pastForm, participle])
        }
        return WordTable(words: Array(words))
    }()

    /// Whether the word can be a finite verb (or a participle after an auxiliary).
    static func isVerb(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        if finiteForms.contains(bytes, in: range) { return true }
        return isRegularPast(bytes, range)
    }

    /// A lower-case word of five or more letters ending in -ed: a past form, unless listed as not.
    static func isRegularPast(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 5, UTF8Bytes.isASCIILower(bytes[range.lowerBound]),
              bytes[range.upperBound - 2] == UInt8(ascii: "e"), bytes[range.upperBound - 1] == UInt8(ascii: "d")
        else { return false }
        return !edNouns.contains(bytes, in: range)
    }

    private static func thirdPerson(_ base: String) -> String {
        if base.hasSuffix("y"), let beforeY = base.dropLast().last, !"aeiou".contains(beforeY) {
            return base.dropLast() + "ies"
        }
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: base.hasSuffix) { return base + "es" }
        return base + "s"
    }

    private static func past(_ base: String) -> String {
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), let beforeY = base.dropLast().last, !"aeiou".contains(beforeY) {
            return base.dropLast() + "ied"
        }
        if ["stop", "plan", "admit", "commit", "control", "prefer"].contains(base), let last = base.last {
            return base + String(last) + "ed"
        }
        return base + "ed"
    }
}
