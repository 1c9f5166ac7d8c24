/// Patience sorting: which elements of a sequence form a longest strictly increasing
/// subsequence, in O(n log n). The aligner uses it to tell the assertions that kept their order
/// (unchanged) from those that moved.
enum LongestIncreasingSubsequence {
    /// The positions in `values` of one longest strictly increasing subsequence.
    static func positions(_ values: [Int]) -> Set<Int> {
        // tails[k]: the position of the smallest last value of an increasing run of length k + 1.
        var tails: [Int] = []
        var previous = [Int?](repeating: nil, count: values.count)
        for (position, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[position] = tails[low - 1] }
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var result = Set<Int>()
        var cursor = tails.last
        while let position = cursor {
            result.insert(position)
            cursor = previous[position]
        }
        return result
    }
}
