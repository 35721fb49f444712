# -*- coding: utf-8 -*-
"""More development documents for the understanding evaluation (kiemchung). FICTIONAL DATA, FOR TESTS ONLY.

The second part of the development set (ids m001…, `generate_eval.py OUT --part more`): documents
whose wording is NOT the rules' phrases — other word orders, abbreviations (CCHC, TTHC, CBCCVC,
VTVL, PAKN), synonyms ("xếp loại" for "phân loại", "trễ hẹn" for "trễ hạn"), the products the
first part does not cover, and more off-topic ones. Written 2026-11-28 from the seed plan's
appendix ("Sản phẩm đầu ra", "Yêu cầu") and the usual wording of district documents, by the
author of the classifier (so: development data, never a substitute for the held-out set; the
held-out documents were not read). Same spec format as specs.py; paths carry no criterion code
(or a misleading one): the classifier must read the content.
"""
import specs as base

ISSUERS = dict(base.ISSUERS)
ISSUERS.update({
    "ttra": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["THANH TRA HUYỆN"], "code": "TTr",
             "place": "Quảng Điền", "unit": "thanh-tra-huyen", "body": "Thanh tra huyện", "cv_units": []},
    "tthcc": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["TRUNG TÂM HÀNH CHÍNH CÔNG"], "code": "TTHCC",
              "place": "Quảng Điền", "unit": "tthcc", "body": "Trung tâm Hành chính công huyện", "cv_units": []},
    "tnmt": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"], "code": "TNMT",
             "place": "Quảng Điền", "unit": "phong-tnmt", "body": "Phòng Tài nguyên và Môi trường", "cv_units": []},
    "stp": {"governing": "UBND TỈNH THỪA THIÊN HUẾ", "lines": ["SỞ TƯ PHÁP"], "code": "STP",
            "place": "Thừa Thiên Huế", "unit": "so-tu-phap", "body": "Sở Tư pháp", "cv_units": []},
})
SIGNERS = dict(base.SIGNERS)
SIGNERS["ttra"] = [["CHÁNH THANH TRA"], ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"]]
SIGNERS["tt"] = [["GIÁM ĐỐC"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]]
SIGNER_FAMILY = dict(base.SIGNER_FAMILY)
SIGNER_FAMILY.update({"ttra": "ttra", "tthcc": "tt", "tnmt": "phong", "stp": "so"})

S = []


def spec(product, type_, subject, period, issuers, body, also=(), normative=False, issued="after", truth_period=None):
    S.append(dict(product=product, also=list(also), type=type_, subject=subject, period=period, issuers=issuers,
                  body=body, normative=normative, issued=issued, truth_period=truth_period))


# ---- group 1 ----------------------------------------------------------------------------------
spec("1.1.1/sp1", "KH", "Triển khai nhiệm vụ CCHC nhà nước trên địa bàn huyện {P}", "2022", ["huyen"],
     ["Mục đích, yêu cầu; nhiệm vụ trọng tâm; phân công cơ quan chủ trì; kinh phí thực hiện."], issued="before")
spec("1.1.2/sp2", "BC", "Tổng kết công tác CCHC {P} và phương hướng nhiệm vụ năm 2023", "2022", ["huyen-uy"],
     ["Số nhiệm vụ đã hoàn thành theo Kế hoạch: 47/49 (95,9%)."],
     also=["1.2.a/sp4", "4.1.1/sp1", "4.2.1/sp6", "4.2.2/sp5"])
spec("1.2.a/sp2", "BC", "Sơ kết CCHC {P}", "2022-H1", ["huyen"],
     ["Kết quả sáu tháng đầu năm, nhiệm vụ sáu tháng cuối năm."])
spec("1.2.a/sp1", "BC", "Công tác CCHC {P}", "2022-Q1", ["huyen-uy"],
     ["Tình hình triển khai các nhiệm vụ trong quý."])
spec("1.3.1/sp2", "QĐ", "Thành lập Đoàn kiểm tra CCHC {P}", "2022", ["huyen-uy"],
     ["Điều 1. Thành lập Đoàn kiểm tra gồm các thành viên có tên sau."])
spec("1.3.1/sp4", "TB", "Kết luận của Đoàn kiểm tra CCHC tại UBND xã Quảng Phú", "", ["huyen"],
     ["Đoàn kiểm tra thông báo kết luận: ưu điểm, tồn tại, hạn chế và yêu cầu khắc phục."], truth_period="")
spec("1.3.2/sp1", "BC", "Khắc phục những tồn tại sau kiểm tra CCHC {P}", "2022", ["xa", "tckh"],
     ["Đơn vị đã khắc phục các tồn tại theo Thông báo kết luận của Đoàn kiểm tra."])
spec("1.4.1/sp1", "KH", "Tuyên truyền CCHC {P}", "2022", ["vhtt"],
     ["Nội dung, hình thức tuyên truyền; phân công thực hiện."])
spec("1.4.1/sp2", "BC", "Tổng hợp kết quả thực hiện các nhiệm vụ theo Kế hoạch tuyên truyền CCHC {P}", "2022", ["vhtt"],
     ["Biểu tổng hợp: nhiệm vụ, kết quả thực hiện, tỷ lệ hoàn thành."])
spec("1.5/sp1", "QĐ", "Công nhận giải pháp mới, sáng kiến trong cải cách hành chính {P}", "2022", ["tinh", "huyen"],
     ["Điều 1. Công nhận 02 giải pháp có phạm vi ảnh hưởng cấp huyện."])
spec("1.6/sp1", "BC", "Thống kê kết quả thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao {P}", "2022", ["vp"],
     ["Bảng thống kê: nội dung nhiệm vụ, thời hạn, văn bản hoàn thành, thời gian hoàn thành."])
# ---- group 2 ----------------------------------------------------------------------------------
spec("2.1.1/sp1", "KH", "Theo dõi THPL {P} trên địa bàn huyện", "2022", ["huyen"],
     ["Lĩnh vực trọng tâm theo dõi; phân công các phòng, ban."], issued="before")
spec("2.1.2/sp1", "PA", "Khảo sát tình hình THPL trong lĩnh vực đất đai {P}", "2022", ["ptp"],
     ["Đối tượng khảo sát, số phiếu, cách thức tổng hợp."])
spec("2.1.2/sp3", "BC", "Kết quả khảo sát, điều tra tình hình thi hành pháp luật về đất đai {P}", "2022", ["ptp"],
     ["Đã phát 250 phiếu, thu về 241 phiếu."])
spec("2.1.3/sp1", "BC", "Tình hình thi hành pháp luật và công tác theo dõi THPL {P}", "2022", ["huyen"],
     ["Kết quả theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm."])
spec("2.2/sp1", "BC", "Công tác rà soát văn bản QPPL {P}", "2021", ["huyen"],
     ["Kết quả rà soát, hệ thống hóa văn bản do HĐND, UBND huyện ban hành."])
spec("2.3/sp1", "BC", "Tình hình xử lý các văn bản trái pháp luật được phát hiện qua kiểm tra {P}", "2022", ["ptp"],
     ["Số văn bản được kiến nghị xử lý và kết quả xử lý."])
spec("2.3/sp2", "KL", "Kiểm tra văn bản quy phạm pháp luật do UBND huyện Quảng Điền ban hành", "", ["stp"],
     ["Sở Tư pháp kết luận về văn bản có nội dung trái pháp luật và kiến nghị xử lý."])
# ---- group 3 ----------------------------------------------------------------------------------
spec("3.1.1/sp1", "BC", "Công tác kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông {P}", "2022", ["huyen"],
     ["Kết quả giải quyết hồ sơ, tiếp nhận phản ánh, kiến nghị về quy định hành chính."],
     also=["3.3.1/sp1", "3.3.2/sp3", "3.3.3/sp3", "3.6.2/sp1"])
spec("3.1.1/sp2", "BC", "Rà soát, đánh giá quy định, TTHC {P}", "2022", ["huyen"],
     ["Phương án đơn giản hóa và biểu mẫu tính chi phí tuân thủ kèm theo."], also=["3.1.2/sp1"])
spec("3.4.2/sp2", "QĐ", "Danh mục TTHC thực hiện tiếp nhận, thẩm định, phê duyệt, trả kết quả tại chỗ tại Trung tâm Hành chính công cấp huyện",
     "", ["tinh"], ["Điều 1. Danh mục thủ tục hành chính thực hiện theo hình thức 4 tại chỗ."])
spec("3.5.2/sp2", "CV", "V/v xin lỗi vì giải quyết hồ sơ đất đai trễ hẹn", "", ["huyen", "tthcc"],
     ["Hồ sơ của bà bị chậm 03 ngày làm việc so với ngày hẹn trả; chúng tôi thành thật xin lỗi."])
spec("3.6.2/sp1", "BC", "Kết quả tiếp nhận, xử lý PAKN của cá nhân, tổ chức về TTHC {P}", "2022", ["vp"],
     ["Số phản ánh, kiến nghị tiếp nhận, đã xử lý, đang xử lý."])
# ---- group 4 ----------------------------------------------------------------------------------
spec("4.1.1/sp2", "QĐ", "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của Phòng Tư pháp huyện", "",
     ["huyen"], ["Điều 1. Vị trí và chức năng; Điều 2. Nhiệm vụ và quyền hạn."], normative=True)
spec("4.1.3/sp1", "QĐ", "Sửa đổi quy định chức năng, nhiệm vụ, quyền hạn của Trung tâm Dịch vụ Nông nghiệp huyện", "",
     ["huyen"], ["Điều 1. Sửa đổi, bổ sung Điều 2 về nhiệm vụ, quyền hạn của đơn vị sự nghiệp công lập."])
spec("4.2.2/sp3", "QĐ", "Giao số lượng người làm việc trong các đơn vị sự nghiệp công lập thuộc UBND huyện Quảng Điền {P}",
     "2022", ["snv"], ["Điều 1. Giao số lượng người làm việc hưởng lương từ ngân sách nhà nước."])
spec("4.3.1/sp2", "QĐ", "Thành lập Đoàn kiểm tra việc thực hiện phân cấp quản lý nhà nước về ngân sách, đầu tư {P}", "2022",
     ["huyen"], ["Điều 1. Thành lập Đoàn kiểm tra các cơ chế, chính sách đã được phân cấp."])
spec("4.3.1/sp3", "BB", "Kiểm tra việc thực hiện phân cấp quản lý trong lĩnh vực đất đai tại xã Quảng Thọ", "", ["tnmt"],
     ["Đoàn kiểm tra việc thực hiện các nhiệm vụ được phân cấp đã làm việc với UBND xã."])
spec("4.3.2/sp2", "KH", "Thanh tra, kiểm tra việc thực hiện nhiệm vụ quản lý nhà nước được phân cấp cho UBND cấp xã {P}",
     "2022", ["ttra"], ["Nội dung thanh tra việc thực hiện nhiệm vụ quản lý nhà nước đã phân cấp cho cấp xã."])
spec("4.3.3/sp3", "BC", "Kết quả kiểm tra cơ chế, chính sách được phân cấp trên các lĩnh vực quản lý {P}", "2022",
     ["tckh"], ["Kết quả kiểm tra và việc xử lý các tồn tại về phân cấp."])
# ---- group 5 ----------------------------------------------------------------------------------
spec("5.1.1/sp1", "TTr", "Thẩm định, phê duyệt điều chỉnh Đề án VTVL, bản mô tả công việc và khung năng lực", "", ["huyen"],
     ["Kính trình Sở Nội vụ thẩm định Đề án vị trí việc làm của các cơ quan chuyên môn."])
spec("5.1.2/sp4", "BC", "Tình hình thực hiện Đề án vị trí việc làm trong các cơ quan chuyên môn thuộc UBND huyện {P}",
     "2022", ["pnv"], ["Số công chức được bố trí đúng vị trí việc làm."])
spec("5.2.1/sp2", "BC", "Tuyển dụng công chức xã, thị trấn {P}", "2022", ["pnv"],
     ["Kết quả kỳ tuyển dụng: số chỉ tiêu, số người trúng tuyển."])
spec("5.2.2/sp1", "TB", "Tuyển dụng viên chức giáo dục {P}", "2022", ["huyen"],
     ["Chỉ tiêu tuyển dụng, điều kiện dự tuyển, hồ sơ và thời hạn nộp."])
spec("5.3.1/sp1", "QĐ", "Bổ nhiệm chức danh nghề nghiệp và xếp lương đối với viên chức {P}", "2022", ["huyen"],
     ["Điều 1. Bổ nhiệm chức danh nghề nghiệp giáo viên tiểu học hạng III."])
spec("5.3.2/sp1", "TB", "Kết quả xét thăng hạng chức danh nghề nghiệp giáo viên {P}", "2022", ["huyen"],
     ["Danh sách viên chức đủ điều kiện thăng hạng."])
spec("5.5.1/sp1", "BC", "Đánh giá, xếp loại chất lượng CBCCVC {P}", "2022", ["huyen-uy", "pnv"],
     ["Tổng hợp kết quả xếp loại: hoàn thành xuất sắc, hoàn thành tốt, hoàn thành nhiệm vụ."])
spec("5.5.2/sp2", "BC", "Việc chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức {P}", "2022", ["pnv"],
     ["Không có cán bộ, công chức bị kỷ luật trong năm."])
spec("5.5.3/sp1", "BC", "Quản lý hồ sơ CCVC và cập nhật dữ liệu trên phần mềm quản lý cán bộ {P}", "2022", ["pnv"],
     ["Tỷ lệ hồ sơ đã cập nhật trên phần mềm: 98%."])
spec("5.6/sp1", "KH", "Bồi dưỡng, tập huấn cán bộ, công chức, viên chức {P}", "2022", ["huyen-uy"],
     ["Số lớp, đối tượng, nội dung, kinh phí bồi dưỡng."], issued="before")
spec("5.7.2/sp1", "PA", "Sắp xếp, sáp nhập các thôn, tổ dân phố trên địa bàn xã Quảng Thành", "", ["xa"],
     ["Sáp nhập thôn Phú Lương A và thôn Phú Lương B thành thôn Phú Lương."])
# ---- group 6 ----------------------------------------------------------------------------------
spec("6.1.1/sp1", "QĐ", "Công bố công khai số liệu quyết toán ngân sách địa phương {P}", "2021", ["huyen"],
     ["Điều 1. Công bố công khai số liệu quyết toán theo các biểu đính kèm."])
spec("6.1.2/sp1", "TB", "Kết quả thẩm tra quyết toán ngân sách địa phương {P} của huyện Quảng Điền", "2021", ["stc"],
     ["Sở Tài chính thông báo kết quả thẩm tra báo cáo quyết toán."])
spec("6.5/sp1", "BC", "Công tác thực hành tiết kiệm, chống lãng phí {P}", "2021", ["huyen"],
     ["Kết quả tiết kiệm chi thường xuyên, mua sắm tài sản."])
spec("6.6.1/sp2", "QĐ", "Ban hành Quy chế quản lý và sử dụng tài sản công của Phòng Nội vụ", "", ["pnv"],
     ["Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng tài sản công."])
spec("6.6.2/sp1", "BC", "Kết quả quản lý, sử dụng tài sản công tại các cơ quan, đơn vị {P}", "2021", ["huyen"],
     ["Tình hình quản lý, sử dụng nhà, đất, xe ô tô và tài sản khác."])
# ---- group 7 ----------------------------------------------------------------------------------
spec("7.1.1/sp1", "KH", "Chuyển đổi số và ứng dụng CNTT trong hoạt động của các cơ quan nhà nước {P}", "2022", ["huyen"],
     ["Mục tiêu phát triển chính quyền số, dịch vụ công trực tuyến."], issued="before")
spec("7.1.2/sp1", "KH", "Thực hiện số hóa hồ sơ, kết quả giải quyết TTHC {P}", "2022", ["huyen-uy"],
     ["Lộ trình số hóa kết quả giải quyết thủ tục hành chính."])
spec("7.4.2/sp1", "BC", "Tình hình sử dụng chữ ký số trên văn bản điện tử {P}", "2022", ["vp"],
     ["Tỷ lệ văn bản đi được ký số: 96%."])
spec("7.7.2/sp1", "BC", "Duy trì, cải tiến Hệ thống quản lý chất lượng ISO 9001:2015 tại UBND huyện {P}", "2022", ["huyen"],
     ["Đánh giá nội bộ, xem xét của lãnh đạo, cải tiến quy trình."], also=["7.7.3/sp1"])
spec("7.8.2/sp1", "BC", "Thống kê số lượng hồ sơ công việc được lập trên Hệ thống quản lý văn bản và điều hành {P}", "2022",
     ["vp"], ["Số hồ sơ được lập theo Danh mục hồ sơ."], also=["7.8.3/sp1"])
# ---- group 8 ----------------------------------------------------------------------------------
spec("8.2/sp2", "BC", "Tình hình kinh tế - xã hội {P}, nhiệm vụ, giải pháp năm 2023", "2022", ["huyen"],
     ["Tốc độ tăng trưởng, thu ngân sách, an sinh xã hội."], also=["8.4/sp1"])
spec("8.3/sp2", "BC", "Thu ngân sách nhà nước 10 tháng năm 2022 (số liệu đến 31/10/2022)", "2022-10M", ["tckh"],
     ["Số liệu có xác nhận của Kho bạc Nhà nước Quảng Điền."])
# ---- off-topic and wrong period (no product fits) ---------------------------------------------
spec(None, "KH", "Tổ chức các hoạt động hè cho thanh thiếu nhi {P}", "2022", ["vhtt"],
     ["Hoạt động vui chơi, thể thao, kỹ năng sống."])
spec(None, "TB", "Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 7 năm 2022", "", ["vp"],
     ["Chủ tịch UBND huyện kết luận các nội dung tại cuộc họp."], truth_period="2022-07")
spec(None, "QĐ", "Hỗ trợ kinh phí khắc phục thiệt hại do mưa lũ cho các hộ gia đình", "", ["huyen"],
     ["Điều 1. Hỗ trợ 200 triệu đồng cho các hộ bị thiệt hại."])
spec(None, "KH", "Phòng, chống thiên tai và tìm kiếm cứu nạn {P}", "2022", ["huyen"],
     ["Phương châm bốn tại chỗ trong phòng, chống thiên tai."])
spec(None, "BC", "Công tác CCHC {P}", "2021", ["huyen"],
     ["Tình hình triển khai các nhiệm vụ năm 2021."])                                                    # wrong period
spec(None, "KH", "Kiểm tra công tác CCHC {P}", "2021", ["huyen"],
     ["Kiểm tra tại các phòng, ban, xã."], issued="before")                                              # wrong period
