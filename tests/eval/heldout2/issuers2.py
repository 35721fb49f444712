"""Issuers of the second held-out set (tests/eval/heldout2): printed header lines, symbol code,
place and the unit code of rules/units.yaml. All names of people in the set are fictional."""

_HUYEN = "UBND HUYỆN QUẢNG ĐIỀN"
_TINH = "UBND TỈNH THỪA THIÊN HUẾ"


def _commune(key, name, place, unit):
    return key, {"gov": _HUYEN, "lines": ["ỦY BAN NHÂN DÂN", name], "code": "UBND", "place": place, "unit": unit}


ISSUERS = dict([
    ("huyen", {"gov": "", "lines": ["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"], "code": "UBND",
               "place": "Quảng Điền", "unit": "ubnd-quang-dien"}),
    ("doankt", {"gov": _HUYEN, "lines": ["ĐOÀN KIỂM TRA CẢI CÁCH", "HÀNH CHÍNH NĂM 2022"], "code": "ĐKT",
                "place": "Quảng Điền", "unit": "ubnd-quang-dien"}),
    ("noivu", {"gov": _HUYEN, "lines": ["PHÒNG NỘI VỤ"], "code": "NV", "place": "Quảng Điền",
               "unit": "phong-noi-vu"}),
    ("tuphap", {"gov": _HUYEN, "lines": ["PHÒNG TƯ PHÁP"], "code": "TP", "place": "Quảng Điền",
                "unit": "phong-tu-phap"}),
    ("vhtt", {"gov": _HUYEN, "lines": ["PHÒNG VĂN HÓA VÀ THÔNG TIN"], "code": "VHTT", "place": "Quảng Điền",
              "unit": "phong-vhtt"}),
    ("vp", {"gov": _HUYEN, "lines": ["VĂN PHÒNG HĐND VÀ UBND"], "code": "VP", "place": "Quảng Điền",
            "unit": "vp-hdnd-ubnd"}),
    ("tthcc", {"gov": _HUYEN, "lines": ["TRUNG TÂM", "HÀNH CHÍNH CÔNG"], "code": "TTHCC", "place": "Quảng Điền",
               "unit": "tthcc"}),
    ("tckh", {"gov": _HUYEN, "lines": ["PHÒNG TÀI CHÍNH - KẾ HOẠCH"], "code": "TCKH", "place": "Quảng Điền",
              "unit": "phong-tckh"}),
    ("kthh", {"gov": _HUYEN, "lines": ["PHÒNG KINH TẾ VÀ HẠ TẦNG"], "code": "KTHT", "place": "Quảng Điền",
              "unit": "phong-kthh"}),
    ("tnmt", {"gov": _HUYEN, "lines": ["PHÒNG TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], "code": "TNMT", "place": "Quảng Điền",
              "unit": "phong-tnmt"}),
    ("thanhtra", {"gov": _HUYEN, "lines": ["THANH TRA HUYỆN"], "code": "TTr", "place": "Quảng Điền",
                  "unit": "thanh-tra-huyen"}),
    ("ttvh", {"gov": _HUYEN, "lines": ["TRUNG TÂM VĂN HÓA - THÔNG TIN", "VÀ THỂ THAO"], "code": "TTVH",
              "place": "Quảng Điền", "unit": "trung-tam-vhtttt"}),
    ("dvnn", {"gov": _HUYEN, "lines": ["TRUNG TÂM DỊCH VỤ", "NÔNG NGHIỆP"], "code": "DVNN", "place": "Quảng Điền",
              "unit": "trung-tam-dvnn"}),
    _commune("xa-an", "XÃ QUẢNG AN", "Quảng An", "xa-quang-an"),
    _commune("xa-thanh", "XÃ QUẢNG THÀNH", "Quảng Thành", "xa-quang-thanh"),
    _commune("xa-tho", "XÃ QUẢNG THỌ", "Quảng Thọ", "xa-quang-tho"),
    _commune("xa-phu", "XÃ QUẢNG PHÚ", "Quảng Phú", "xa-quang-phu"),
    _commune("xa-vinh", "XÃ QUẢNG VINH", "Quảng Vinh", "xa-quang-vinh"),
    _commune("xa-loi", "XÃ QUẢNG LỢI", "Quảng Lợi", "xa-quang-loi"),
    _commune("xa-ngan", "XÃ QUẢNG NGẠN", "Quảng Ngạn", "xa-quang-ngan"),
    _commune("tt-sia", "THỊ TRẤN SỊA", "Sịa", "thi-tran-sia"),
    ("tinh", {"gov": "", "lines": ["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], "code": "UBND",
              "place": "Thừa Thiên Huế", "unit": "ubnd-tinh"}),
    ("hdndtinh", {"gov": "", "lines": ["HỘI ĐỒNG NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], "code": "HĐND",
                  "place": "Thừa Thiên Huế", "unit": "hdnd-tinh"}),
    ("sonv", {"gov": _TINH, "lines": ["SỞ NỘI VỤ"], "code": "SNV", "place": "Thừa Thiên Huế", "unit": "so-noi-vu"}),
    ("sotc", {"gov": _TINH, "lines": ["SỞ TÀI CHÍNH"], "code": "STC", "place": "Thừa Thiên Huế",
              "unit": "so-tai-chinh"}),
    ("sotp", {"gov": _TINH, "lines": ["SỞ TƯ PHÁP"], "code": "STP", "place": "Thừa Thiên Huế", "unit": "so-tu-phap"}),
])
