"""Shared helpers of the second held-out set's document modules (docs_a/b/c.py): a compact
constructor and the fictional signers. Every name and number here is invented."""


def doc(id, iss, type, num, date, subj, period, signer, products, path, pstyle, body, rec=None, **kw):
    sign, name = signer
    d = {"id": id, "iss": iss, "type": type, "num": num, "date": date, "subj": list(subj), "period": period,
         "sign": list(sign), "name": name, "products": list(products), "path": path, "pstyle": pstyle,
         "body": list(body), "rec": list(rec if rec is not None else REC_DEFAULT)}
    d.update(kw)
    return d


def P(s):
    return ("p", s)


def H(s):
    return ("h", s)


def I(s):  # noqa: E743 (italic paragraph: "Căn cứ …")
    return ("i", s)


def C(s):
    return ("c", s)


def L(s):
    return ("l", s)


def A(s):  # authority line of a decision
    return ("auth", s)


def D(n, s):
    return ("d", ("Điều %d." % n, s))


def T(rows):
    return ("t", rows)


REC_DEFAULT = ["Như trên", "Lưu: VT"]

# fictional signers: (signer block lines, name)
H_CT = (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Hữu Phước")
H_PCT = (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Ngọc Ánh")
H_PCT2 = (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Văn Lộc")
QD_CT = (["CHỦ TỊCH"], "Trần Hữu Phước")
QD_PCT = (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Ngọc Ánh")
QD_PCT2 = (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Văn Lộc")
H_TLVP = (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Ngô Đức Thắng")
NV_TP = (["TRƯỞNG PHÒNG"], "Phan Thị Thu Hiền")
NV_PP = (["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], "Lê Quang Vũ")
TP_TP = (["TRƯỞNG PHÒNG"], "Đặng Minh Trí")
VHTT_TP = (["TRƯỞNG PHÒNG"], "Võ Thị Diệu Linh")
VP_CVP = (["CHÁNH VĂN PHÒNG"], "Ngô Đức Thắng")
VP_PCVP = (["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "Nguyễn Hữu Tài")
HCC_GD = (["GIÁM ĐỐC"], "Huỳnh Văn Khoa")
HCC_PGD = (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Thị Kim Oanh")
TCKH_TP = (["TRƯỞNG PHÒNG"], "Trương Công Bảo")
KTHT_TP = (["TRƯỞNG PHÒNG"], "Lương Văn Hào")
TNMT_TP = (["TRƯỞNG PHÒNG"], "Phạm Thị Mỹ Duyên")
TTR_CT = (["CHÁNH THANH TRA"], "Dương Quốc Toản")
TTVH_GD = (["GIÁM ĐỐC"], "Cao Xuân Bình")
DVNN_GD = (["GIÁM ĐỐC"], "Tôn Thất Khải")
SNV_GD = (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Mai Văn Thuận")
STC_GD = (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Thanh Tùng")
STP_GD = (["GIÁM ĐỐC"], "Hồ Thị Bích Thủy")
TINH_PCT = (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đoàn Minh Sơn")
TINH_QD = (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đoàn Minh Sơn")
HDND_CT = (["CHỦ TỊCH"], "Lâm Hữu Nghĩa")


def XA(chair):  # a commune's People's Committee chair
    return (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], chair)
