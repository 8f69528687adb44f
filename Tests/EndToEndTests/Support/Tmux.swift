import Foundation
import Testing

/// A detached tmux session running one shell command in a pane of a fixed size: the terminal UI
/// driven by keys and read back as text. The server has a socket of its own: `-S` in the test's
/// temporary folder, so it is unique and goes away with the folder (`-L NAME` would leave a socket
/// file behind in /tmp/tmux-UID). ``kill()`` ends the whole tmux server
/// of the socket (call it in a `defer`).
final class TmuxSession {
    let tmux: String
    let socket: String
    let name = "rounds"
    let box: Sandbox

    /// Starts `tmux -S SOCKET -f /dev/null new-session -d -s rounds -x W -y H -e … COMMAND`.
    /// `socketName`: another name for a second terminal in the same sandbox (two people at once).
    init(box: Sandbox, width: Int, height: Int, environment: [String: String], command: String,
         socketName: String = "tmux.sock", sourceLocation: SourceLocation = #_sourceLocation) throws {
        tmux = try #require(findOnPath("tmux"), "tmux is not on PATH", sourceLocation: sourceLocation)
        self.box = box
        socket = box.path(socketName)
        var args = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(command)
        let r = try run(args)
        try #require(r.status == 0, "tmux new-session failed\n\(r)", sourceLocation: sourceLocation)
    }

    /// Runs `tmux -S SOCKET -f /dev/null ARGS` with the sandbox's environment (its own HOME, no
    /// TMUX, no ROUNDS_*), so the server and the pane see nothing of the outer session.
    @discardableResult
    func run(_ args: [String]) throws -> RunResult {
        try box.run(tmux, ["-S", socket, "-f", "/dev/null"] + args)
    }

    /// The visible pane, one string per row (tmux drops trailing blanks).
    func capture() throws -> [String] {
        let r = try run(["capture-pane", "-p", "-t", name])
        return r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Keys by tmux name (`q`, `Enter`, `Escape`, `?`).
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Text typed as is (`send-keys -l`).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    /// Polls the pane every 50 ms until `condition` holds; records a failure with the last screen
    /// and returns nil when `timeout` seconds pass first.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 5, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: ([String]) -> Bool) throws -> [String]? {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            if Date() > deadline { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out after \(timeout) s waiting for \(what); the pane shows:\n\(screen.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        return nil
    }

    /// Waits for a line containing every one of `parts`.
    @discardableResult
    func waitForLine(containing parts: String..., timeout: Double = 5,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> [String]? {
        try waitFor("a line containing \(parts)", timeout: timeout, sourceLocation: sourceLocation) { screen in
            screen.contains { line in parts.allSatisfy { line.contains($0) } }
        }
    }

    /// Ends the tmux server of this socket (and with it the pane and the program).
    func kill() {
        _ = try? run(["kill-server"])
    }
}

/// The environment of the program inside tmux: like ``Sandbox/environment`` plus the clock.
func paneEnvironment(_ box: Sandbox) -> [String: String] {
    var env = box.environment
    env["ROUNDS_NOW"] = testNow
    env.removeValue(forKey: "PATH")   // the pane's shell has the server's PATH, which is the sandbox's
    return env
}

/// `'…'` for the shell.
func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

enum Tmux {
    /// How long a test waits for the program's first screen: a demo hospital is created first
    /// (seconds alone, far longer while the whole suite runs on two loaded cores). A wait ends as
    /// soon as the screen shows, so a generous limit costs nothing when all is well.
    static let startLimit: Double = 120
}
