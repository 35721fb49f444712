"""Issuing bodies of the held-out set (tests/eval/heldout/README.md).

Each entry: how the body prints its header (governing line, issuer lines), its place name
(địa danh), its unit code in rules/units.yaml, a short key for the manifest's issuer_key and
the issuer code used in the symbol (ký hiệu). Documents may override gov/lines per document to
vary the header (governing line absent, issuer on one or two lines, abbreviated governing body).
"""

ISSUERS = {
    "huyen": dict(gov=None, lines=["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"], place="Quảng Điền",
                  unit="ubnd-quang-dien", code="UBND"),
    "tinh": dict(gov=None, lines=["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], place="Thừa Thiên Huế",
                 unit="ubnd-tinh", code="UBND"),
    "hdnd-tinh": dict(gov=None, lines=["HỘI ĐỒNG NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], place="Thừa Thiên Huế",
                      unit="hdnd-tinh", code="HĐND"),
    "snv": dict(gov="UBND TỈNH THỪA THIÊN HUẾ", lines=["SỞ NỘI VỤ"], place="Thừa Thiên Huế",
                unit="so-noi-vu", code="SNV"),
    "stc": dict(gov="ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", lines=["SỞ TÀI CHÍNH"], place="Thừa Thiên Huế",
                unit="so-tai-chinh", code="STC"),
    "pnv": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["PHÒNG NỘI VỤ"], place="Quảng Điền",
                unit="phong-noi-vu", code="PNV"),
    "ptp": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["PHÒNG TƯ PHÁP"], place="Quảng Điền",
                unit="phong-tu-phap", code="TP"),
    "vhtt": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["PHÒNG VĂN HÓA VÀ THÔNG TIN"], place="Quảng Điền",
                 unit="phong-vhtt", code="VHTT"),
    "vp": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["VĂN PHÒNG HĐND VÀ UBND"], place="Quảng Điền",
               unit="vp-hdnd-ubnd", code="VP"),
    "tthcc": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["TRUNG TÂM HÀNH CHÍNH CÔNG"], place="Quảng Điền",
                  unit="tthcc", code="TTHCC"),
    "tckh": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["PHÒNG TÀI CHÍNH - KẾ HOẠCH"], place="Quảng Điền",
                 unit="phong-tckh", code="TCKH"),
    "tnmt": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["PHÒNG TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], place="Quảng Điền",
                 unit="phong-tnmt", code="TNMT"),
    "kthh": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["PHÒNG KINH TẾ VÀ HẠ TẦNG"], place="Quảng Điền",
                 unit="phong-kthh", code="KTHT"),
    "ttra": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["THANH TRA HUYỆN"], place="Quảng Điền",
                 unit="thanh-tra-huyen", code="TTr"),
    "ttvh": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["TRUNG TÂM VĂN HÓA - THÔNG TIN", "VÀ THỂ THAO"],
                 place="Quảng Điền", unit="trung-tam-vhtttt", code="TTVHTTTT"),
    "doan": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["ĐOÀN KIỂM TRA CẢI CÁCH", "HÀNH CHÍNH"], place="Quảng Phước",
                 unit="ubnd-quang-dien", code="ĐKT"),
    "xa-quang-phuoc": dict(gov=None, lines=["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHƯỚC"], place="Quảng Phước",
                           unit="xa-quang-phuoc", code="UBND"),
    "xa-quang-thai": dict(gov=None, lines=["ỦY BAN NHÂN DÂN", "XÃ QUẢNG THÁI"], place="Quảng Thái",
                          unit="xa-quang-thai", code="UBND"),
    "xa-quang-cong": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["UBND XÃ QUẢNG CÔNG"], place="Quảng Công",
                          unit="xa-quang-cong", code="UBND"),
    "thi-tran-sia": dict(gov="UBND HUYỆN QUẢNG ĐIỀN", lines=["ỦY BAN NHÂN DÂN", "THỊ TRẤN SỊA"], place="Sịa",
                         unit="thi-tran-sia", code="UBND"),
}
