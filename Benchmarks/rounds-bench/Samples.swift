import Foundation

/// Repeated timings of one operation and the figures the benchmark prints from them.
///
/// ```swift
/// let s = Samples([0.012, 0.010, 0.011])
/// s.median   // 0.011
/// s.p99      // 0.012: the value 99 % of runs stay at or under (the slowest of fewer than 100)
/// ```
struct Samples {
    let sorted: [Double]

    init(_ values: [Double]) { sorted = values.sorted() }

    var median: Double {
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// The nearest-rank 99th percentile.
    var p99: Double { sorted[Swift.max(0, Int((0.99 * Double(sorted.count)).rounded(.up)) - 1)] }
    var min: Double { sorted.first! }
    var max: Double { sorted.last! }

    /// `   12.3 ms`: seconds as milliseconds, aligned.
    static func ms(_ v: Double) -> String { String(format: "%9.1f ms", v * 1000) }

    /// One line of the report: name, median, p99, min, max.
    func line(_ name: String) -> String {
        "\(name.padding(toLength: 48, withPad: " ", startingAt: 0)) median \(Self.ms(median))  p99 \(Self.ms(p99))  min \(Self.ms(min))  max \(Self.ms(max))"
    }
}

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

/// This process's peak resident memory so far, in MiB.
func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
