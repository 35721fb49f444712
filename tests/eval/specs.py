# -*- coding: utf-8 -*-
"""Document specs for the understanding evaluation set (kiemchung). FICTIONAL DATA, FOR TESTS ONLY.

One spec = one kind of evidence document for one product of rules/cchc-2022 (the real rules).
  product  the product the document is evidence for; also: other products it serves equally
           (scoring counts set membership); None = off-topic / wrong period (no product fits)
  type     decree type code (KH, QĐ, BC, TB, BB, TTr, CV, NQ, QC, PA, CT, ĐA, CĐ …)
  subject  trích yếu; "{P}" is replaced by the period words ("năm 2022", "quý I năm 2022" …)
  period   the period the document is about ("2022", "2022-Q1", "2021" …) or "" (none stated)
  issuers  keys of ISSUERS; normative: the symbol carries the year (144/2025/QĐ-UBND)
  body     sentences specific to the product (generic ones are added by the generator)
Written from the product titles and requirements of the rules, in the decree's usual wording.
"""

ISSUERS = {
    "huyen": {"governing": None, "lines": ["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"], "code": "UBND",
              "place": "Quảng Điền", "unit": "ubnd-quang-dien", "body": "Ủy ban nhân dân huyện",
              "cv_units": ["NV", "VP", "TP", "TCKH", "VHTT"]},
    "huyen-uy": {"governing": None, "lines": ["UỶ BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"], "code": "UBND",
                 "place": "Quảng Điền", "unit": "ubnd-quang-dien", "body": "Uỷ ban nhân dân huyện",
                 "cv_units": ["NV", "VP"]},
    "pnv": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["PHÒNG NỘI VỤ"], "code": "PNV",
            "place": "Quảng Điền", "unit": "phong-noi-vu", "body": "Phòng Nội vụ", "cv_units": []},
    "ptp": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["PHÒNG TƯ PHÁP"], "code": "PTP",
            "place": "Quảng Điền", "unit": "phong-tu-phap", "body": "Phòng Tư pháp", "cv_units": []},
    "vhtt": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["PHÒNG VĂN HÓA VÀ THÔNG TIN"], "code": "VHTT",
             "place": "Quảng Điền", "unit": "phong-vhtt", "body": "Phòng Văn hóa và Thông tin", "cv_units": []},
    "tckh": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["PHÒNG TÀI CHÍNH - KẾ HOẠCH"], "code": "TCKH",
             "place": "Quảng Điền", "unit": "phong-tckh", "body": "Phòng Tài chính - Kế hoạch", "cv_units": []},
    "vp": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["VĂN PHÒNG HĐND VÀ UBND"], "code": "VP",
           "place": "Quảng Điền", "unit": "vp-hdnd-ubnd", "body": "Văn phòng HĐND và UBND huyện", "cv_units": []},
    "tinh": {"governing": None, "lines": ["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], "code": "UBND",
             "place": "Thừa Thiên Huế", "unit": "ubnd-tinh", "body": "Ủy ban nhân dân tỉnh",
             "cv_units": ["KSTT", "NC"]},
    "hdnd-tinh": {"governing": None, "lines": ["HỘI ĐỒNG NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], "code": "HĐND",
                  "place": "Thừa Thiên Huế", "unit": "hdnd-tinh", "body": "Hội đồng nhân dân tỉnh", "cv_units": []},
    "stc": {"governing": "UBND TỈNH THỪA THIÊN HUẾ", "lines": ["SỞ TÀI CHÍNH"], "code": "STC",
            "place": "Thừa Thiên Huế", "unit": "so-tai-chinh", "body": "Sở Tài chính", "cv_units": []},
    "snv": {"governing": "UBND TỈNH THỪA THIÊN HUẾ", "lines": ["SỞ NỘI VỤ"], "code": "SNV",
            "place": "Thừa Thiên Huế", "unit": "so-noi-vu", "body": "Sở Nội vụ", "cv_units": []},
    "xa": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG THÀNH"], "code": "UBND",
           "place": "Quảng Thành", "unit": "xa-quang-thanh", "body": "Ủy ban nhân dân xã", "cv_units": []},
}

# signer blocks per issuer family: (role lines, title for the name line)
SIGNERS = {
    "ubnd": [["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["CHỦ TỊCH"],
             ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]],
    "phong": [["TRƯỞNG PHÒNG"], ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]],
    "so": [["GIÁM ĐỐC"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]],
    "hdnd": [["CHỦ TỊCH"], ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"]],
    "vp": [["CHÁNH VĂN PHÒNG"], ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]],
}
SIGNER_FAMILY = {"huyen": "ubnd", "huyen-uy": "ubnd", "tinh": "ubnd", "xa": "ubnd", "pnv": "phong", "ptp": "phong",
                 "vhtt": "phong", "tckh": "phong", "vp": "vp", "stc": "so", "snv": "so", "hdnd-tinh": "hdnd"}

CCHC = "cải cách hành chính"
S = []


def spec(product, type_, subject, period, issuers, body, also=(), normative=False, issued="after", truth_period=None):
    """truth_period: the period the truth records when it differs from `period` (which also drives
    the issue date): a month ("2022-08", in the period vocabulary since 2026-11-28)."""
    S.append(dict(product=product, also=list(also), type=type_, subject=subject, period=period, issuers=issuers,
                  body=body, normative=normative, issued=issued, truth_period=truth_period))


# ---- group 1: chỉ đạo điều hành ------------------------------------------------------------
spec("1.1.1/sp1", "KH", "Cải cách hành chính {P}", "2022", ["huyen", "huyen-uy"],
     ["Ban hành Kế hoạch cải cách hành chính {P} với các nhiệm vụ, sản phẩm, thời gian hoàn thành và kinh phí.",
      "Phân công cơ quan chủ trì, phối hợp thực hiện từng nhiệm vụ cải cách hành chính."], issued="before")
spec("1.1.2/sp2", "BC", "Kết quả thực hiện công tác cải cách hành chính {P}", "2022", ["huyen"],
     ["Báo cáo công tác cải cách hành chính năm 2022: đã hoàn thành 46/48 nhiệm vụ đề ra tại Kế hoạch (đạt 95,8%).",
      "Đánh giá kết quả, tồn tại, hạn chế và phương hướng năm 2023."],
     also=["1.2.a/sp4", "4.1.1/sp1", "4.2.1/sp6", "4.2.2/sp5"])
spec("1.2.a/sp1", "BC", "Kết quả thực hiện công tác cải cách hành chính {P}", "2022-Q1", ["huyen"],
     ["Báo cáo công tác cải cách hành chính quý I năm 2022 theo chế độ báo cáo định kỳ."])
spec("1.2.a/sp2", "BC", "Tình hình thực hiện công tác cải cách hành chính {P}", "2022-H1", ["huyen"],
     ["Báo cáo công tác cải cách hành chính 6 tháng đầu năm 2022, nhiệm vụ trọng tâm 6 tháng cuối năm."])
spec("1.2.a/sp3", "BC", "Kết quả công tác cải cách hành chính {P}", "2022-Q3", ["huyen"],
     ["Báo cáo công tác cải cách hành chính quý III năm 2022 (số liệu từ ngày 15/6/2022 đến ngày 14/9/2022)."])
spec("1.3.1/sp1", "KH", "Kiểm tra công tác cải cách hành chính {P}", "2022", ["huyen"],
     ["Kế hoạch kiểm tra công tác cải cách hành chính tại các phòng, ban và UBND các xã, thị trấn."])
spec("1.3.1/sp2", "QĐ", "Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính {P}", "2022", ["huyen"],
     ["Điều 1. Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2022 gồm các ông (bà) có tên sau.",
      "Điều 2. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ."])
spec("1.3.1/sp3", "BB", "Kiểm tra công tác cải cách hành chính {P} tại xã Quảng An", "2022", ["huyen", "pnv"],
     ["Hôm nay, Đoàn kiểm tra công tác cải cách hành chính của huyện đã tiến hành kiểm tra tại UBND xã Quảng An.",
      "Biên bản kiểm tra được lập thành 02 bản có giá trị như nhau."])
spec("1.3.1/sp4", "TB", "Kết luận kiểm tra công tác cải cách hành chính {P}", "2022", ["huyen"],
     ["Thông báo kết luận kiểm tra công tác cải cách hành chính tại 09 cơ quan, đơn vị được kiểm tra."])
spec("1.3.1/sp5", "BC", "Kết quả kiểm tra công tác cải cách hành chính {P}", "2022", ["huyen"],
     ["Báo cáo kết quả kiểm tra công tác cải cách hành chính sau khi Đoàn kiểm tra hoàn thành nhiệm vụ."])
spec("1.3.2/sp1", "BC", "Kết quả khắc phục tồn tại, hạn chế sau kiểm tra cải cách hành chính {P}", "2022",
     ["pnv", "ptp", "xa"], ["Đơn vị đã khắc phục kết luận kiểm tra: 5/5 tồn tại, hạn chế đã được khắc phục."])
spec("1.4.1/sp1", "KH", "Thông tin, tuyên truyền cải cách hành chính {P}", "2022", ["huyen", "vhtt"],
     ["Kế hoạch tuyên truyền cải cách hành chính trên Cổng thông tin điện tử, đài truyền thanh, pano, áp phích."])
spec("1.4.1/sp3", "BC", "Kết quả thông tin, tuyên truyền cải cách hành chính {P}", "2022", ["huyen", "vhtt"],
     ["Báo cáo kết quả tuyên truyền cải cách hành chính: 48 tin, bài; 12 pano; 2.000 tờ gấp."])
spec("1.5/sp1", "QĐ", "Về việc công nhận sáng kiến cải cách hành chính {P}", "2022", ["huyen"],
     ["Điều 1. Công nhận sáng kiến, giải pháp mới trong cải cách hành chính năm 2022 đối với 03 đề tài."])
# ---- group 2: thể chế -------------------------------------------------------------------------
spec("2.1.1/sp1", "KH", "Theo dõi tình hình thi hành pháp luật {P}", "2022", ["huyen"],
     ["Kế hoạch theo dõi tình hình thi hành pháp luật năm 2022 trong lĩnh vực xử lý vi phạm hành chính, đất đai."],
     issued="before")
spec("2.1.2/sp1", "PA", "Điều tra, khảo sát tình hình thi hành pháp luật {P}", "2022", ["huyen", "ptp"],
     ["Phương án điều tra, khảo sát tình hình thi hành pháp luật: đối tượng, phạm vi, phiếu khảo sát."])
spec("2.1.2/sp3", "BC", "Kết quả điều tra, khảo sát tình hình thi hành pháp luật {P}", "2022", ["huyen", "ptp"],
     ["Báo cáo kết quả điều tra, khảo sát tình hình thi hành pháp luật tại 06 xã, thị trấn với 300 phiếu."])
spec("2.1.3/sp1", "BC", "Công tác theo dõi thi hành pháp luật {P}", "2022", ["huyen"],
     ["Báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2022 trên địa bàn huyện."])
spec("2.2/sp1", "BC", "Kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật {P}", "2021", ["huyen"],
     ["Báo cáo công tác rà soát văn bản quy phạm pháp luật năm 2021: đã rà soát 35 văn bản."])
spec("2.3/sp1", "BC", "Kết quả xử lý văn bản trái pháp luật {P}", "2022", ["huyen"],
     ["Báo cáo kết quả xử lý văn bản trái pháp luật sau kiểm tra, xử lý văn bản quy phạm pháp luật."])
spec("2.3/sp3", "QĐ", "Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 10 tháng 5 năm 2019 của Ủy ban nhân dân huyện", "",
     ["huyen"], ["Điều 1. Bãi bỏ toàn bộ Quyết định số 12/2019/QĐ-UBND; sửa đổi, bổ sung, thay thế theo kết luận."],
     normative=True)
# ---- group 3: TTHC ---------------------------------------------------------------------------
spec("3.1.1/sp1", "BC", "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính {P}", "2022", ["huyen"],
     ["Báo cáo công tác kiểm soát thủ tục hành chính, tiếp nhận, xử lý phản ánh, kiến nghị năm 2022."],
     also=["3.3.1/sp1", "3.3.2/sp3", "3.3.3/sp3", "3.6.2/sp1"])
spec("3.1.1/sp2", "BC", "Kết quả rà soát, đánh giá thủ tục hành chính {P}", "2022", ["huyen"],
     ["Rà soát, đánh giá thủ tục hành chính; phương án đơn giản hóa; chi phí tuân thủ giảm 18%."], also=["3.1.2/sp1"])
spec("3.3.2/sp2", "QĐ", "Phê duyệt quy trình liên thông giải quyết thủ tục hành chính cấp huyện", "", ["tinh"],
     ["Điều 1. Phê duyệt quy trình liên thông giải quyết thủ tục hành chính giữa các cơ quan cùng cấp."],
     also=["3.3.3/sp2"])
spec("3.4.2/sp1", "CV", "V/v đề nghị thực hiện thủ tục hành chính theo hình thức 4 tại chỗ", "", ["huyen"],
     ["UBND huyện đề nghị bổ sung danh mục thủ tục hành chính thực hiện 4 tại chỗ tại Trung tâm Hành chính công."])
spec("3.5.2/sp2", "CV", "V/v xin lỗi do giải quyết hồ sơ trễ hạn", "", ["huyen"],
     ["Thư xin lỗi: hồ sơ của ông (bà) bị trễ hạn 02 ngày; thành thật xin lỗi và hẹn trả kết quả ngày 20/7/2022."])
# ---- group 4: tổ chức bộ máy ---------------------------------------------------------------
spec("4.1.1/sp2", "QĐ", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Nội vụ", "", ["huyen"],
     ["Điều 1. Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Nội vụ huyện."], normative=True)
spec("4.2.1/sp4", "QĐ", "Về việc giao biên chế công chức {P}", "2022", ["huyen"],
     ["Điều 1. Phân bổ biên chế, giao biên chế công chức năm 2022 cho các cơ quan chuyên môn thuộc UBND huyện."])
spec("4.2.1/sp3", "QĐ", "Về việc giao biên chế công chức trong các cơ quan, tổ chức hành chính {P}", "2022",
     ["snv", "tinh"], ["Điều 1. Phân bổ biên chế công chức năm 2022 cho UBND các huyện, thị xã, thành phố."])
spec("4.2.2/sp4", "QĐ", "Về việc giao số lượng người làm việc trong đơn vị sự nghiệp công lập {P}", "2022",
     ["huyen"], ["Điều 1. Phân bổ số lượng người làm việc năm 2022 cho các đơn vị sự nghiệp công lập trực thuộc."])
spec("4.3.1/sp1", "KH", "Kiểm tra việc thực hiện các cơ chế, chính sách đã được phân cấp {P}", "2022",
     ["huyen", "tckh", "pnv"], ["Kế hoạch kiểm tra việc thực hiện phân cấp quản lý nhà nước trong các lĩnh vực."])
spec("4.3.1/sp5", "BC", "Tình hình thực hiện các quy định về phân cấp quản lý nhà nước {P}", "2022", ["huyen"],
     ["Báo cáo thực hiện các quy định về phân cấp quản lý nhà nước trên các lĩnh vực được giao."],
     also=["4.3.3/sp4"])
# ---- group 5: công chức --------------------------------------------------------------------
spec("5.1.1/sp1", "TTr", "Đề nghị thẩm định Đề án vị trí việc làm của Ủy ban nhân dân huyện", "", ["huyen"],
     ["Trình cấp có thẩm quyền rà soát Đề án vị trí việc làm, bản mô tả công việc và khung năng lực."])
spec("5.2.1/sp2", "BC", "Kết quả tuyển dụng công chức cấp xã {P}", "2022", ["huyen"],
     ["Báo cáo kết quả tuyển dụng công chức cấp xã năm 2022: tuyển dụng 12 chỉ tiêu."])
spec("5.2.1/sp1", "TB", "Tuyển dụng công chức cấp xã {P}", "2022", ["huyen"],
     ["Thông báo kỳ tuyển dụng công chức cấp xã: chỉ tiêu, điều kiện, hồ sơ, thời gian nhận hồ sơ."])
spec("5.2.2/sp2", "BC", "Kết quả tuyển dụng viên chức {P}", "2022", ["huyen"],
     ["Báo cáo tuyển dụng viên chức sự nghiệp giáo dục năm 2022, kết quả xét tuyển viên chức."])
spec("5.3.2/sp1", "KH", "Tổ chức xét thăng hạng chức danh nghề nghiệp viên chức {P}", "2022", ["huyen"],
     ["Kế hoạch xét thăng hạng chức danh nghề nghiệp viên chức giáo dục từ hạng III lên hạng II."])
spec("5.5.1/sp1", "BC", "Kết quả đánh giá, phân loại cán bộ, công chức, viên chức {P}", "2022", ["huyen"],
     ["Báo cáo đánh giá, phân loại cán bộ, công chức, viên chức năm 2022 theo Nghị định số 90/2020/NĐ-CP."])
spec("5.5.2/sp2", "BC", "Tình hình thực hiện kỷ luật, kỷ cương hành chính {P}", "2022", ["huyen"],
     ["Báo cáo tình hình thực hiện kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước."])
spec("5.5.3/sp1", "BC", "Công tác quản lý hồ sơ công chức, viên chức {P}", "2022", ["huyen", "pnv"],
     ["Báo cáo công tác quản lý hồ sơ công chức, viên chức; cập nhật hồ sơ cán bộ trên phần mềm."])
spec("5.6/sp1", "KH", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức {P}", "2022", ["huyen"],
     ["Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2022 với 15 lớp bồi dưỡng."],
     issued="before")
spec("5.7.1/sp1", "BC", "Số lượng, chất lượng cán bộ, công chức cấp xã đến ngày 30/10/2022", "2022", ["huyen"],
     ["Báo cáo số lượng, chất lượng cán bộ, công chức cấp xã: 185 cán bộ, công chức cấp xã."])
spec("5.7.2/sp1", "NQ", "Sắp xếp, sáp nhập thôn, tổ dân phố trên địa bàn huyện Quảng Điền", "", ["hdnd-tinh"],
     ["Điều 1. Sắp xếp thôn, tổ dân phố: sáp nhập 08 thôn, tổ dân phố để thành lập 04 thôn, tổ dân phố mới."],
     normative=True)
# ---- group 6: tài chính công ---------------------------------------------------------------
spec("6.1.1/sp1", "QĐ", "Về việc công khai quyết toán ngân sách huyện {P}", "2021", ["huyen"],
     ["Điều 1. Công bố công khai số liệu quyết toán ngân sách huyện năm 2021 (theo các biểu kèm theo)."])
spec("6.1.2/sp1", "TB", "Thẩm tra quyết toán ngân sách huyện Quảng Điền {P}", "2021", ["stc"],
     ["Sở Tài chính thông báo kết quả thẩm tra quyết toán ngân sách năm 2021 của huyện Quảng Điền."])
spec("6.2.2/sp2", "BC", "Tình hình thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán {P}", "2021", ["huyen"],
     ["Báo cáo thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách."])
spec("6.3.1/sp1", "BC", "Tổng hợp tình hình thực hiện cơ chế tự chủ theo Nghị định 130/2005/NĐ-CP {P}", "2021",
     ["huyen"], ["Báo cáo thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính."],
     also=["6.3.2/sp1"])
spec("6.4.1/sp1", "BC", "Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập {P}", "2021", ["huyen"],
     ["Báo cáo tổng hợp trên địa bàn huyện về cơ chế tự chủ theo Nghị định 16/2015/NĐ-CP của đơn vị sự nghiệp công lập."])
spec("6.5/sp1", "BC", "Kết quả thực hành tiết kiệm, chống lãng phí {P}", "2021", ["huyen"],
     ["Báo cáo kết quả thực hành tiết kiệm, chống lãng phí năm 2021 trên địa bàn huyện."])
spec("6.6.1/sp1", "QĐ", "Ban hành Quy chế quản lý, sử dụng tài sản công của Văn phòng HĐND và UBND huyện", "",
     ["vp"], ["Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng tài sản công của cơ quan."])
spec("6.6.2/sp1", "BC", "Tình hình quản lý, sử dụng tài sản công {P}", "2021", ["huyen"],
     ["Báo cáo tình hình quản lý, sử dụng tài sản công năm 2021 của Ủy ban nhân dân huyện."])
# ---- group 7: chính quyền số ---------------------------------------------------------------
spec("7.1.1/sp1", "KH", "Ứng dụng công nghệ thông tin, phát triển chính quyền số {P}", "2022", ["huyen"],
     ["Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2022."], issued="before")
spec("7.1.2/sp1", "KH", "Số hóa kết quả giải quyết thủ tục hành chính {P}", "2022", ["huyen"],
     ["Kế hoạch số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại Trung tâm Hành chính công."])
spec("7.4.2/sp1", "BC", "Thống kê văn bản đi được ký số {P}", "2022", ["vp", "huyen"],
     ["Thống kê văn bản đi được ký số: 2.350/2.410 văn bản đi có chữ ký số (97,5%)."])
spec("7.5/sp1", "BC", "Kết quả triển khai cài đặt, sử dụng ứng dụng Hue-S {P}", "2022", ["huyen"],
     ["Báo cáo kết quả cài đặt ứng dụng Hue-S cho cán bộ, công chức và người dân trên địa bàn."])
spec("7.7.2/sp1", "BC", "Xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 {P}",
     "2022", ["huyen"], ["Báo cáo việc xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng ISO 9001."],
     also=["7.7.3/sp1"])
spec("7.7.1/sp1", "QĐ", "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015", "",
     ["huyen"], ["Điều 1. Công bố hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:2015."])
spec("7.8.1/sp1", "BC", "Thống kê số lượng văn bản đi, văn bản đến {P}", "2022", ["huyen", "vp"],
     ["Báo cáo thống kê số lượng văn bản đi, văn bản đến trên Hệ thống quản lý văn bản và điều hành."])
# ---- group 8: kinh tế - xã hội -------------------------------------------------------------
spec("8.2/sp1", "BC", "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội {P}", "2021", ["huyen"],
     ["Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2021 và phương hướng năm 2022."])
spec("8.3/sp1", "BC", "Tình hình thực thu ngân sách nhà nước trên địa bàn huyện {P}", "2022", ["huyen", "tckh"],
     ["Báo cáo tình hình thực thu ngân sách trên địa bàn huyện: thu ngân sách đạt 112% dự toán."])
spec("8.3/sp3", "NQ", "Về dự toán thu ngân sách nhà nước trên địa bàn tỉnh {P}", "2022", ["hdnd-tinh"],
     ["Điều 1. Giao thu ngân sách năm 2022 cho các huyện, thị xã, thành phố theo dự toán ngân sách."])
# ---- off-topic and wrong period (no product fits) -------------------------------------------
spec(None, "GM", "Dự họp giao ban tháng 8 năm 2022", "", ["vp"],
     ["Kính mời đồng chí dự họp giao ban công tác tháng 8 năm 2022 tại Hội trường UBND huyện."], truth_period="2022-08")
spec(None, "KH", "Tổ chức Tết Trung thu cho thiếu nhi {P}", "2022", ["vhtt"],
     ["Kế hoạch tổ chức vui Tết Trung thu cho thiếu nhi trên địa bàn huyện, kinh phí 30 triệu đồng."])
spec(None, "TB", "Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 9 năm 2022", "", ["huyen"],
     ["Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân."],
     truth_period="2022-09")
spec(None, "CĐ", "Về việc ứng phó với bão số 4", "", ["tinh"],
     ["Chủ tịch UBND tỉnh yêu cầu các địa phương triển khai ngay các biện pháp ứng phó với bão số 4."])
spec(None, "CT", "Về tăng cường công tác phòng, chống dịch bệnh trên gia súc, gia cầm", "", ["tinh"],
     ["Chỉ thị các sở, ngành, địa phương tăng cường phòng, chống dịch tả lợn châu Phi."], normative=False)
spec(None, "KH", "Cải cách hành chính {P}", "2021", ["huyen"],
     ["Ban hành Kế hoạch cải cách hành chính năm 2021 với các nhiệm vụ trọng tâm."], issued="before")   # wrong period
spec(None, "BC", "Kết quả thực hiện công tác cải cách hành chính {P}", "2021", ["huyen"],
     ["Báo cáo công tác cải cách hành chính năm 2021."])                                                 # wrong period
spec(None, "BC", "Công tác theo dõi thi hành pháp luật {P}", "2021", ["huyen"],
     ["Báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2021."])                               # wrong period
