import AssayCore

/// What alignment needs of an assertion: its id (a hash of its normalised text, so equal ids
/// mean the same wording) and its text.
public protocol AlignableAssertion {
    var id: String { get }
    var text: String { get }
}

extension Assertion: AlignableAssertion {}
extension ReviewedAssertion: AlignableAssertion {}
