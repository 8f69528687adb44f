import RoundsCore
import TerminalUI

/// A keyboard form drawn over a screen: labelled text and choice fields, Tab/Down and
/// Shift-Tab/Up between them, Left/Right to change a choice, Enter to submit, Esc to cancel.
///
/// Validation runs as you type: a required field that is empty is marked, and Enter on an invalid
/// form moves to the first problem instead of submitting.
///
/// ```swift
/// var form = FormState(title: "报修", purpose: .repairRequest(tag: "ICU-V01"), fields: [
///     .text("故障描述", required: true),
///     .choice("设备停用", options: [("是", "yes"), ("否", "no")]),
/// ])
/// form.handle(.char("报"))    // types into the focused field
/// ```
public struct FormState: Sendable {
    /// What the form is for: decides what Enter does with the values.
    public enum Purpose: Sendable, Equatable {
        case repairRequest(tag: String)
        case assign(ticket: String)
        case repaired(ticket: String)
        case signBack(ticket: String)
        /// Another person takes the keyboard (their own PIN, R2).
        case switchUser
        /// Signing or acknowledging a shift handover (Shifts/ShiftForms.swift).
        case shift(ShiftForm)
        /// A command of the command line, its form made from its description (CommandForm.swift).
        case command(path: [String], arguments: [ArgumentSpec])
        /// A non-normal result changed to normal, with its reason (Forms/AmendResult.swift).
        case amend(AmendTarget)
    }

    public enum Input: Sendable {
        case text(TextField)
        case choice(options: [(label: String, value: String)], selected: Int)
    }

    public struct Field: Sendable {
        public var label: String
        public var input: Input
        public var required: Bool
        /// A PIN: drawn as `*`, never shown.
        public var secret = false
        /// What the field asks for, shown under the form while it has the focus.
        public var help: String?

        public static func text(_ label: String, required: Bool = false, text: String = "") -> Field {
            Field(label: label, input: .text(TextField(text: text)), required: required)
        }

        /// A masked text field (a PIN).
        public static func secret(_ label: String, required: Bool = false) -> Field {
            Field(label: label, input: .text(TextField()), required: required, secret: true)
        }

        public static func choice(_ label: String, options: [(label: String, value: String)], selected: Int = 0) -> Field {
            Field(label: label, input: .choice(options: options, selected: selected), required: false)
        }

        /// The field's value: the text, or the chosen option's value.
        public var value: String {
            switch input {
            case .text(let t): return t.text.trimmingCharacters(in: .whitespaces)
            case .choice(let options, let selected): return options.isEmpty ? "" : options[selected].value
            }
        }

        public var isValid: Bool { !required || !value.isEmpty }
    }

    public var title: String
    /// One line under the title: what submitting the form does.
    public var subtitle: String?
    public var purpose: Purpose
    /// What signing this form means, shown on it (21 CFR 11.50): nil for a form that signs nothing.
    public var meaning: SignatureMeaning?
    public var fields: [Field]
    public var focus = 0
    /// Shown under the fields: why the form was not submitted.
    public var error: String?

    public init(title: String, purpose: Purpose, meaning: SignatureMeaning? = nil, fields: [Field]) {
        self.title = title; self.purpose = purpose; self.meaning = meaning; self.fields = fields
    }

    public func value(_ i: Int) -> String { fields[i].value }

    /// The first invalid field, if any.
    public var firstInvalid: Int? { fields.firstIndex { !$0.isValid } }

    /// Edits the focused field or moves between fields. Returns false for keys the form does not use
    /// (Enter and Esc are commands from the table).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return true
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return true
        default:
            break
        }
        switch fields[focus].input {
        case .text(var t):
            let used = t.handle(key)
            fields[focus].input = .text(t)
            if used { error = nil }
            return used
        case .choice(let options, var selected):
            switch key {
            case .left, .char("h"): selected = (selected + options.count - 1) % options.count
            case .right, .char("l"), .char(" "): selected = (selected + 1) % options.count
            default: return false
            }
            fields[focus].input = .choice(options: options, selected: selected)
            return true
        }
    }
}
