import Foundation

/// The text encodings an import file may be in.
public enum ImportEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030

    /// `kCFStringEncodingGB_18030_2000`: how Foundation on Linux names GB18030.
    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes file bytes: a UTF-8 BOM means UTF-8; otherwise valid UTF-8 is taken as UTF-8, and
    /// anything else is tried as GB18030, which is what Excel on a Chinese Windows writes.
    /// Returns nil when the bytes are neither.
    public static func decode(_ data: Data, forced: ImportEncoding? = nil) -> (String, ImportEncoding)? {
        var bytes = data
        if forced != .gb18030, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
            return String(data: bytes, encoding: .utf8).map { ($0, .utf8) }
        }
        if forced != .gb18030, let s = String(data: bytes, encoding: .utf8) { return (s, .utf8) }
        if forced == .utf8 { return nil }
        return String(data: bytes, encoding: gb18030Encoding).map { ($0, .gb18030) }
    }
}
