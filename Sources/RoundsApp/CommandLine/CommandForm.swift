/// A form for a command, made from its description (``CommandSpec``): a field per positional value
/// and option, a yes/no choice per flag, each labelled as it is typed (`--reason`) with the help's
/// words shown as the field's hint. Enter turns the form back into the command's words.
///
/// So the twenty-odd ticket steps are not twenty hand-written forms: each is the command line's own
/// description, and a step added there appears here with its help in the user's language.
public enum CommandForm {
    /// The form for `path` (`["ticket", "defer"]`), prefilled from words already typed after it.
    static func make(path: [String], spec: CommandSpec, given: [String], strings s: Strings) -> FormState {
        let arguments = spec.ownArguments
        let values = prefill(arguments, from: given)
        let fields: [FormState.Field] = arguments.enumerated().map { i, a in
            var field: FormState.Field
            if a.kind == .flag {
                field = .choice(a.typed, options: [(s.t(.no), ""), (s.t(.yes), "yes")], selected: values[i] == nil ? 0 : 1)
            } else if let allowed = a.allValues, !allowed.isEmpty {
                let options = (a.isRequired ? [] : [("-", "")]) + allowed.map { ($0, $0) }
                field = .choice(a.typed, options: options, selected: values[i].flatMap { v in options.firstIndex { $0.1 == v } } ?? 0)
            } else if a.isSecret {
                field = .secret(a.typed, required: a.isRequired)
            } else {
                field = .text(a.typed, required: a.isRequired, text: values[i] ?? "")
            }
            field.help = a.abstract
            return field
        }
        let title = ([":"] + path).joined(separator: " ")
        var form = FormState(title: title, purpose: .command(path: path, arguments: arguments), fields: fields)
        form.focus = fields.firstIndex { $0.required && $0.value.isEmpty } ?? 0
        form.subtitle = spec.abstract
        return form
    }

    /// The command's words from a filled form: the path, the positional values in order, then each
    /// option given a value and each flag answered yes.
    static func words(path: [String], arguments: [ArgumentSpec], form: FormState) -> [String] {
        var positional: [String] = [], named: [String] = []
        for (a, field) in zip(arguments, form.fields) {
            let value = field.value
            guard !value.isEmpty else { continue }
            switch a.kind {
            case .positional: positional.append(value)
            case .option: named += [a.typed, value]
            case .flag: named.append(a.typed)
            }
        }
        return path + positional + named
    }

    /// Values for the arguments from words typed after the command: `--name value`, flags, and the
    /// rest as positional values in order. Words it cannot place are ignored (the form shows what
    /// it understood; the command line itself is the place for anything unusual).
    static func prefill(_ arguments: [ArgumentSpec], from words: [String]) -> [String?] {
        var values = [String?](repeating: nil, count: arguments.count)
        let positions = arguments.indices.filter { arguments[$0].kind == .positional }
        var nextPositional = 0
        var i = 0
        while i < words.count {
            let w = words[i]
            if let k = arguments.firstIndex(where: { $0.kind != .positional && ($0.names ?? []).contains { $0.typed == w } }) {
                if arguments[k].kind == .flag { values[k] = "yes" } else if i + 1 < words.count { values[k] = words[i + 1]; i += 1 }
            } else if nextPositional < positions.count {
                values[positions[nextPositional]] = w
                nextPositional += 1
            }
            i += 1
        }
        return values
    }

    /// Whether a line should open the command's form rather than run: it names no option of its
    /// own (`ticket defer WX-…`, the way a person starts) and leaves a required value out. A line
    /// with options is a script's line and runs as typed; the command says what is wrong with it.
    static func wantsForm(_ spec: CommandSpec, given words: [String]) -> Bool {
        guard !words.contains(where: { $0.hasPrefix("-") }) else { return false }
        let values = prefill(spec.ownArguments, from: words)
        return zip(spec.ownArguments, values).contains { $0.0.isRequired && $0.1 == nil && $0.0.defaultValue == nil }
    }
}
