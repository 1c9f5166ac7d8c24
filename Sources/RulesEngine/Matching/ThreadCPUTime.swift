import Foundation

/// The CPU time the calling thread has used: what a match costs, whatever else the machine runs.
enum ThreadCPUTime {
    static func now() -> Duration {
        var time = timespec()
        // CLOCK_THREAD_CPUTIME_ID exists on Linux and macOS and cannot fail for the calling thread.
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
