/// English inflections of a word, so a lexicon term "regime" also matches "regimes" and
/// "regime's", and "exaggerate" matches "exaggerated" and "exaggerating". Over-generation is
/// harmless: a form that is not a word never occurs in text.
enum Inflection {
    static func forms(of word: String) -> [String] {
        guard word.count > 2, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return [word] }
        var forms = [word, word + "'s"]
        let stem = String(word.dropLast())
        switch word.last {
        case "y" where !isVowel(word.dropLast().last):
            forms += [stem + "ies", stem + "ied", word + "ing"]
        case "e":
            forms += [word + "s", word + "d", stem + "ing"]
        case "s", "x", "z":
            forms += [word + "es", word + "ed", word + "ing"]
        case "h" where word.hasSuffix("ch") || word.hasSuffix("sh"):
            forms += [word + "es", word + "ed", word + "ing"]
        default:
            forms += [word + "s", word + "ed", word + "ing"]
        }
        return forms
    }

    private static func isVowel(_ character: Character?) -> Bool {
        guard let character else { return false }
        return "aeiou".contains(character)
    }
}
