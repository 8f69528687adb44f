import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One program run as a whole process, start to exit: what a script or a person at a shell waits
/// for, including the program's start-up and its output.
struct WholeProcess {
    /// The program and its arguments.
    var arguments: [String]
    /// Extra environment (`NAME=value`), added to this process's own.
    var environment: [String] = []

    /// Wall time and peak resident memory of one run; the output goes to /dev/null. A run that
    /// fails (exit status not 0) stops the benchmark: a figure of a refusal means nothing.
    ///
    /// The peak memory is GNU time's (`/usr/bin/time -f %M`): the `ru_maxrss` this process would get
    /// from `wait4` counts the memory of the spawning process too (the child's maximum is kept across
    /// its `exec`), so a small launcher measures it instead.
    func run() -> (seconds: Double, peakMiB: Double) {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-bench-rss-\(getpid())").path
        defer { unlink(report) }
        let timed = ["/usr/bin/time", "-f", "%M", "-o", report] + arguments
        let seconds = spawn(timed)
        let kib = (try? String(contentsOfFile: report, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        return (seconds, kib / 1024)
    }

    /// Runs `arguments` to its exit and returns the wall time.
    private func spawn(_ arguments: [String]) -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" } + environment
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp) == 0 else {
            fatalError("cannot start \(arguments[0])")
        }
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { fflush(nil); fatalError("\(arguments.joined(separator: " ")) failed (status \(status))") }
        return elapsed
    }

    /// `runs` runs: the timings and the largest peak memory of any run.
    func measure(runs: Int) -> (Samples, peakMiB: Double) {
        var times: [Double] = [], peak = 0.0
        for _ in 0..<runs {
            let r = run()
            times.append(r.seconds)
            peak = Swift.max(peak, r.peakMiB)
        }
        return (Samples(times), peak)
    }
}
