#!/usr/bin/env python3
"""Generate the fictional sample hospital of Rounds (Data/*.csv and Data/README.md).

    python3 Data/generate_sample.py           # rewrite the files
    python3 Data/generate_sample.py --check   # exit 1 if the files on disk differ

Standard library only. Every value is either written out below or drawn from
random.Random(SEED) through rng.random() alone (stable across Python versions),
so the output is byte-for-byte the same on every run and machine.

Output: RFC 4180 CSV, UTF-8 without BOM, CRLF line ends, header row with the
English column names of shared/CONTRACT.md ("Import (CSV)"); equipment.csv has
one extra column, name_en, right after name, and the optional R6 columns after location. Data/gb18030/departments.csv is the
departments file as Excel on a Chinese Windows writes it: GB18030, Chinese
headers, 是/否.
"""

import csv
import datetime as dt
import io
import os
import random
import re
import sys
from collections import Counter, OrderedDict

SEED = 20260301
FIRST_DAY = dt.date(2012, 1, 1)
LAST_DAY = dt.date(2026, 9, 30)
HERE = os.path.dirname(os.path.abspath(__file__))

rng = random.Random(SEED)


def rand_below(n):
    """0 <= k < n, using only Random.random() (whose sequence is stable across versions)."""
    return int(rng.random() * n)


def rand_day(first, last):
    return first + dt.timedelta(days=rand_below((last - first).days + 1))


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def yn(flag):
    return "yes" if flag else "no"


# --------------------------------------------------------------------------------------------
# Departments: code, Chinese name, English name, key department (重点科室, IMR 1.1 / R11)
# --------------------------------------------------------------------------------------------
DEPARTMENTS = [
    ("ED", "急诊科", "Emergency Department", True),
    ("ICU", "重症医学科", "Intensive Care Unit", True),
    ("OR", "手术室", "Operating Theatres", True),
    ("LD", "产房", "Delivery Rooms", True),
    ("HBO", "高压氧舱", "Hyperbaric Oxygen", True),
    ("IMG", "医学影像中心", "Imaging Centre", False),
    ("CARD", "心内科", "Cardiology", False),
    ("RESP", "呼吸内科", "Respiratory Medicine", False),
    ("PED", "儿科", "Paediatrics", False),
    ("NEO", "新生儿科", "Neonatology", False),
    ("LAB", "检验科", "Clinical Laboratory", False),
    ("HD", "血液透析室", "Haemodialysis", False),
    ("GS", "普通外科", "General Surgery", False),
    ("ENDO", "消化内镜中心", "Endoscopy Centre", False),
    ("EQ", "设备科", "Equipment Department", False),
    ("ADM", "院长办公室", "Director's Office", False),
    ("QM", "质量管理科", "Quality Management", False),
]
DEPT_CODES = [d[0] for d in DEPARTMENTS]

# --------------------------------------------------------------------------------------------
# People: login (pinyin), name, roles, department. Per clinical department: dept-head,
# custodian (head nurse / chief technician, also an operator) and two operators.
# --------------------------------------------------------------------------------------------
CLINICAL_STAFF = {
    #        dept-head                  custodian                  operator                  operator
    "ED":   [("zhaozhigang", "赵志刚"), ("wangfang", "王芳"),       ("linxiaoyan", "林晓燕"), ("huangjun", "黄俊")],
    "ICU":  [("wuhaitao", "吴海涛"),    ("zhengli", "郑丽"),        ("xutingting", "许婷婷"), ("machao", "马超")],
    "OR":   [("qianzhiyuan", "钱志远"), ("fengjing", "冯静"),       ("dengjia", "邓佳"),      ("caoxue", "曹雪")],
    "LD":   [("luohuimin", "罗慧敏"),   ("hanmei", "韩梅"),         ("tangxiaoli", "唐晓丽"), ("pengjuan", "彭娟")],
    "HBO":  [("jiangwenbin", "蒋文斌"), ("xiehong", "谢红"),        ("songkai", "宋凯"),      ("yuqian", "余倩")],
    "IMG":  [("gaojianhua", "高建华"),  ("liangbin", "梁斌"),       ("dupeng", "杜鹏"),       ("yeping", "叶萍")],
    "CARD": [("huyonggang", "胡永刚"),  ("panliping", "潘丽萍"),    ("yuanyuan", "袁媛"),     ("shilei", "石磊")],
    "RESP": [("dongweiguo", "董卫国"),  ("tianxiaohong", "田小红"), ("jiangxue", "姜雪"),     ("fuqiang", "傅强")],
    "PED":  [("chengming", "程明"),     ("xuena", "薛娜"),          ("baixuemei", "白雪梅"),  ("zouyang", "邹阳")],
    "NEO":  [("luhongmei", "陆红梅"),   ("cuiyan", "崔艳"),         ("fanlin", "范琳"),       ("xiayu", "夏雨")],
    # Two people named 王芳: the second one's login carries a digit, as hospitals do it.
    "LAB":  [("mengqinghua", "孟庆华"), ("qinya", "秦雅"),          ("jiatao", "贾涛"),       ("wangfang2", "王芳")],
    "HD":   [("shiwen", "史文"),        ("fangxiuying", "方秀英"),  ("jiangli", "江丽"),      ("tangmin", "汤敏")],
    "GS":   [("yangjianjun", "杨建军"), ("zhuhui", "朱慧"),         ("liaowei", "廖伟"),      ("jinxin", "金鑫")],
    "ENDO": [("weiguoqiang", "魏国强"), ("qiuhong", "邱红"),        ("gujia", "顾佳"),        ("maoli", "毛丽")],
}
CLINICAL_ROLES = ["dept-head", "custodian;operator", "operator", "operator"]

PEOPLE = [
    ("demo", "演示用户", "engineer;equipment-head", "EQ"),
    ("zhoujianguo", "周建国", "equipment-head;engineer", "EQ"),
    ("liming", "李明", "engineer", "EQ"),
    ("wanglei", "王磊", "engineer", "EQ"),
    ("chenzhiqiang", "陈志强", "engineer", "EQ"),
    ("liuyang", "刘洋", "engineer", "EQ"),
    # Keeps the equipment department's spare pool (备用设备库): engineer and custodian.
    ("zhangwei", "张伟", "engineer;custodian", "EQ"),
    ("sunweidong", "孙卫东", "director", "ADM"),
    ("helihua", "何丽华", "auditor", "QM"),
]
for _code, _staff in CLINICAL_STAFF.items():
    for (_login, _name), _roles in zip(_staff, CLINICAL_ROLES):
        PEOPLE.append((_login, _name, _roles, _code))

CUSTODIAN = {code: staff[1][0] for code, staff in CLINICAL_STAFF.items()}
CUSTODIAN["EQ"] = "zhangwei"

# --------------------------------------------------------------------------------------------
# Manufacturers: key -> (name as written in the ledger, serial-number pattern).
# Pattern: A = random capital letter, a = capital letter fixed for the ledger line (a product
# code), 9 = random digit, # = two-digit year of manufacture, anything else literal.
# --------------------------------------------------------------------------------------------
MANUFACTURERS = {
    "mindray":    ("迈瑞 Mindray", "aa-#999999"),
    "philips":    ("飞利浦 Philips", "US#999999"),
    "ge":         ("GE医疗 GE Healthcare", "#99999HMA"),
    "siemens":    ("西门子 Siemens Healthineers", "1999999"),
    "draeger":    ("德尔格 Dräger", "aaaa-9999"),
    "uih":        ("联影 United Imaging", "UIH#99999"),
    "edan":       ("理邦 Edan", "ED#9999999"),
    "comen":      ("科曼 Comen", "CM#9999999"),
    "aeonmed":    ("谊安 Aeonmed", "AE#999999"),
    "stryker":    ("史赛克 Stryker", "#9999999"),
    "fresenius":  ("费森尤斯 Fresenius", "9AAA9999"),
    "bbraun":     ("贝朗 B. Braun", "9999999"),
    "olympus":    ("奥林巴斯 Olympus", "2999999"),
    "nihon":      ("日本光电 Nihon Kohden", "99999"),
    "hamilton":   ("哈美顿 Hamilton Medical", "999999"),
    "maquet":     ("迈柯唯 Maquet", "#99999"),
    "laerdal":    ("挪度 Laerdal", "LA#99999"),
    "yuwell":     ("鱼跃 Yuwell", "YW#999999"),
    "erbe":       ("爱尔博 ERBE", "10999999"),
    "medtronic":  ("美敦力 Medtronic", "TA#99999A"),
    "fujifilm":   ("富士胶片 Fujifilm", "9A999999"),
    "radiometer": ("雷度米特 Radiometer", "999A9999"),
    "sysmex":     ("希森美康 Sysmex", "99999"),
    "roche":      ("罗氏 Roche", "#999-99"),
    "beckman":    ("贝克曼库尔特 Beckman Coulter", "B#99999"),
    "abbott":     ("雅培 Abbott", "ISR99999"),
    "bd":         ("碧迪 BD", "PHX#9999"),
    "bayer":      ("拜耳 Bayer", "#99999"),
    "carestream": ("锐珂 Carestream", "DRX#9999"),
    "zoll":       ("卓尔 ZOLL", "AF#A999999"),
    "fph":        ("费雪派克 Fisher & Paykel", "#9999999999"),
    "resmed":     ("瑞思迈 ResMed", "2#9999999"),
    "natus":      ("纳图斯 Natus", "NB#99999"),
    "david":      ("戴维医疗 David Medical", "DV#99999"),
    "linet":      ("利奈特 LINET", "#99999999"),
    "atlas":      ("阿特拉斯·科普柯 Atlas Copco", "AII999999"),
    "hongyuan":   ("宏远氧业 Hongyuan Oxygen", "HY#9999"),
    "xiangyi":    ("湘仪 Xiangyi", "XY#99999"),
    "thermo":     ("赛默飞 Thermo Fisher", "4#999999"),
    "shenan":     ("申安 Shen'an", "SA#99999"),
    "fluke":      ("福禄克 Fluke Biomedical", "9999999"),
    "baxter":     ("百特 Baxter", "PF#99999"),
    "nikkiso":    ("日机装 Nikkiso", "NK#99999"),
    "nipro":      ("尼普洛 Nipro", "NP#99999"),
    "smiths":     ("史密斯医疗 Smiths Medical", "SM#999999"),
}

# --------------------------------------------------------------------------------------------
# Device types: key -> (category, tag prefix, Chinese name, English name,
#                       life_support, emergency, radiation)
# Flags as the hospital sets them: life support = ventilators, anaesthesia machines, ECMO,
# IABP, infant incubators, hyperbaric chambers; emergency = defibrillators, suction units,
# bag-valve resuscitators, transport ventilators, crash-cart monitors, mechanical CPR;
# radiation = DR, mobile X-ray, CT, DSA, C-arm, mammography.
# --------------------------------------------------------------------------------------------
Y, N = True, False
TYPES = {
    "ventilator":   ("ventilator", "V", "呼吸机", "Ventilator", Y, N, N),
    "niv":          ("ventilator", "NV", "无创呼吸机", "Non-invasive ventilator", Y, N, N),
    "neo-vent":     ("ventilator", "V", "新生儿呼吸机", "Neonatal ventilator", Y, N, N),
    "transport-vent": ("ventilator", "TV", "转运呼吸机", "Transport ventilator", Y, Y, N),
    "anaesthesia":  ("anaesthesia", "AN", "麻醉机", "Anaesthesia machine", Y, N, N),
    "ecmo":         ("ecmo", "EC", "体外膜肺氧合系统(ECMO)", "ECMO system", Y, N, N),
    "iabp":         ("iabp", "IA", "主动脉内球囊反搏泵", "Intra-aortic balloon pump", Y, N, N),
    "monitor":      ("monitor", "M", "多参数监护仪", "Patient monitor", N, N, N),
    "ecg-monitor":  ("monitor", "M", "心电监护仪", "ECG monitor", N, N, N),
    "crash-monitor": ("monitor", "CM", "抢救车监护仪", "Crash-cart monitor", N, Y, N),
    "defib":        ("defibrillator", "DF", "除颤监护仪", "Defibrillator/monitor", N, Y, N),
    "cpr":          ("cpr", "CPR", "心肺复苏机", "Mechanical CPR device", N, Y, N),
    "infusion":     ("infusion-pump", "IP", "输液泵", "Infusion pump", N, N, N),
    "syringe":      ("syringe-pump", "SP", "注射泵", "Syringe pump", N, N, N),
    "ecg":          ("ecg", "ECG", "心电图机", "ECG machine", N, N, N),
    "us-colour":    ("ultrasound", "US", "彩色多普勒超声诊断仪", "Colour Doppler ultrasound system", N, N, N),
    "us-echo":      ("ultrasound", "US", "心脏彩色多普勒超声诊断仪", "Echocardiography ultrasound system", N, N, N),
    "us-portable":  ("ultrasound", "US", "便携式彩色超声诊断仪", "Portable colour ultrasound system", N, N, N),
    "dr":           ("dr", "DR", "数字化X射线摄影系统(DR)", "Digital radiography system (DR)", N, N, Y),
    "mobile-dr":    ("mobile-xray", "MX", "移动式数字化X射线摄影系统", "Mobile digital X-ray system", N, N, Y),
    "ct":           ("ct", "CT", "CT", "CT scanner", N, N, Y),
    "mri":          ("mri", "MR", "磁共振成像系统", "MRI system", N, N, N),
    "dsa":          ("dsa", "DSA", "数字减影血管造影系统(DSA)", "Angiography system (DSA)", N, N, Y),
    "c-arm":        ("c-arm", "CA", "移动式C形臂X射线机", "Mobile C-arm X-ray system", N, N, Y),
    "mammo":        ("mammography", "MG", "乳腺X射线摄影系统", "Mammography system", N, N, Y),
    "injector":     ("injector", "INJ", "高压注射器", "Contrast injector", N, N, N),
    "suction":      ("suction", "SU", "电动负压吸引器", "Electric suction unit", N, Y, N),
    "oxygen":       ("oxygen", "OX", "医用制氧机(供氧)", "Oxygen concentrator (oxygen supply)", N, N, N),
    "hfnc":         ("oxygen", "HF", "经鼻高流量湿化氧疗仪", "High-flow nasal oxygen therapy unit", N, N, N),
    "bvm":          ("resuscitator", "BV", "简易呼吸器", "Bag-valve resuscitator", N, Y, N),
    "esu":          ("electrosurgical", "ES", "高频电刀", "Electrosurgical unit", N, N, N),
    "lap":          ("endoscope", "LP", "腹腔镜摄像系统", "Laparoscopic video system", N, N, N),
    "gastroscope":  ("endoscope", "EN", "电子胃镜", "Video gastroscope", N, N, N),
    "colonoscope":  ("endoscope", "EN", "电子结肠镜", "Video colonoscope", N, N, N),
    "bronchoscope": ("endoscope", "EN", "电子支气管镜", "Video bronchoscope", N, N, N),
    "endo-proc":    ("endoscope", "EP", "内镜图像处理器", "Endoscope video processor", N, N, N),
    "washer":       ("washer-disinfector", "WD", "内镜清洗消毒机", "Endoscope washer-disinfector", N, N, N),
    "dialysis":     ("dialysis", "DL", "血液透析机", "Haemodialysis machine", N, N, N),
    "crrt":         ("dialysis", "CR", "连续性血液净化机(CRRT)", "CRRT machine", N, N, N),
    "incubator":    ("incubator", "IN", "婴儿培养箱", "Infant incubator", Y, N, N),
    "transport-inc": ("incubator", "TI", "婴儿转运培养箱", "Transport incubator", Y, N, N),
    "warmer":       ("warmer", "RW", "婴儿辐射保暖台", "Infant radiant warmer", N, N, N),
    "photo":        ("phototherapy", "PT", "新生儿蓝光治疗仪", "Neonatal phototherapy unit", N, N, N),
    "fetal":        ("fetal-monitor", "FM", "胎儿监护仪", "Fetal monitor", N, N, N),
    "delivery-bed": ("bed", "BD", "电动产床", "Electric delivery bed", N, N, N),
    "stretcher":    ("bed", "BD", "急诊转运平车", "Emergency stretcher", N, N, N),
    "wheelchair":   ("wheelchair", "WC", "轮椅", "Wheelchair", N, N, N),
    "hbo-multi":    ("hyperbaric-chamber", "HC", "多人空气加压氧舱", "Multiplace hyperbaric chamber", Y, N, N),
    "hbo-mono":     ("hyperbaric-chamber", "HC", "单人纯氧加压氧舱", "Monoplace hyperbaric chamber", Y, N, N),
    "compressor":   ("compressor", "CP", "医用空气压缩机", "Medical air compressor", N, N, N),
    "analyser":     ("analyser", "LA", "分析仪", "Analyser", N, N, N),
    "bloodgas":     ("analyser", "BG", "血气分析仪", "Blood gas analyser", N, N, N),
    "centrifuge":   ("centrifuge", "CF", "离心机", "Centrifuge", N, N, N),
    "microscope":   ("microscope", "MS", "生物显微镜", "Biological microscope", N, N, N),
    "autoclave":    ("autoclave", "ST", "立式压力蒸汽灭菌器", "Vertical steam steriliser (autoclave)", N, N, N),
    "or-light":     ("operating-light", "OL", "LED手术无影灯", "LED operating light", N, N, N),
    "or-table":     ("operating-table", "OT", "电动手术床", "Electric operating table", N, N, N),
    "test":         ("test-equipment", "TE", "检测设备", "Test equipment", N, N, N),
}


def beds(prefix, first, last, suffix="床"):
    """Bed/place names with two-digit numbers, so that sorting by text is walking order."""
    return ["%s%02d%s" % (prefix, n, suffix) for n in range(first, last + 1)]


class Line:
    """One ledger line: `count` devices of one type and model, bought together."""

    def __init__(self, kind, mfr, model, count, locations, years=(2012, 2026), status="in-service",
                 name=None, name_en=None):
        assert kind in TYPES, kind
        assert mfr in MANUFACTURERS, mfr
        self.kind, self.mfr, self.model, self.count = kind, mfr, model, count
        self.locations = [locations] if isinstance(locations, str) else list(locations)
        self.years, self.status, self.name, self.name_en = years, status, name, name_en


L = Line
SB, STOP, SCRAP = "standby", "stopped", "scrapped"

# --------------------------------------------------------------------------------------------
# The equipment ledger per department. Lines are in purchase/numbering order; the CSV is
# sorted by department, then location (text order = walking order), then tag.
# --------------------------------------------------------------------------------------------
ICU_BEDS = beds("ICU ", 1, 16)
ED_BEDS = beds("急诊抢救室 ", 1, 6)
THEATRES = ["%02d号手术间" % n for n in range(1, 11)]
NICU_BEDS = beds("NICU ", 1, 8)

LEDGER = OrderedDict()
LEDGER["ICU"] = [
    L("monitor", "mindray", "BeneVision N17", 10, ICU_BEDS[:10], (2018, 2024)),
    L("monitor", "philips", "IntelliVue MX750", 6, ICU_BEDS[10:], (2019, 2026)),
    L("monitor", "mindray", "BeneVision N12", 1, "ICU 设备间", (2018, 2024), SB),
    L("monitor", "mindray", "BeneView T5", 2, "ICU 设备间", (2012, 2013), STOP),
    L("ventilator", "draeger", "Evita V500", 4, ICU_BEDS[0:4], (2014, 2020)),
    L("ventilator", "hamilton", "HAMILTON-C6", 2, ICU_BEDS[4:6], (2017, 2023)),
    L("ventilator", "maquet", "Servo-u", 2, ICU_BEDS[6:8], (2016, 2023)),
    L("ventilator", "mindray", "SV800", 4, ICU_BEDS[8:12], (2017, 2026)),
    L("ventilator", "draeger", "Savina 300", 1, "ICU 设备间", (2014, 2018), SB),
    L("ventilator", "aeonmed", "Shangrila 510", 1, "ICU 设备间", (2013, 2017), SB),
    L("transport-vent", "hamilton", "HAMILTON-T1", 1, "ICU 抢救车", (2016, 2024)),
    L("ecmo", "maquet", "Cardiohelp", 1, "ICU 设备间", (2017, 2024)),
    L("crrt", "fresenius", "multiFiltrate", 1, "ICU 设备间", (2014, 2020)),
    L("crrt", "baxter", "Prismaflex", 1, "ICU 设备间", (2015, 2022)),
    L("defib", "philips", "HeartStart XL+", 1, "ICU 抢救车", (2014, 2022)),
    L("defib", "mindray", "BeneHeart D6", 1, "ICU 护士站", (2016, 2024)),
    L("crash-monitor", "mindray", "ePM 10", 1, "ICU 抢救车", (2019, 2026)),
    L("suction", "yuwell", "7E-A", 2, ["ICU 抢救车", "ICU 治疗室"], (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 2, ["ICU 抢救车", "ICU 护士站"], (2016, 2026)),
    L("infusion", "mindray", "BeneFusion VP5", 6, ICU_BEDS[0:6], (2016, 2024)),
    L("syringe", "bbraun", "Perfusor Space", 6, ICU_BEDS[0:6], (2015, 2024)),
    L("us-portable", "mindray", "TE7", 1, "ICU 护士站", (2017, 2026)),
    L("ecg", "ge", "MAC 2000", 1, "ICU 护士站", (2013, 2022)),
    L("bloodgas", "radiometer", "ABL90 FLEX", 1, "ICU 治疗室", (2014, 2024)),
]
LEDGER["ED"] = [
    L("stretcher", "stryker", "Prime Series 1115", 1, "急诊分诊台", (2015, 2024)),
    L("monitor", "mindray", "BeneVision N12", 4, ED_BEDS[0:4], (2018, 2026)),
    L("monitor", "comen", "C80", 2, ED_BEDS[4:6], (2016, 2024)),
    L("monitor", "mindray", "BeneVision N12", 1, "急诊设备间", (2018, 2026), SB),
    L("monitor", "mindray", "BeneView T5", 1, "急诊设备间", (2012, 2012), SCRAP),
    L("ventilator", "mindray", "SV600", 2, ED_BEDS[0:2], (2017, 2026)),
    L("ventilator", "aeonmed", "VG70", 1, ED_BEDS[2], (2015, 2023)),
    L("transport-vent", "draeger", "Oxylog 3000 plus", 1, "急诊抢救室 抢救车1", (2014, 2023)),
    L("defib", "philips", "HeartStart XL+", 1, "急诊抢救室 抢救车1", (2014, 2023)),
    L("defib", "zoll", "R Series Plus", 1, "急诊抢救室 抢救车2", (2013, 2022)),
    L("defib", "nihon", "TEC-5631", 1, "急诊观察室", (2014, 2023)),
    L("defib", "mindray", "BeneHeart D3", 1, "急诊设备间", (2016, 2024), SB),
    L("defib", "philips", "HeartStart XL M4735A", 1, "急诊设备间", (2012, 2012), STOP),
    L("crash-monitor", "mindray", "ePM 10", 1, "急诊抢救室 抢救车2", (2019, 2026)),
    L("cpr", "stryker", "LUCAS 3", 1, "急诊抢救室 抢救车1", (2016, 2026)),
    L("suction", "yuwell", "7E-A", 4, ["急诊抢救室 抢救车1", "急诊抢救室 抢救车2", "急诊清创室", "急诊观察室"],
      (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 3,
      ["急诊抢救室 抢救车1", "急诊抢救室 抢救车2", "急诊观察室"], (2016, 2026)),
    L("infusion", "mindray", "BeneFusion VP5", 4, ED_BEDS[0:4], (2016, 2024)),
    L("syringe", "mindray", "BeneFusion SP5", 4, ED_BEDS[0:4], (2016, 2024)),
    L("ecg", "nihon", "ECG-2350", 1, "急诊抢救室 护士站", (2012, 2020)),
    L("ecg", "edan", "SE-1200 Express", 1, "急诊观察室", (2015, 2024)),
    L("us-portable", "mindray", "M9", 1, "急诊抢救室 护士站", (2017, 2026)),
    L("bloodgas", "radiometer", "ABL90 FLEX", 1, "急诊抢救室 护士站", (2014, 2024)),
]
LEDGER["OR"] = [
    L("anaesthesia", "draeger", "Perseus A500", 3, THEATRES[0:3], (2014, 2021)),
    L("anaesthesia", "ge", "Aisys CS2", 3, THEATRES[3:6], (2015, 2022)),
    L("anaesthesia", "mindray", "WATO EX-65 Pro", 4, THEATRES[6:10], (2017, 2026)),
    L("anaesthesia", "draeger", "Fabius plus", 1, "手术室设备间", (2013, 2018), SB),
    L("anaesthesia", "draeger", "Fabius GS", 1, "手术室设备间", (2012, 2012), STOP),
    L("monitor", "mindray", "BeneVision N15", 6, THEATRES[0:6], (2018, 2026)),
    L("monitor", "philips", "IntelliVue MX750", 4, THEATRES[6:10], (2019, 2026)),
    L("monitor", "mindray", "ePM 12", 2, "复苏室", (2019, 2026)),
    L("monitor", "mindray", "ePM 12", 1, "手术室设备间", (2019, 2026), SB),
    L("esu", "medtronic", "Valleylab FT10", 3, THEATRES[0:3], (2016, 2024)),
    L("esu", "erbe", "VIO 300 D", 3, THEATRES[3:6], (2013, 2022)),
    L("esu", "medtronic", "Valleylab Force FX", 1, "手术室设备间", (2012, 2012), SCRAP),
    L("or-table", "maquet", "Alphamaxx", 2, THEATRES[0:2], (2014, 2022)),
    L("or-table", "mindray", "HyBase 6100", 2, THEATRES[2:4], (2017, 2026)),
    L("or-light", "mindray", "HyLED 9700", 2, THEATRES[0:2], (2017, 2026)),
    L("defib", "mindray", "BeneHeart D6", 2, ["05号手术间", "复苏室"], (2016, 2024)),
    L("suction", "yuwell", "7E-A", 2, ["复苏室", "手术室设备间"], (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 2, ["05号手术间", "复苏室"], (2016, 2026)),
    L("c-arm", "ge", "OEC Elite", 1, "08号手术间", (2018, 2024)),
    L("lap", "olympus", "VISERA ELITE II", 1, "04号手术间", (2017, 2024)),
    L("lap", "stryker", "1688 AIM 4K", 1, "05号手术间", (2019, 2026)),
    L("syringe", "bbraun", "Perfusor Space", 2, THEATRES[0:2], (2015, 2024)),
]
LEDGER["LD"] = [
    L("delivery-bed", "linet", "Ave 2", 3, ["产房 1号分娩室", "产房 2号分娩室", "产房 3号分娩室"], (2016, 2024)),
    L("warmer", "ge", "Panda iRes", 3, ["产房 1号分娩室", "产房 2号分娩室", "产房 3号分娩室"], (2014, 2023)),
    L("fetal", "philips", "Avalon FM30", 2, "产房 待产室", (2013, 2022)),
    L("fetal", "edan", "F9", 2, ["产房 1号分娩室", "产房 2号分娩室"], (2016, 2026)),
    L("fetal", "comen", "STAR8000", 1, "产房 护士站", (2014, 2022), SB),
    L("monitor", "mindray", "uMEC12", 2, ["产房 1号分娩室", "产房 2号分娩室"], (2016, 2024)),
    L("defib", "mindray", "BeneHeart D3", 1, "产房 抢救车", (2016, 2024)),
    L("suction", "yuwell", "7E-A", 2, ["产房 抢救车", "产房 3号分娩室"], (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "产房 抢救车", (2016, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Infant", 1, "产房 1号分娩室", (2016, 2026)),
    L("transport-inc", "draeger", "TI500 Globe-Trotter", 1, "产房 护士站", (2014, 2023)),
    L("infusion", "mindray", "BeneFusion VP5", 2, ["产房 1号分娩室", "产房 2号分娩室"], (2016, 2024)),
    L("us-portable", "mindray", "M9", 1, "产房 待产室", (2017, 2026)),
]
LEDGER["HBO"] = [
    L("hbo-multi", "hongyuan", "GY3200-12 (12-place)", 1, "高压氧 多人舱", (2013, 2019)),
    L("hbo-mono", "hongyuan", "NG90-IIIB", 1, "高压氧 单人舱", (2015, 2022)),
    L("monitor", "mindray", "uMEC12", 1, "高压氧 操作台", (2016, 2024)),
    L("defib", "mindray", "BeneHeart D3", 1, "高压氧 操作台", (2016, 2024)),
    L("suction", "yuwell", "7E-A", 1, "高压氧 操作台", (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "高压氧 多人舱", (2016, 2026)),
    L("transport-vent", "draeger", "Oxylog 3000 plus", 1, "高压氧 操作台", (2014, 2023)),
    L("compressor", "atlas", "GA 22 VSD+", 1, "高压氧 机房", (2013, 2019)),
    L("compressor", "atlas", "GA 22 VSD+", 1, "高压氧 机房", (2013, 2019), SB),
]
LEDGER["IMG"] = [
    # BS 6 (1): two DR, a 16-slice CT, a CT of >= 64 slices, an MRI of >= 1.5 T, three colour-Doppler
    # ultrasound units, two ECG machines, oxygen, suction, an ECG monitor.
    L("ct", "uih", "uCT 510 (16-slice)", 1, "CT室1", (2017, 2018), name="16层螺旋CT", name_en="16-slice CT scanner"),
    L("ct", "ge", "Revolution CT (256-row, 512-slice)", 1, "CT室2", (2018, 2019),
      name="256排螺旋CT", name_en="256-row (512-slice) CT scanner"),
    L("injector", "bayer", "MEDRAD Stellant", 2, ["CT室1", "CT室2"], (2016, 2019),
      name="CT高压注射器", name_en="CT contrast injector"),
    # BS 6 (2): rescue kit in each CT room (defibrillator, bag-valve resuscitator, oxygen, suction).
    L("defib", "mindray", "BeneHeart D3", 2, ["CT室1", "CT室2"], (2016, 2016)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 2, ["CT室1", "CT室2"], (2016, 2016)),
    L("oxygen", "yuwell", "9F-5AW", 2, ["CT室1", "CT室2"], (2016, 2016)),
    L("suction", "yuwell", "7E-A", 2, ["CT室1", "CT室2"], (2016, 2016)),
    L("dr", "siemens", "Ysio Max", 1, "DR室1", (2015, 2019)),
    L("dr", "uih", "uDR 780i", 1, "DR室2", (2017, 2019)),
    L("dsa", "philips", "Azurion 7 M20", 1, "DSA室", (2018, 2019)),
    L("mri", "siemens", "MAGNETOM Skyra 3T", 1, "MR室1", (2015, 2019),
      name="3.0T磁共振成像系统", name_en="3.0 T MRI system"),
    L("injector", "bayer", "MEDRAD MRXperion", 1, "MR室1", (2018, 2019),
      name="磁共振高压注射器", name_en="MR contrast injector"),
    L("mri", "uih", "uMR 570 1.5T", 1, "MR室2", (2017, 2019),
      name="1.5T磁共振成像系统", name_en="1.5 T MRI system"),
    L("mammo", "siemens", "MAMMOMAT Revelation", 1, "乳腺摄影室", (2017, 2019)),
    L("ecg-monitor", "mindray", "uMEC10", 1, "影像抢救室", (2016, 2019)),
    L("oxygen", "yuwell", "9F-5AW", 1, "影像抢救室", (2016, 2019)),
    L("suction", "yuwell", "7E-A", 1, "影像抢救室", (2016, 2019)),
    L("ecg", "nihon", "ECG-2350", 1, "心电图室", (2013, 2019)),
    L("ecg", "ge", "MAC 2000", 1, "心电图室", (2014, 2019)),
    L("mobile-dr", "carestream", "DRX-Revolution", 1, "移动DR存放间", (2016, 2019)),
    L("us-colour", "mindray", "Resona 7", 1, "超声室1", (2017, 2019)),
    L("us-colour", "philips", "EPIQ 7C", 1, "超声室2", (2016, 2019)),
    L("us-colour", "ge", "LOGIQ E10", 1, "超声室3", (2018, 2019)),
    L("us-echo", "ge", "Vivid E95", 1, "超声室4", (2017, 2019)),
]
LEDGER["CARD"] = [
    L("monitor", "mindray", "BeneVision N12", 6, beds("CCU ", 1, 6), (2018, 2026)),
    L("monitor", "mindray", "BeneView T8", 1, "心内科 设备间", (2012, 2013), STOP),
    L("iabp", "maquet", "Datascope CS300", 1, "导管室", (2015, 2022)),
    L("dsa", "siemens", "Artis zee floor", 1, "导管室", (2013, 2018)),
    L("defib", "mindray", "BeneHeart D3", 1, "导管室", (2016, 2024)),
    L("defib", "philips", "HeartStart XL+", 1, "心内科 抢救车", (2014, 2023)),
    L("suction", "yuwell", "7E-A", 1, "心内科 抢救车", (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "心内科 抢救车", (2016, 2026)),
    L("ecg", "edan", "SE-1200 Express", 1, "心内科 护士站", (2015, 2024)),
    L("ecg", "ge", "MAC 2000", 1, "心内科 护士站", (2013, 2022)),
    L("infusion", "fresenius", "Agilia VP", 3, beds("CCU ", 1, 3), (2016, 2024)),
    L("syringe", "fresenius", "Agilia SP", 4, beds("CCU ", 1, 4), (2016, 2024)),
    L("syringe", "fresenius", "Agilia SP", 1, "心内科 设备间", (2016, 2024), SB),
    L("us-echo", "ge", "Vivid T8", 1, "心内科 治疗室", (2017, 2024)),
]
LEDGER["RESP"] = [
    L("niv", "philips", "Respironics V60", 2, beds("呼吸内科 RICU ", 1, 2), (2015, 2023)),
    L("niv", "resmed", "Stellar 150", 1, "呼吸内科 RICU 03床", (2016, 2024)),
    L("niv", "philips", "Respironics V60", 1, "呼吸内科 设备间", (2015, 2023), SB),
    L("niv", "philips", "BiPAP Vision", 1, "呼吸内科 设备间", (2012, 2012), STOP),
    L("ventilator", "mindray", "SV600", 1, "呼吸内科 RICU 04床", (2017, 2026)),
    L("monitor", "mindray", "ePM 12", 4, beds("呼吸内科 RICU ", 1, 4), (2019, 2026)),
    L("hfnc", "fph", "AIRVO 2", 2, beds("呼吸内科 RICU ", 1, 2), (2016, 2026)),
    L("bronchoscope", "olympus", "BF-1TQ290", 1, "支气管镜室", (2015, 2023)),
    L("endo-proc", "olympus", "CV-290", 1, "支气管镜室", (2015, 2023)),
    L("defib", "mindray", "BeneHeart D3", 1, "呼吸内科 抢救车", (2016, 2024)),
    L("suction", "yuwell", "7E-A", 1, "呼吸内科 抢救车", (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "呼吸内科 抢救车", (2016, 2026)),
    L("syringe", "mindray", "BeneFusion SP5", 2, beds("呼吸内科 RICU ", 1, 2), (2016, 2024)),
    L("infusion", "mindray", "BeneFusion VP5", 2, beds("呼吸内科 RICU ", 3, 4), (2016, 2024)),
    L("ecg", "edan", "SE-1200 Express", 1, "呼吸内科 护士站", (2015, 2024)),
]
LEDGER["PED"] = [
    L("monitor", "mindray", "uMEC10", 5, beds("儿科 ", 1, 5), (2016, 2024)),
    L("infusion", "mindray", "BeneFusion VP5", 4, beds("儿科 ", 1, 4), (2016, 2024)),
    L("infusion", "mindray", "BeneFusion VP5", 1, "儿科 治疗室", (2016, 2024), SB),
    L("syringe", "mindray", "BeneFusion SP5", 3, beds("儿科 ", 1, 3), (2016, 2024)),
    L("syringe", "smiths", "Medfusion 3500", 1, "儿科 治疗室", (2012, 2013), STOP),
    L("ventilator", "mindray", "SV300", 1, "儿科 01床", (2017, 2026)),
    L("defib", "mindray", "BeneHeart D3", 1, "儿科 抢救车", (2016, 2024)),
    L("suction", "yuwell", "7E-A", 1, "儿科 抢救车", (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Paediatric", 1, "儿科 抢救车", (2016, 2026)),
    L("ecg", "nihon", "ECG-2350", 1, "儿科 护士站", (2012, 2020)),
]
LEDGER["NEO"] = [
    L("incubator", "draeger", "Babyleo TN500", 3, NICU_BEDS[0:3], (2016, 2024)),
    L("incubator", "ge", "Giraffe OmniBed Carestation", 2, NICU_BEDS[3:5], (2017, 2024)),
    L("incubator", "david", "YP-2008", 1, NICU_BEDS[5], (2013, 2019)),
    L("incubator", "david", "YP-2008", 1, "NICU 设备间", (2013, 2019), SB),
    L("incubator", "david", "YP-90A", 1, "NICU 设备间", (2012, 2012), SCRAP),
    L("warmer", "ge", "Panda iRes", 2, NICU_BEDS[6:8], (2014, 2023)),
    L("neo-vent", "draeger", "Babylog VN500", 2, NICU_BEDS[0:2], (2015, 2023)),
    L("neo-vent", "mindray", "SV300", 1, NICU_BEDS[2], (2017, 2026)),
    L("photo", "natus", "neoBLUE", 2, NICU_BEDS[3:5], (2015, 2024)),
    L("photo", "david", "XHZ-90L", 1, NICU_BEDS[5], (2014, 2022)),
    L("monitor", "philips", "IntelliVue MX450", 4, NICU_BEDS[0:4], (2017, 2024)),
    L("syringe", "bbraun", "Perfusor Space", 4, NICU_BEDS[0:4], (2015, 2024)),
    L("hfnc", "fph", "AIRVO 2", 1, NICU_BEDS[6], (2016, 2026)),
    L("transport-inc", "draeger", "TI500 Globe-Trotter", 1, "NICU 护士站", (2014, 2023)),
    L("suction", "yuwell", "7E-A", 1, "NICU 抢救车", (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Infant", 1, "NICU 抢救车", (2016, 2026)),
]
LEDGER["LAB"] = [
    L("analyser", "roche", "cobas c 702", 1, "检验科 生化室", (2016, 2022),
      name="全自动生化分析仪", name_en="Clinical chemistry analyser"),
    L("analyser", "mindray", "BS-2000M", 1, "检验科 生化室", (2017, 2024),
      name="全自动生化分析仪", name_en="Clinical chemistry analyser"),
    L("analyser", "beckman", "AU5800", 1, "检验科 生化室", (2013, 2019),
      name="全自动生化分析仪", name_en="Clinical chemistry analyser"),
    L("analyser", "roche", "cobas e 801", 1, "检验科 免疫室", (2017, 2023),
      name="电化学发光免疫分析仪", name_en="Electrochemiluminescence immunoassay analyser"),
    L("analyser", "abbott", "ARCHITECT i2000SR", 1, "检验科 免疫室", (2013, 2020),
      name="化学发光免疫分析仪", name_en="Chemiluminescence immunoassay analyser"),
    L("analyser", "sysmex", "XN-1000", 1, "检验科 临检室", (2015, 2022),
      name="全自动血细胞分析仪", name_en="Haematology analyser"),
    L("analyser", "sysmex", "XS-800i", 1, "检验科 临检室", (2012, 2012), STOP,
      name="全自动血细胞分析仪", name_en="Haematology analyser"),
    L("analyser", "mindray", "BC-6800 Plus", 1, "检验科 急诊检验室", (2018, 2024),
      name="全自动血细胞分析仪", name_en="Haematology analyser"),
    L("analyser", "sysmex", "CS-5100", 1, "检验科 临检室", (2016, 2023),
      name="全自动凝血分析仪", name_en="Coagulation analyser"),
    L("analyser", "sysmex", "UF-5000", 1, "检验科 临检室", (2017, 2024),
      name="全自动尿液有形成分分析仪", name_en="Urine particle analyser"),
    L("analyser", "bd", "Phoenix M50", 1, "检验科 微生物室", (2016, 2023),
      name="全自动微生物鉴定药敏分析仪", name_en="Microbial identification and susceptibility analyser"),
    L("bloodgas", "radiometer", "ABL800 FLEX", 1, "检验科 急诊检验室", (2013, 2020)),
    L("centrifuge", "xiangyi", "TDZ5-WS", 2, "检验科 样本前处理", (2014, 2024),
      name="台式低速自动平衡离心机", name_en="Benchtop low-speed centrifuge"),
    L("centrifuge", "xiangyi", "L530", 1, "检验科 样本前处理", (2012, 2012), SCRAP,
      name="台式低速离心机", name_en="Benchtop low-speed centrifuge"),
    L("centrifuge", "thermo", "Sorvall ST 16R", 1, "检验科 免疫室", (2015, 2023),
      name="台式冷冻离心机", name_en="Benchtop refrigerated centrifuge"),
    L("microscope", "olympus", "CX43", 2, ["检验科 临检室", "检验科 微生物室"], (2015, 2024)),
    L("microscope", "olympus", "CX31", 1, "检验科 临检室", (2012, 2012), STOP),
    L("autoclave", "shenan", "LDZX-50KBS", 1, "检验科 微生物室", (2014, 2022)),
]
LEDGER["HD"] = [
    L("dialysis", "fresenius", "4008S classix", 6, beds("血透室 ", 1, 6, "机位"), (2013, 2019)),
    L("dialysis", "fresenius", "5008S CorDiax", 2, beds("血透室 ", 7, 8, "机位"), (2018, 2024)),
    L("dialysis", "bbraun", "Dialog+", 2, beds("血透室 ", 9, 10, "机位"), (2015, 2022)),
    L("dialysis", "nikkiso", "DBB-27", 2, beds("血透室 ", 11, 12, "机位"), (2016, 2023)),
    L("dialysis", "nipro", "Surdial X", 1, "血透室 备用机位", (2017, 2023), SB),
    L("dialysis", "fresenius", "4008B", 1, "血透室 备用机位", (2012, 2012), STOP),
    L("monitor", "mindray", "ePM 10", 1, "血透室 护士站", (2019, 2026)),
    L("defib", "mindray", "BeneHeart D3", 1, "血透室 抢救车", (2016, 2024)),
    L("suction", "yuwell", "7E-A", 1, "血透室 抢救车", (2015, 2026)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "血透室 抢救车", (2016, 2026)),
]
LEDGER["GS"] = [
    L("monitor", "edan", "iM80", 4, beds("普外科 ", 1, 4), (2016, 2024)),
    L("monitor", "edan", "iM80", 1, "普外科 治疗室", (2016, 2024), SB),
    L("monitor", "edan", "M3", 1, "普外科 治疗室", (2012, 2012), STOP),
    L("infusion", "mindray", "BeneFusion VP5", 3, beds("普外科 ", 1, 3), (2016, 2024)),
    L("syringe", "mindray", "BeneFusion SP5", 2, beds("普外科 ", 1, 2), (2016, 2024)),
    L("suction", "yuwell", "7E-A", 2, ["普外科 抢救车", "普外科 治疗室"], (2015, 2026)),
    L("defib", "mindray", "BeneHeart D3", 1, "普外科 抢救车", (2016, 2024)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "普外科 抢救车", (2016, 2026)),
    L("ecg", "edan", "SE-1200 Express", 1, "普外科 护士站", (2015, 2024)),
    L("wheelchair", "yuwell", "H050", 2, "普外科 护士站", (2016, 2026)),
]
ENDO_ROOMS = ["内镜中心 1号检查室", "内镜中心 2号检查室", "内镜中心 3号检查室"]
LEDGER["ENDO"] = [
    L("endo-proc", "olympus", "CV-290", 2, ENDO_ROOMS[0:2], (2015, 2022)),
    L("endo-proc", "fujifilm", "VP-7000", 1, ENDO_ROOMS[2], (2018, 2024)),
    L("gastroscope", "olympus", "GIF-HQ290", 2, ENDO_ROOMS[0:2], (2015, 2023)),
    L("gastroscope", "olympus", "GIF-HQ290", 1, "内镜中心 洗消间", (2015, 2023), SB),
    L("gastroscope", "fujifilm", "EG-760R", 1, ENDO_ROOMS[2], (2018, 2024)),
    L("colonoscope", "olympus", "CF-HQ290I", 2, ENDO_ROOMS[0:2], (2015, 2023)),
    L("colonoscope", "fujifilm", "EC-760R-V/I", 1, ENDO_ROOMS[2], (2018, 2024)),
    L("monitor", "mindray", "uMEC12", 3, ENDO_ROOMS, (2016, 2024)),
    L("monitor", "mindray", "uMEC12", 1, "内镜中心 复苏区", (2016, 2024)),
    L("esu", "erbe", "VIO 3", 1, ENDO_ROOMS[0], (2019, 2026)),
    L("washer", "olympus", "OER-Pro", 2, "内镜中心 洗消间", (2015, 2023)),
    L("suction", "yuwell", "7E-A", 1, "内镜中心 抢救车", (2015, 2026)),
    L("defib", "mindray", "BeneHeart D3", 1, "内镜中心 抢救车", (2016, 2024)),
    L("bvm", "laerdal", "Silicone Resuscitator Adult", 1, "内镜中心 抢救车", (2016, 2026)),
]
POOL = "设备科 备用设备库"
LEDGER["EQ"] = [
    # The spare pool: substitutes lent to departments while their key equipment is repaired.
    L("ventilator", "mindray", "SV600", 1, POOL, (2017, 2026), SB),
    L("ventilator", "draeger", "Savina 300, Select", 1, POOL, (2016, 2022), SB),
    L("transport-vent", "hamilton", "HAMILTON-T1", 1, POOL, (2016, 2024), SB),
    L("monitor", "mindray", "BeneVision N12", 2, POOL, (2018, 2026), SB),
    L("monitor", "mindray", "ePM 10", 1, POOL, (2019, 2026), SB),
    L("defib", "mindray", "BeneHeart D3", 1, POOL, (2016, 2024), SB),
    L("defib", "philips", "HeartStart XL+", 1, POOL, (2014, 2023), SB),
    L("infusion", "mindray", "BeneFusion VP5", 2, POOL, (2016, 2024), SB),
    L("syringe", "mindray", "BeneFusion SP5", 2, POOL, (2016, 2024), SB),
    L("suction", "yuwell", "7E-A", 1, POOL, (2015, 2026), SB),
    # Test equipment of the metrology room.
    L("test", "fluke", "ESA615", 1, "设备科 计量室", (2014, 2023),
      name="电气安全分析仪", name_en="Electrical safety analyser"),
    L("test", "fluke", "Impulse 7000DP", 1, "设备科 计量室", (2015, 2023),
      name="除颤器分析仪", name_en="Defibrillator analyser"),
    L("test", "fluke", "VT900A", 1, "设备科 计量室", (2018, 2024),
      name="气流分析仪", name_en="Gas flow analyser"),
    L("test", "fluke", "IDA-5", 1, "设备科 计量室", (2016, 2024),
      name="输液设备分析仪", name_en="Infusion device analyser"),
]

# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------
EQUIPMENT_COLUMNS = ["tag", "name", "name_en", "department", "category", "life_support", "emergency",
                     "radiation", "manufacturer", "model", "serial", "in_service", "status",
                     "warranty_until", "custodian", "location",
                     # R6, migration v17-archive-fields (derived below without the random stream, so
                     # the columns above stay exactly as they were).
                     "supplier", "purchase_value", "service_life_end", "maintainer",
                     "rescue", "key_equipment", "large", "valuable", "specialty", "vendor_serviced"]

# Purchase value per unit in yuan by category (plausible list prices; default 20,000).
PRICE_YUAN = {"ct": 4800000, "mri": 12500000, "dsa": 6800000, "dr": 1350000, "c-arm": 980000, "mammography": 1600000,
              "mobile-xray": 420000, "ecmo": 1500000, "hyperbaric-chamber": 3200000, "ultrasound": 850000,
              "endoscope": 380000, "anaesthesia": 420000, "ventilator": 260000, "dialysis": 180000, "iabp": 650000,
              "monitor": 48000, "defibrillator": 85000, "infusion-pump": 9800, "syringe-pump": 8600, "ecg": 36000,
              "incubator": 120000, "analyser": 560000, "electrosurgical": 150000, "resuscitator": 3200}
# Large medical equipment (大型医用设备, configuration licence): the big imaging systems.
LARGE = {"ct", "mri", "dsa"}
RESCUE = {"defibrillator", "resuscitator", "cpr", "ecmo", "iabp"}
SPECIALTY = {"endoscope", "dialysis", "hyperbaric-chamber", "phototherapy", "fetal-monitor"}
SUPPLIERS = ["国药集团医疗器械有限公司", "华润医疗器械有限公司", "上海医药分销控股有限公司", "九州通医疗器械集团有限公司"]
# The engineers of the equipment department, each maintaining some departments.
MAINTAINERS = ["liming", "wanglei", "chenzhiqiang", "liuyang"]


def add_archive_fields(rows):
    """Supplier, purchase value, service-life end, maintenance person and the R6 flags, from the
    columns already drawn (no random numbers, so the other columns are unchanged)."""
    for r in rows:
        cat = r["category"]
        price = PRICE_YUAN.get(cat, 20000)
        dept_index = DEPT_CODES.index(r["department"])
        large = cat in LARGE
        valuable = price >= 500000
        r["supplier"] = SUPPLIERS[(dept_index + len(cat)) % len(SUPPLIERS)]
        r["purchase_value"] = "%d.00" % price
        r["service_life_end"] = add_years(dt.date.fromisoformat(r["in_service"]), 10 if price >= 500000 else 8).isoformat()
        r["maintainer"] = MAINTAINERS[dept_index % len(MAINTAINERS)]
        r["rescue"] = yn(cat in RESCUE)
        r["key_equipment"] = "no"
        r["large"] = yn(large)
        r["valuable"] = yn(valuable)
        r["specialty"] = yn(cat in SPECIALTY)
        r["vendor_serviced"] = yn(large or valuable)


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def make_serial(pattern, year, taken, fixed):
    while True:
        out = []
        k = 0
        for ch in pattern:
            if ch == "A":
                out.append(LETTERS[rand_below(len(LETTERS))])
            elif ch == "a":
                out.append(fixed[k])
                k += 1
            elif ch == "9":
                out.append(str(rand_below(10)))
            elif ch == "#":
                out.append("%02d" % (year % 100))
            else:
                out.append(ch)
        serial = "".join(out)
        if serial not in taken:
            taken.add(serial)
            return serial


def build_equipment():
    rows = []
    serials = set()
    for dept, lines in LEDGER.items():
        counters = Counter()
        for line in lines:
            category, prefix, name, name_en, ls, em, rad = TYPES[line.kind]
            first = max(FIRST_DAY, dt.date(line.years[0], 1, 1))
            last = min(LAST_DAY, dt.date(line.years[1], 12, 31))
            in_service = rand_day(first, last)          # the whole line is bought together
            years = 1 + rand_below(5)                   # warranty 1..5 years
            warranty = add_years(in_service, years)
            if in_service.year <= 2015 and rng.random() < 0.5:
                warranty = None                         # old purchase: warranty not recorded
            mfr_name, pattern = MANUFACTURERS[line.mfr]
            fixed = "".join(LETTERS[rand_below(len(LETTERS))] for _ in range(pattern.count("a")))
            for i in range(line.count):
                counters[prefix] += 1
                tag = "%s-%s%02d" % (dept, prefix, counters[prefix])
                made = in_service.year - (1 if rng.random() < 0.3 else 0)
                rows.append(OrderedDict([
                    ("tag", tag),
                    ("name", line.name or name),
                    ("name_en", line.name_en or name_en),
                    ("department", dept),
                    ("category", category),
                    ("life_support", yn(ls)),
                    ("emergency", yn(em)),
                    ("radiation", yn(rad)),
                    ("manufacturer", mfr_name),
                    ("model", line.model),
                    ("serial", make_serial(pattern, made, serials, fixed)),
                    ("in_service", in_service.isoformat()),
                    ("status", line.status),
                    ("warranty_until", warranty.isoformat() if warranty else ""),
                    ("custodian", CUSTODIAN[dept]),
                    ("location", line.locations[i % len(line.locations)]),
                ]))
    order = {code: i for i, code in enumerate(DEPT_CODES)}
    rows.sort(key=lambda r: (order[r["department"]], r["location"], r["tag"]))
    add_archive_fields(rows)
    return rows


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------
SLICES = re.compile(r"(\d+)-slice")
TESLA = re.compile(r"(\d+(?:\.\d+)?)\s*T\b")
VALID_ROLES = {"engineer", "custodian", "operator", "dept-head", "equipment-head", "director", "auditor"}
STATUSES = {"in-service", "standby", "stopped", "scrapped"}
TAG_RE = re.compile(r"^[A-Z]+-[A-Z]+[0-9]{2}$")
CODE_RE = re.compile(r"^[A-Z]{2,5}$")
LOGIN_RE = re.compile(r"^[a-z]+[0-9]*$")


def validate(people, equipment):
    codes = set(DEPT_CODES)
    assert len(codes) == len(DEPARTMENTS) >= 12, "department codes unique, at least 12"
    assert all(CODE_RE.match(c) for c in codes)
    assert len({d[1] for d in DEPARTMENTS}) == len(DEPARTMENTS), "department names unique"
    assert {c for c, _, _, k in DEPARTMENTS if k} == {"ED", "ICU", "OR", "LD", "HBO"}

    logins = [p[0] for p in people]
    assert len(set(logins)) == len(logins), "logins unique"
    by_login = {p[0]: p for p in people}
    role_count = Counter()
    for login, name, roles, dept in people:
        assert LOGIN_RE.match(login), login
        assert dept in codes, (login, dept)
        for role in roles.split(";"):
            assert role in VALID_ROLES, (login, role)
            role_count[role] += 1
    assert set(role_count) == VALID_ROLES, "every role present"
    assert role_count["director"] == 1 and role_count["auditor"] == 1
    assert by_login["demo"] == ("demo", "演示用户", "engineer;equipment-head", "EQ")
    eq_engineers = [p for p in people if p[3] == "EQ" and "engineer" in p[2].split(";") and p[0] != "demo"]
    assert 5 <= len(eq_engineers) <= 7
    for code in CLINICAL_STAFF:
        roles_here = Counter(r for p in people if p[3] == code for r in p[2].split(";"))
        assert roles_here["dept-head"] == 1 and roles_here["custodian"] == 1 and roles_here["operator"] >= 2, code

    tags = [r["tag"] for r in equipment]
    assert len(set(tags)) == len(tags), "tags unique"
    serials = [r["serial"] for r in equipment]
    assert len(set(serials)) == len(serials), "serials unique"
    assert len(equipment) >= 320, len(equipment)
    for r in equipment:
        assert TAG_RE.match(r["tag"]) and r["tag"].startswith(r["department"] + "-"), r["tag"]
        assert r["department"] in codes
        cust = by_login.get(r["custodian"])
        assert cust and cust[3] == r["department"] and "custodian" in cust[2].split(";"), r["tag"]
        day = dt.date.fromisoformat(r["in_service"])
        assert FIRST_DAY <= day <= LAST_DAY, r["tag"]
        if r["warranty_until"]:
            w = dt.date.fromisoformat(r["warranty_until"])
            assert add_years(day, 1) <= w <= add_years(day, 5), r["tag"]
        assert r["status"] in STATUSES
        for f in ("life_support", "emergency", "radiation"):
            assert r[f] in ("yes", "no")
        assert r["name"] and r["name_en"] and r["location"] and r["model"] and r["manufacturer"]

    per_dept = Counter(r["department"] for r in equipment)
    for code, low, high in (("ICU", 40, 60), ("ED", 30, 40), ("OR", 40, 50), ("LD", 18, 24), ("HBO", 7, 10)):
        assert low <= per_dept[code] <= high, (code, per_dept[code])
    for code in ("ED", "ICU", "OR", "LD", "HBO"):
        ten_day = [r for r in equipment if r["department"] == code
                   and (r["life_support"] == "yes" or r["emergency"] == "yes")]
        assert len(ten_day) >= 5, code

    status = Counter(r["status"] for r in equipment)
    n = len(equipment)
    assert 0.06 <= status["standby"] / n <= 0.10, status
    assert 0.02 <= status["stopped"] / n <= 0.04, status
    assert 0.005 <= status["scrapped"] / n <= 0.015, status
    assert any("," in r["model"] for r in equipment), "a model with a comma (quoted field)"

    # R70 / BS 6: the imaging centre's configuration, all of it in service.
    img = [r for r in equipment if r["department"] == "IMG" and r["status"] == "in-service"]
    cat = Counter(r["category"] for r in img)
    slices = [int(m.group(1)) for r in img if r["category"] == "ct" for m in [SLICES.search(r["model"])] if m]
    tesla = [float(m.group(1)) for r in img if r["category"] == "mri" for m in [TESLA.search(r["model"])] if m]
    assert cat["dr"] >= 2 and 16 in slices and max(slices) >= 64 and max(tesla) >= 1.5
    assert sum(1 for r in img if r["name"] == "彩色多普勒超声诊断仪") >= 3
    assert cat["ecg"] >= 2 and cat["oxygen"] >= 1 and cat["suction"] >= 1 and cat["monitor"] >= 1
    for ct_room in sorted({r["location"] for r in img if r["category"] == "ct"}):
        kit = {r["category"] for r in img if r["location"] == ct_room}
        assert {"defibrillator", "resuscitator", "oxygen", "suction"} <= kit, ct_room
    return per_dept, status


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------
def readme(people, equipment, per_dept, status):
    names = {c: (n, e, k) for c, n, e, k in DEPARTMENTS}
    out = []
    w = out.append
    w("# Sample hospital data (示例医院数据)")
    w("")
    w("**All of it is fictional.** The hospital, the people, their logins, the asset numbers and the")
    w("serial numbers are invented; manufacturers and model names are real products, used only to make")
    w("the ledger look like a real one. 本目录数据均为虚构，仅供演示与测试。")
    w("")
    w("This file is written by `generate_sample.py`; edit the script, not this file.")
    w("")
    w("## Files")
    w("")
    w("| file | what |")
    w("|---|---|")
    w("| `departments.csv` | %d departments: `code,name,name_en,key` (key = 重点科室) |" % len(DEPARTMENTS))
    w("| `people.csv` | %d people: `login,name,roles,department` |" % len(people))
    w("| `equipment.csv` | %d devices: the CONTRACT columns plus `name_en` (after `name`) and the R6 fields after "
      "`location` (supplier, purchase value in yuan, service-life end, maintenance person, and the flags rescue, "
      "key_equipment, large, valuable, specialty, vendor_serviced: %d large, %d valuable) |"
      % (len(equipment), sum(r["large"] == "yes" for r in equipment), sum(r["valuable"] == "yes" for r in equipment)))
    w("| `gb18030/departments.csv` | the departments again as Excel on a Chinese Windows writes them: "
      "GB18030, Chinese headers (科室编码,科室名称,英文名称,重点科室), 是/否 |")
    w("| `generate_sample.py` | writes all of the above and this README, and checks them |")
    w("")
    w("## Rule data (read by the program, kept equal to it by tests)")
    w("")
    w("Not sample data: the program carries these tables in its code, and a test fails when a file and")
    w("the code differ, so a hospital can review the rules here and propose a change.")
    w("")
    w("| file | what |")
    w("|---|---|")
    w("| `checklists.csv` | inspection and maintenance checklist items per kind and device category, zh and en (R12–R19, R26–R28, R32) |")
    w("| `maintenance-intervals.csv` | default first- and second-level maintenance intervals per category (R30) |")
    w("| `qc-standards.csv` | the items of WS 76-2020, WS 519-2019 and WS 818-2023 per device type and kind of test (R75, R82) |")
    w("| `qc-stability.csv` | each stability item's period and control limit (R80, R81); representative values, to be checked by a physicist |")
    w("| `config-licence-catalogue.csv` | which devices need a large-equipment configuration licence, per catalogue version (R93) |")
    w("")
    w("CSV files are RFC 4180: UTF-8 without BOM (except the GB18030 fixture), CRLF line ends,")
    w("a header row with the English column names of the import contract, fields quoted only when")
    w("needed (e.g. the model `\"Savina 300, Select\"` and `\"Revolution CT (256-row, 512-slice)\"`).")
    w("Booleans are `yes`/`no`, dates `YYYY-MM-DD`, statuses `in-service`, `standby`, `stopped`, `scrapped`.")
    w("")
    w("Import order: departments, people, equipment:")
    w("")
    w("```sh")
    w("rounds import departments Data/departments.csv")
    w("rounds import people Data/people.csv")
    w("rounds import equipment Data/equipment.csv")
    w("```")
    w("")
    w("## Regenerate")
    w("")
    w("```sh")
    w("python3 Data/generate_sample.py          # rewrites the files, prints a summary")
    w("python3 Data/generate_sample.py --check  # exit 1 if the files differ from what the script makes")
    w("```")
    w("")
    w("Python 3 standard library only, fixed seed (%d); the output is identical on every run." % SEED)
    w("The script asserts: unique tags, serials and logins; every department and custodian reference")
    w("exists (the custodian is the custodian of the device's department); dates valid, in_service")
    w("between %s and %s, warranty 1-5 years after it; the department sizes below; the status mix;" % (
        FIRST_DAY, LAST_DAY))
    w("and the imaging centre's BS 6 / R70 configuration.")
    w("")
    w("## People")
    w("")
    w("- `demo` (演示用户, engineer;equipment-head, EQ): the default identity of the demo.")
    w("- EQ 设备科: `zhoujianguo` (head of the equipment department, also engineer), engineers `liming`,")
    w("  `wanglei`, `chenzhiqiang`, `liuyang`, and `zhangwei` (engineer and custodian of the spare pool).")
    w("- `sunweidong` director (ADM), `helihua` auditor (QM).")
    w("- Each clinical department: a dept-head, a custodian (head nurse or chief technician, also")
    w("  operator; custodian of all its devices) and two operators. Two people are both named 王芳:")
    w("  `wangfang` (ED) and `wangfang2` (LAB).")
    w("")
    w("## Equipment per department")
    w("")
    w("Ten-day = life_support or emergency in a key department (IMR 1.1, R13).")
    w("")
    w("| code | department | key | devices | life support | emergency | radiation | standby | stopped | scrapped | custodian |")
    w("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    tot = Counter()
    for code in DEPT_CODES:
        rows = [r for r in equipment if r["department"] == code]
        if not rows:
            continue
        c = Counter()
        for r in rows:
            c["n"] += 1
            for f in ("life_support", "emergency", "radiation"):
                c[f] += r[f] == "yes"
            c[r["status"]] += 1
        tot.update(c)
        n, e, k = names[code]
        w("| %s | %s %s | %s | %d | %d | %d | %d | %d | %d | %d | `%s` |" % (
            code, n, e, "yes" if k else "no", c["n"], c["life_support"], c["emergency"], c["radiation"],
            c["standby"], c["stopped"], c["scrapped"], CUSTODIAN[code]))
    w("| | **total** | | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | **%d** | |" % (
        tot["n"], tot["life_support"], tot["emergency"], tot["radiation"], tot["standby"], tot["stopped"],
        tot["scrapped"]))
    w("")
    ten_day = sum(1 for r in equipment if names[r["department"]][2]
                  and (r["life_support"] == "yes" or r["emergency"] == "yes"))
    w("Devices on the ten-day rule (key department, life support or emergency, any status): %d." % ten_day)
    w("ADM and QM hold no equipment. Standby devices are spares (备用) usable as substitutes; most sit in")
    w("EQ's pool `%s`. Stopped and scrapped devices are old models replaced by newer ones." % POOL)
    w("")
    w("## Categories and flags")
    w("")
    w("| category | devices | life_support | emergency | radiation |")
    w("|---|---:|---|---|---|")
    cats = OrderedDict()
    for kind, (category, *_rest) in TYPES.items():
        cats.setdefault(category, [])
    for r in equipment:
        cats[r["category"]].append(r)
    for category, rows in cats.items():
        if not rows:
            continue
        def flag(f):
            v = {r[f] for r in rows}
            return "yes" if v == {"yes"} else "no" if v == {"no"} else "mixed"
        w("| %s | %d | %s | %s | %s |" % (category, len(rows), flag("life_support"), flag("emergency"),
                                         flag("radiation")))
    w("")
    w("Flags as the hospital sets them: life support = ventilators (incl. non-invasive and transport),")
    w("anaesthesia machines, ECMO, IABP, infant incubators (incl. transport), hyperbaric chambers;")
    w("emergency = defibrillators, suction units, bag-valve resuscitators (简易呼吸器), transport ventilators,")
    w("crash-cart monitors, the mechanical CPR device; radiation = DR, mobile X-ray, CT, DSA, C-arm,")
    w("mammography. `monitor` and `ventilator` are mixed because crash-cart monitors and transport")
    w("ventilators are emergency class.")
    w("")
    w("## Imaging centre (IMG) and BS 6 / R70")
    w("")
    w("All in service: 2 DR (DR室1, DR室2), `uCT 510 (16-slice)` in CT室1, `Revolution CT (256-row,")
    w("512-slice)` in CT室2, `MAGNETOM Skyra 3T` and `uMR 570 1.5T`, 3 colour-Doppler ultrasound units")
    w("plus an echocardiography unit, 2 ECG machines, oxygen supply, suction and an ECG monitor in")
    w("影像抢救室. Each CT room holds a rescue kit: defibrillator, bag-valve resuscitator, oxygen")
    w("concentrator and suction unit with that CT room as location. Also DSA, mammography, mobile DR and")
    w("contrast injectors. Model and device names state slice counts and field strengths.")
    w("")
    w("## Locations")
    w("")
    w("Rooms are Chinese names with zero-padded numbers (`ICU 03床`, `01号手术间`, `血透室 07机位`), so that")
    w("sorting by location text gives a sensible walking order within a department; equipment.csv is")
    w("sorted by department, then location, then tag.")
    w("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
def outputs():
    equipment = build_equipment()
    per_dept, status = validate(PEOPLE, equipment)
    files = OrderedDict()
    files["departments.csv"] = csv_text(
        ["code", "name", "name_en", "key"], [[c, n, e, yn(k)] for c, n, e, k in DEPARTMENTS]).encode("utf-8")
    files["people.csv"] = csv_text(
        ["login", "name", "roles", "department"], [list(p) for p in PEOPLE]).encode("utf-8")
    files["equipment.csv"] = csv_text(
        EQUIPMENT_COLUMNS, [[r[c] for c in EQUIPMENT_COLUMNS] for r in equipment]).encode("utf-8")
    gb = csv_text(["科室编码", "科室名称", "英文名称", "重点科室"],
                  [[c, n, e, "是" if k else "否"] for c, n, e, k in DEPARTMENTS]).encode("gb18030")
    try:
        gb.decode("utf-8")
        raise AssertionError("the GB18030 fixture must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    assert gb.decode("gb18030") == files["departments.csv"].decode("utf-8").replace(
        "code,name,name_en,key", "科室编码,科室名称,英文名称,重点科室").replace(",yes\r\n", ",是\r\n").replace(
        ",no\r\n", ",否\r\n")
    files[os.path.join("gb18030", "departments.csv")] = gb
    files["README.md"] = readme(PEOPLE, equipment, per_dept, status).encode("utf-8")
    for name, data in files.items():
        assert not data.startswith(b"\xef\xbb\xbf"), name
    # Round trip: what a CSV reader sees is what was generated.
    back = list(csv.DictReader(io.StringIO(files["equipment.csv"].decode("utf-8"), newline="")))
    assert [dict(r) for r in back] == [dict(r) for r in equipment]
    return files, equipment, per_dept, status


def main(argv):
    check = "--check" in argv[1:]
    files, equipment, per_dept, status = outputs()
    differ = []
    for name, data in files.items():
        path = os.path.join(HERE, name)
        if check:
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        differ.append(name)
            except FileNotFoundError:
                differ.append(name)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    print("departments %d, people %d, equipment %d" % (len(DEPARTMENTS), len(PEOPLE), len(equipment)))
    print("per department: " + ", ".join("%s %d" % (c, per_dept[c]) for c in DEPT_CODES if per_dept[c]))
    print("status: " + ", ".join("%s %d" % (s, status[s]) for s in ("in-service", "standby", "stopped", "scrapped")))
    for f in ("life_support", "emergency", "radiation"):
        print("%s: %d" % (f, sum(r[f] == "yes" for r in equipment)))
    if check:
        if differ:
            print("differs from the generator: " + ", ".join(differ), file=sys.stderr)
            return 1
        print("check: files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
