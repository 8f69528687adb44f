/// Names of interface texts; each has a Chinese and an English form in ``Strings``.
public enum TextID: String, CaseIterable, Sendable {
    // Screens and titles
    case appName, dashboard, archive, deviceDetail, help, history, departmentsTitle, fleetTotal
    // Columns
    case colTag, colName, colDepartment, colDeptShort, colStatus, colModel, colLocation, colKey, colTotal
    case colInService, colStandby, colStopped, colScrapped, colWhen, colBy, colAction, colDetail
    case field, value
    // Device fields (R6)
    case fTag, fName, fNameEN, fDepartment, fCategory, fLifeSupport, fEmergency, fRadiation
    case fManufacturer, fModel, fSerial, fInService, fStatus, fWarranty, fCustodian, fLocation
    // Statuses (R7)
    case statusInService, statusStandby, statusStopped, statusAwaitingScrap, statusScrapped
    // Roles (R1)
    case roleEngineer, roleCustodian, roleOperator, roleDeptHead, roleEquipmentHead, roleDirector, roleAuditor
    // Words
    case yes, no, all, keyDepartmentTag, none, actionCreated, actionChanged
    // Commands (the command table's titles)
    case cmdHelp, cmdQuit, cmdBack, cmdLanguage, cmdUp, cmdDown, cmdPageUp, cmdPageDown, cmdTop, cmdBottom
    case cmdOpen, cmdArchive, cmdSearch, cmdFilterDepartment, cmdFilterStatus, cmdClearFilters, cmdCancel
    case cmdConfirm, cmdRefresh
    // Inspections and reports
    case colKind, colDue, colDaysOverdue, colDaysLeft, colDueCount, colOnTime, colLate, colMissed, colRate
    case overdueTitle, dueSoonTitle, complianceTitle, asOf, goalMet, goalMissed, overallLabel, priorityLabel, missesTitle
    case kindTenDay, kindMonthly, kindQuarterly
    case overdueBoard, overdueTag, dueSoonTag, colDays, nothingOverdue, colOverdue, exported, cmdOverdue, cmdFilterKind, cmdExport
    // Round mode
    case roundTitle, dressReminder, progress, resultOK, resultHazard, resultFault, skipped, roundEmpty, roundFinished
    case lastInspected, checklist, oncePerRoom, noteLabel, skipInUse, skipNotFound, skipOther, chooseRoundKind, chooseSkipReason
    case cmdRound, cmdAllNormal, cmdHazard, cmdFault, cmdSkip, selectDepartmentFirst, recordedHazard, recordedFault
    // Messages
    case tooSmall, searchPrompt, noMatches, filteredBy, chooseDepartment, helpIntro, helpGlobal, helpThisScreen
    case devicesCount, languageSwitched, refreshed, updatedByOthers, dayChanged
}

extension Strings {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func pair(_ id: TextID) -> (zh: String, en: String) {
        switch id {
        case .appName: return ("巡检", "Rounds")
        case .dashboard: return ("总览", "Dashboard")
        case .archive: return ("设备档案", "Equipment archive")
        case .deviceDetail: return ("设备详情", "Device")
        case .help: return ("帮助", "Help")
        case .history: return ("记录历史", "History")
        case .departmentsTitle: return ("各科室设备", "Devices by department")
        case .fleetTotal: return ("全院合计", "Hospital total")
        case .colTag: return ("资产编号", "Tag")
        case .colName: return ("设备名称", "Name")
        case .colDepartment: return ("科室", "Department")
        case .colDeptShort: return ("科室", "Dept")
        case .colStatus: return ("状态", "Status")
        case .colModel: return ("型号", "Model")
        case .colLocation: return ("存放地点", "Location")
        case .colKey: return ("重点", "Key")
        case .colTotal: return ("合计", "Total")
        case .colInService: return ("在用", "In use")
        case .colStandby: return ("备用", "Standby")
        case .colStopped: return ("停用", "Stopped")
        case .colScrapped: return ("报废", "Scrapped")
        case .colWhen: return ("时间", "When")
        case .colBy: return ("操作人", "By")
        case .colAction: return ("操作", "Action")
        case .colDetail: return ("内容", "Detail")
        case .field: return ("项目", "Field")
        case .value: return ("内容", "Value")
        case .fTag: return ("资产编号", "Asset number")
        case .fName: return ("设备名称", "Name")
        case .fNameEN: return ("英文名称", "English name")
        case .fDepartment: return ("使用科室", "Department")
        case .fCategory: return ("设备类别", "Category")
        case .fLifeSupport: return ("生命支持类", "Life support")
        case .fEmergency: return ("急救类", "Emergency care")
        case .fRadiation: return ("射线装置", "Radiation device")
        case .fManufacturer: return ("生产厂家", "Manufacturer")
        case .fModel: return ("规格型号", "Model")
        case .fSerial: return ("出厂编号", "Serial number")
        case .fInService: return ("启用日期", "In service since")
        case .fStatus: return ("状态", "Status")
        case .fWarranty: return ("保修截止", "Warranty until")
        case .fCustodian: return ("保管人", "Custodian")
        case .fLocation: return ("存放地点", "Location")
        case .statusInService: return ("在用", "in service")
        case .statusStandby: return ("备用", "standby")
        case .statusStopped: return ("停用", "stopped")
        case .statusAwaitingScrap: return ("待报废", "awaiting scrapping")
        case .statusScrapped: return ("已报废", "scrapped")
        case .roleEngineer: return ("维修工程师", "engineer")
        case .roleCustodian: return ("保管人", "custodian")
        case .roleOperator: return ("操作人员", "operator")
        case .roleDeptHead: return ("科主任", "department head")
        case .roleEquipmentHead: return ("设备科主任", "equipment head")
        case .roleDirector: return ("院领导", "director")
        case .roleAuditor: return ("审计", "auditor")
        case .yes: return ("是", "yes")
        case .no: return ("否", "no")
        case .all: return ("全部", "all")
        case .keyDepartmentTag: return ("[重点]", "[KEY]")
        case .none: return ("无", "none")
        case .actionCreated: return ("建档", "created")
        case .actionChanged: return ("修改", "changed")
        case .cmdHelp: return ("帮助", "help")
        case .cmdQuit: return ("退出", "quit")
        case .cmdBack: return ("返回", "back")
        case .cmdLanguage: return ("English", "中文")
        case .cmdUp: return ("上移", "up")
        case .cmdDown: return ("下移", "down")
        case .cmdPageUp: return ("上一页", "page up")
        case .cmdPageDown: return ("下一页", "page down")
        case .cmdTop: return ("第一行", "first")
        case .cmdBottom: return ("最后一行", "last")
        case .cmdOpen: return ("打开", "open")
        case .cmdArchive: return ("设备档案", "archive")
        case .cmdSearch: return ("搜索", "search")
        case .cmdFilterDepartment: return ("按科室", "department")
        case .cmdFilterStatus: return ("按状态", "status")
        case .cmdClearFilters: return ("清除筛选", "clear filters")
        case .cmdCancel: return ("取消", "cancel")
        case .cmdConfirm: return ("确定", "confirm")
        case .cmdRefresh: return ("刷新", "refresh")
        case .colKind: return ("类别", "Kind")
        case .colDue: return ("到期日", "Due")
        case .colDaysOverdue: return ("逾期天数", "Days overdue")
        case .colDaysLeft: return ("剩余天数", "Days left")
        case .colDueCount: return ("应检", "Due")
        case .colOnTime: return ("按时", "On time")
        case .colLate: return ("逾期完成", "Late")
        case .colMissed: return ("漏检", "Missed")
        case .colRate: return ("完成率", "Rate")
        case .overdueTitle: return ("逾期巡检", "Overdue inspections as of")
        case .dueSoonTitle: return ("7天内到期", "Due within 7 days")
        case .complianceTitle: return ("巡检完成情况", "Inspection compliance")
        case .asOf: return ("截至", "as of")
        case .goalMet: return ("[达标]", "[MET]")
        case .goalMissed: return ("[未达标]", "[NOT MET]")
        case .overallLabel: return ("全部设备完成率", "All devices")
        case .priorityLabel: return ("生命支持类及急救类完成率", "Life-support and emergency devices")
        case .missesTitle: return ("漏检清单", "Missed inspections")
        case .kindTenDay: return ("十日巡查", "ten-day")
        case .kindMonthly: return ("月度巡查", "monthly")
        case .kindQuarterly: return ("季度检查", "quarterly")
        case .overdueBoard: return ("逾期看板", "Overdue board")
        case .overdueTag: return ("[逾期]", "[OVERDUE]")
        case .dueSoonTag: return ("[将到期]", "[DUE SOON]")
        case .colDays: return ("天数", "Days")
        case .nothingOverdue: return ("没有逾期或将到期的巡检", "Nothing overdue or due soon")
        case .colOverdue: return ("逾期", "Overdue")
        case .exported: return ("已导出", "Exported to")
        case .cmdOverdue: return ("逾期看板", "overdue")
        case .cmdFilterKind: return ("按类别", "kind")
        case .cmdExport: return ("导出CSV", "export CSV")
        case .roundTitle: return ("巡查", "Round")
        case .dressReminder: return ("[着装] 重点科室：进出请遵守本科室着装要求 (R20)", "[DRESS] Key department: follow its dress requirements (R20)")
        case .progress: return ("进度", "Progress")
        case .resultOK: return ("正常", "normal")
        case .resultHazard: return ("隐患", "hazard")
        case .resultFault: return ("故障", "fault")
        case .skipped: return ("跳过", "skipped")
        case .roundEmpty: return ("本科室没有需要巡查的设备", "No devices to inspect in this department")
        case .roundFinished: return ("[完成] 本次巡查已全部记录，按 q 返回", "[DONE] Every device is recorded; q to go back")
        case .lastInspected: return ("上次巡查", "Last inspected")
        case .checklist: return ("检查项目", "Checklist")
        case .oncePerRoom: return ("本房间一次", "once per room")
        case .noteLabel: return ("说明", "note")
        case .skipInUse: return ("使用中", "in use")
        case .skipNotFound: return ("未找到", "not found")
        case .skipOther: return ("其他", "other")
        case .chooseRoundKind: return ("选择巡查类别", "Choose the round")
        case .chooseSkipReason: return ("跳过原因", "Why skip?")
        case .cmdRound: return ("开始巡查", "round")
        case .cmdAllNormal: return ("正常", "all normal")
        case .cmdHazard: return ("隐患", "hazard")
        case .cmdFault: return ("故障", "fault")
        case .cmdSkip: return ("跳过", "skip")
        case .selectDepartmentFirst: return ("请先选择一个科室", "Select a department first")
        case .recordedHazard: return ("已登记隐患", "Hazard item opened")
        case .recordedFault: return ("已登记故障", "Fault recorded")
        case .tooSmall: return ("终端太小", "Terminal too small")
        case .searchPrompt: return ("搜索", "Search")
        case .noMatches: return ("没有符合条件的设备", "No devices match")
        case .filteredBy: return ("筛选", "Filter")
        case .chooseDepartment: return ("选择科室", "Choose a department")
        case .helpIntro: return ("方向键或 j/k 移动，Enter 打开，q 返回，Esc 取消。", "Arrows or j/k move, Enter opens, q goes back, Esc cancels.")
        case .helpGlobal: return ("所有界面", "Everywhere")
        case .helpThisScreen: return ("本界面", "This screen")
        case .devicesCount: return ("台设备", "devices")
        case .languageSwitched: return ("已切换为中文", "Switched to English")
        case .refreshed: return ("已刷新", "Refreshed")
        case .updatedByOthers: return ("数据已由他人更新", "Updated with changes made by others")
        case .dayChanged: return ("日期已变更，已重新计算", "A new day: everything recalculated")
        }
    }
}
