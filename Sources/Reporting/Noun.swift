/// A count with its noun, singular or plural as the count needs: "1 assertion", "2 assertions",
/// "0 matches". Every line an analyst reads counts things this way.
public enum Noun {
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
