// swift-tools-version: 6.0
//
// Rounds: inspection rounds, maintenance and repair tracking for hospital equipment departments.
//
// Module arrows point one way only (the compiler enforces them):
//
//   CNCurses ◀── CursesBackend ──▶ TerminalUI ◀── RoundsApp ──▶ RoundsStore ──▶ RoundsCore
//                       ▲                                ▲
//                       └──────────── rounds ────────────┘
//
// RoundsCore imports nothing of ours; RoundsStore never sees the UI; only CursesBackend sees curses.
import PackageDescription

let package = Package(
    name: "Rounds",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rounds", targets: ["rounds"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // C shim: the only place that includes <ncurses.h>.
        .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // Pure Swift terminal UI: frames, keys, widths, widgets, a headless terminal. No curses.
        .target(name: "TerminalUI"),
        // Draws TerminalUI frames with ncursesw and reads keys. The only importer of CNCurses.
        .target(name: "CursesBackend", dependencies: ["CNCurses", "TerminalUI"]),
        // The domain as value types and pure functions. No I/O, no clock.
        .target(name: "RoundsCore"),
        // SQLite store (GRDB): schema, migrations, audit chain, import, queries.
        .target(name: "RoundsStore", dependencies: [
            "RoundsCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // App state, the command table, screens and zh/en strings.
        .target(name: "RoundsApp", dependencies: ["RoundsCore", "RoundsStore", "TerminalUI"]),
        // The executable: command-line parsing; with no subcommand it opens the TUI.
        .executableTarget(name: "rounds", dependencies: [
            "RoundsApp", "RoundsStore", "RoundsCore", "CursesBackend", "TerminalUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // A large generated hospital and timings of what users wait for (not part of the tests).
        .executableTarget(name: "rounds-bench", dependencies: ["RoundsApp", "RoundsStore", "RoundsCore", "TerminalUI"],
                          path: "Benchmarks/rounds-bench"),

        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI"]),
        .testTarget(name: "RoundsCoreTests", dependencies: ["RoundsCore"]),
        .testTarget(name: "RoundsStoreTests", dependencies: ["RoundsStore", "RoundsCore"]),
        .testTarget(name: "RoundsAppTests", dependencies: ["RoundsApp", "TerminalUI", "RoundsStore", "RoundsCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["rounds"]),
    ]
)
