import Testing
@testable import TerminalUI

/// Display columns at which `separator` occurs in `line`.
func separatorColumns(_ line: String, _ separator: Character = "|") -> [Int] {
    var columns: [Int] = []
    var x = 0
    for c in line {
        if c == separator { columns.append(x) }
        x += displayWidth(c)
    }
    return columns
}

/// Counts how many rows a table asked for.
final class Counter { var count = 0 }

@Suite("TableView and TableState")
struct TableViewTests {
    let columns = [
        TableColumn("编号", width: .fixed(6)),
        TableColumn("名称 Name", width: .flexible(min: 8)),
        TableColumn("科室", width: .fixed(6), alignment: .right),
    ]

    @Test("flexible columns take the room fixed ones leave")
    func widths() {
        let table = TableView(columns: columns, rows: [], separator: "|")
        // 30 - 2 separators - 6 - 6 = 16 for the flexible column.
        #expect(table.columnWidths(totalWidth: 30) == [6, 16, 6])
        // Too narrow: the flexible column keeps its minimum and drawing clips.
        #expect(table.columnWidths(totalWidth: 10) == [6, 8, 6])
        let weighted = TableView(columns: [
            TableColumn("a", width: .flexible(min: 1, weight: 1)),
            TableColumn("b", width: .flexible(min: 1, weight: 2)),
        ], rows: [])
        // 11 - 1 separator - 2 minimums = 8 spare: 8*1/3 = 2 and 8*2/3 = 5, 1 left over goes left.
        #expect(weighted.columnWidths(totalWidth: 11) == [4, 6])
    }

    @Test("a capped column stops at its maximum; the others take the rest, and room nobody may take stays empty")
    func caps() {
        let table = TableView(columns: [
            TableColumn("dept", width: .flexible(min: 10, weight: 3, max: 40)),
            TableColumn("note", width: .flexible(min: 5, weight: 1, max: 20)),
            TableColumn("n", width: .fixed(5)),
        ], rows: [], separator: " ")
        // 100 - 2 separators - 5 - 15 minimums = 78 spare: 3/4 → dept +58 capped at +30 (40),
        // 1/4 → note +19 capped at +15 (20); what is left (33) stays empty at the right.
        #expect(table.columnWidths(totalWidth: 100) == [40, 20, 5])
        // 40 wide: 40 - 2 - 5 - 15 = 18 spare: dept +13, note +4, the one left over to dept.
        #expect(table.columnWidths(totalWidth: 40) == [24, 9, 5])
        // One column capped, the other not: the uncapped one takes what the capped one cannot.
        let mixed = TableView(columns: [
            TableColumn("a", width: .flexible(min: 2, weight: 1, max: 4)),
            TableColumn("b", width: .flexible(min: 2, weight: 1)),
        ], rows: [], separator: " ")
        #expect(mixed.columnWidths(totalWidth: 21) == [4, 16])
    }

    @Test("Chinese and ASCII cells line up: separators sit at the same display column on every row")
    func alignment() {
        let rows = [
            TableRow(["CT-001", "呼吸机", "ICU"]),
            TableRow(["X2", "Ventilator", "急诊"]),
            TableRow(["设备名称", "重症医学科呼吸治疗仪器", "重症医学科"]),
        ]
        let table = TableView(columns: columns, rows: rows, separator: "|", showsPosition: false)
        var frame = Frame(size: Size(width: 30, height: 5))
        table.render(into: &frame, rect: frame.bounds, state: TableState(rowCount: 3, selected: 1))
        // Separators after the 6-wide code column (column 6) and the 16-wide name (6 + 1 + 16 = 23).
        for y in 0..<4 {
            #expect(separatorColumns(frame.row(y)) == [6, 23], "row \(y): \(frame.row(y))")
            #expect(displayWidth(frame.row(y)) == 30)
        }
        #expect(frame.row(1) == "CT-001|呼吸机          |   ICU")
        #expect(frame.row(3) == "设备..|重症医学科呼吸..|重症..")
        #expect(frame.roles(0).allSatisfy { $0 == .header })
        #expect(frame.roles(2).allSatisfy { $0 == .selected })   // selected row 1 is frame row 2
        #expect(frame.roles(1).allSatisfy { $0 == .normal })
    }

    @Test("per-cell roles are drawn, and the separator stays in place")
    func cellRoles() {
        let rows = [TableRow(["A1", "监护仪", "[逾期]"], cellRoles: [nil, nil, .overdue]),
                    TableRow(["A2", "x", "ok"])]
        let table = TableView(columns: columns, rows: rows, separator: "|", showsPosition: false)
        var frame = Frame(size: Size(width: 30, height: 3))
        table.render(into: &frame, rect: frame.bounds, state: TableState(rowCount: 2, selected: 1))
        #expect(frame.row(1) == "A1    |监护仪          |[逾期]")
        #expect(separatorColumns(frame.row(1)) == [6, 23])
        #expect(frame.roles(1)[24] == .overdue && frame.roles(1)[0] == .normal)
    }

    @Test("15,000 rows: only visible rows are formatted and the selection stays visible")
    func scrolling() {
        let counter = Counter()
        let table = TableView(columns: [TableColumn("#", width: .flexible(min: 5))], rowCount: 15_000) { i in
            counter.count += 1
            return TableRow(["row \(i)"])
        }
        var frame = Frame(size: Size(width: 20, height: 10))   // header + 8 rows + footer
        #expect(table.visibleRowCount(in: frame.bounds) == 8)
        var state = TableState(rowCount: 15_000)
        state.end()                                             // selected 14_999
        state = table.render(into: &frame, rect: frame.bounds, state: state)
        #expect(counter.count == 8)
        #expect(state.offset == 14_992)                         // 14_999 - 8 + 1
        #expect(frame.row(8).hasPrefix("row 14999"))           // last body row is the selection
        #expect(frame.roles(8)[0] == .selected)
        #expect(frame.row(9) == "         15000/15000")         // footer, right-aligned in 20 columns
        state.moveUp(by: 10)                                    // 14_989: above the window
        state = table.render(into: &frame, rect: frame.bounds, state: state)
        #expect(state.offset == 14_989)
        #expect(frame.row(1).hasPrefix("row 14989"))
        #expect(frame.row(9).hasSuffix("14990/15000"))
    }

    @Test("state moves clamp")
    func stateMoves() {
        var s = TableState(rowCount: 100)
        s.moveUp()
        #expect(s.selected == 0)
        s.pageDown(by: 8)
        #expect(s.selected == 8)
        s.end()
        #expect(s.selected == 99)
        s.moveDown(by: 5)
        #expect(s.selected == 99)
        s.home()
        #expect(s.selected == 0)
        let handledG = s.handle(.char("G"), page: 10)
        #expect(handledG && s.selected == 99)
        let handledCtrlU = s.handle(.ctrl("u"), page: 10)
        #expect(handledCtrlU && s.selected == 94)   // half a page
        let handledEnter = s.handle(.enter, page: 10)
        #expect(!handledEnter)
        s.setRowCount(20)
        #expect(s.selected == 19)
        #expect(TableState(rowCount: 5, selected: 50).selected == 4)
        #expect(TableState(rowCount: 0).positionText == "0/0")
    }

    @Test("an empty table shows its empty text and 0/0")
    func empty() {
        let table = TableView(columns: columns, rows: [], emptyText: "无设备 No devices")
        var frame = Frame(size: Size(width: 30, height: 4))
        let state = table.render(into: &frame, rect: frame.bounds, state: TableState(rowCount: 0))
        #expect(state.positionText == "0/0")
        #expect(frame.row(1).hasPrefix("无设备 No devices"))
        #expect(frame.row(3).hasSuffix("0/0"))
    }
}
