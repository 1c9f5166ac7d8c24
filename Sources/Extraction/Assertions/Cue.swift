/// A word or phrase that tells something about an assertion: its kind, or what makes it worth
/// checking. The lists are in `CueLexicon`.
enum Cue: Sendable, Equatable {
    /// should, must, a moral duty…
    case normative
    /// will, could, is expected to…
    case prediction
    /// obviously, foolish, in my view…
    case opinion
    /// said, according to, reportedly…
    case attribution
    /// hundreds, thousands, half, dozens…
    case spelledNumber
    /// Month and weekday names (only when capitalised).
    case calendar
    /// An irregular past-tense verb that reports an event (held, found, fled…).
    case event
    /// A verb that opens a call to action when it starts a sentence (Join, Stop, Support…).
    case imperative
    /// than, more, fewer, higher, doubled…: a claim measured against something.
    case comparative
    /// most, largest, record…
    case superlative
    /// I, me, my: a personal account.
    case firstPerson
}
