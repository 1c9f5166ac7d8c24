/// Receives the features of a sentence or a token as they are read: the scorer adds up weights,
/// the trainer names them. One reader (`FramingFeatures`) serves both, so a model is scored on
/// exactly the features it was trained on.
public protocol FramingFeatureSink {
    mutating func flag(_ flag: FramingFeature.Flag)
    /// A word or pair feature with its key. `first` and `second` are the token indices its
    /// words are read from (for names and reasons): `FramingFeatures.before` or `.after` for the
    /// stand-ins beyond the sentence, `.none` as `second` of a one-word feature.
    mutating func value(_ family: FramingFeature.Family, key: UInt64, first: Int, second: Int)
}
