import TerminalUI

enum FormView {
    static func render(_ form: FormState, into frame: inout Frame, rect: Rect, strings s: Strings, border: BorderStyle) {
        let width = min(rect.width - 4, 76)
        let extra = (form.meaning == nil ? 0 : 1) + (form.subtitle == nil ? 0 : 1)
        let height = min(rect.height, form.fields.count * 2 + 5 + extra)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, (rect.height - height) / 2), width: width, height: height)
        frame.fill(box, role: .normal)
        frame.drawBox(box, style: border, role: .accent, title: " \(form.title) ")
        let labelWidth = min(24, (form.fields.map { displayWidth($0.label) }.max() ?? 8) + 2)
        var y = box.y + 1
        if let subtitle = form.subtitle {
            frame.putLabel(subtitle, at: Point(x: box.x + 2, y: y), role: .dim, maxWidth: box.width - 4)
            y += 1
        }
        // More fields than rows: the window of fields moves with the focus.
        let rows = max(1, (box.maxY - 2 - y) / 2)
        let first = max(0, min(form.focus - rows + 1, form.fields.count - rows))
        for (i, field) in form.fields.enumerated() where i >= first && y < box.maxY - 2 {
            let focused = i == form.focus
            let marker = field.required ? "*" : " "
            frame.put(fit(field.label + marker, width: labelWidth), at: Point(x: box.x + 2, y: y), role: focused ? .selected : .normal)
            let x = box.x + 3 + labelWidth
            let w = box.maxX - 2 - x
            switch field.input {
            case .text(let t):
                let shown = field.secret ? TextField(text: String(repeating: "*", count: t.text.count)) : t
                shown.render(into: &frame, at: Point(x: x, y: y), width: w, focused: focused)
                if !field.isValid { frame.putLabel(s.t(.required), at: Point(x: x, y: y + 1), role: .warning, maxWidth: w) }
            case .choice(let options, let selected):
                let inline = options.map { displayWidth($0.label) + 3 }.reduce(0, +)
                if inline > w, !options.isEmpty {
                    // Too many to show side by side: one at a time, Left/Right to change.
                    let one = "< \(options[selected].label) >  \(selected + 1)/\(options.count)"
                    frame.putLabel(one, at: Point(x: x, y: y), role: focused ? .selected : .accent, maxWidth: w)
                    y += 2
                    continue
                }
                var cx = x
                for (j, option) in options.enumerated() {
                    let label = j == selected ? "[\(option.label)]" : " \(option.label) "
                    cx += frame.putLabel(label, at: Point(x: cx, y: y), role: j == selected ? (focused ? .selected : .accent) : .dim, maxWidth: max(0, box.maxX - 2 - cx)) + 1
                }
            }
            y += 2
        }
        if let meaning = form.meaning {
            let text = s.t(.signingMeans) + (s.isChinese ? meaning.chinese : meaning.english)
            frame.putLabel(text, at: Point(x: box.x + 2, y: box.maxY - 3), role: .accent, maxWidth: box.width - 4)
        }
        if let error = form.error {
            frame.putLabel(error, at: Point(x: box.x + 2, y: box.maxY - 2), role: .error, maxWidth: box.width - 4)
        } else if form.fields.indices.contains(form.focus), let help = form.fields[form.focus].help {
            frame.putLabel(help, at: Point(x: box.x + 2, y: box.maxY - 2), role: .dim, maxWidth: box.width - 4)
        } else {
            frame.putLabel(s.t(.formHint), at: Point(x: box.x + 2, y: box.maxY - 2), role: .dim, maxWidth: box.width - 4)
        }
    }
}
