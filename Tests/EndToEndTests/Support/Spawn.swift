import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to the end with `posix_spawn` and `waitpid`, its output going to files.
///
/// Not Foundation's `Process`, for two reasons found the hard way with tmux:
/// - on Linux, `Process` learns that a child ended through a descriptor the child inherits; the
///   tmux client forks the tmux server, which keeps that descriptor, so `waitUntilExit()` never
///   returns while the server lives;
/// - test code runs on threads that block most signals, and a child inherits the blocked mask:
///   a tmux server (and the program in its pane) started that way ignores SIGTERM and SIGHUP, so
///   `kill-server` cannot end it. Here the child gets an empty mask and default handlers.
///
/// The child gets stdin from /dev/null and none of the test process's other descriptors.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The exit code, or 128 + the signal number when the child was killed by a signal.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    directory: String, stdout: String, stderr: String) throws -> Int32 {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #if canImport(Glibc)
        // glibc ≥ 2.34 and ≥ 2.29; Swift's Glibc module does not declare them, so look them up.
        if let closeFrom = glibc("posix_spawn_file_actions_addclosefrom_np", as: ClosefromFunction.self) {
            _ = closeFrom(&actions, 3)
        } else {
            closeInheritable(&actions)
        }
        if let chdir = glibc("posix_spawn_file_actions_addchdir_np", as: ChdirFunction.self) {
            _ = chdir(&actions, directory)
        }
        let flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #else
        posix_spawn_file_actions_addchdir_np(&actions, directory)
        let flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU, SIGUSR1, SIGUSR2, SIGALRM] {
            sigaddset(&defaults, s)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(rc)))") }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { throw Failure(description: "waitpid \(executable): \(String(cString: strerror(errno)))") }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    #if canImport(Glibc)
    typealias ClosefromFunction = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChdirFunction = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static func glibc<F>(_ name: String, as: F.Type) -> F? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: F.self)
    }

    /// Older glibc: close every descriptor above 2 that would survive exec.
    static func closeInheritable(_ actions: inout posix_spawn_file_actions_t) {
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in fds where fd > 2 {
            let f = fcntl(fd, F_GETFD)
            if f >= 0, f & FD_CLOEXEC == 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        }
    }
    #endif
}
