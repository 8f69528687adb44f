import ArgumentParser
import Foundation
import RoundsApp

/// How a CSV is written, shared by every command that prints or writes CSV (through
/// ``OutputOptions`` and ``ReportScope``, and `handover export`): `--excel` (UTF-8 with a BOM),
/// `--encoding gb18030`, and `--force` to replace a file that exists (for `--output`).
struct CSVOptions: ParsableArguments {
    enum TextEncoding: String, ExpressibleByArgument, CaseIterable { case utf8 = "utf-8", gb18030 }

    @Flag(help: Help.text(en: "CSV for Excel: UTF-8 with a byte-order mark, so that Chinese shows correctly.",
                          zh: "供 Excel 使用的 CSV：带字节顺序标记（BOM）的 UTF-8，中文才能正确显示。"))
    var excel = false
    @Option(help: Help.text(en: "CSV text encoding: utf-8 (default) or gb18030 (what Excel on a Chinese Windows reads).",
                            zh: "CSV 文本编码：utf-8（默认）或 gb18030（中文 Windows 上的 Excel 读取的编码）。"))
    var encoding: TextEncoding = .utf8
    @Flag(help: Help.text(en: "Replace the --output file if it exists (never replaced otherwise).",
                          zh: "--output 文件已存在时替换它（否则从不替换）。"))
    var force = false

    /// The encoding asked for; `--excel` with `--encoding gb18030` is refused (a BOM is UTF-8's).
    func resolved() throws -> CSVEncoding {
        switch (excel, encoding) {
        case (true, .gb18030): throw Refusal("--excel writes UTF-8 with a BOM; it cannot be combined with --encoding gb18030")
        case (true, .utf8): return .excel
        case (false, .gb18030): return .gb18030
        case (false, .utf8): return .utf8
        }
    }

    /// Prints a CSV document on standard output in the chosen encoding.
    func printCSV(_ text: String) throws {
        guard let bytes = CSVWriter.data(text, encoding: try resolved()) else { throw Refusal("the CSV cannot be written as GB18030") }
        fflush(nil)   // what print() buffered goes first
        FileHandle.standardOutput.write(bytes)
    }

    /// Prints `text` when `format` is csv through ``printCSV(_:)``, else as it is.
    func print(_ text: String, format: OutputFormat) throws {
        if format == .csv { try printCSV(text) } else { Swift.print(text, terminator: "") }
    }

    /// Writes a CSV file, refusing to replace one that exists without `--force`; returns its absolute path.
    func write(_ text: String, to path: String) throws -> String {
        let encoding = try resolved()
        do { try CSVWriter.write(text, to: path, encoding: encoding, force: force) } catch { throw Refusal(error.description) }
        return CSVWriter.absolute(path)
    }
}
