# -*- coding: utf-8 -*-
"""Third development part of the understanding evaluation (kiemchung). FICTIONAL DATA, FOR TESTS ONLY.

`generate_eval.py OUT --part third` (ids t001…). Written 2026-11-28 by the classifier's author (so:
development data, never a substitute for a held-out set; the held-out sets were not read), from the
seed plan's appendix ("DỰ THẢO PHỤ LỤC": Sản phẩm đầu ra, Yêu cầu) and the rules' product titles, in
layouts and wordings the first two parts do not use:
- sibling products told apart by one detail: 4.1.1 vs 4.1.3 (a phòng vs an đơn vị sự nghiệp),
  4.3.1 vs 4.3.2 (phân cấp in general vs to the communes, kiểm tra vs thanh tra), 5.5.2 sp1 vs
  sp2 (the 0206 form vs the narrative report), 7.8.1 vs 7.8.2 (văn bản đi/đến vs hồ sơ), 5.1.2 vs
  5.1.4 (cơ quan chuyên môn vs đơn vị sự nghiệp);
- generic subjects whose CCHC content is in the body ("Kết quả thực hiện nhiệm vụ …"), công văn
  "V/v …", decisions with Điều 1 / Điều 2, biên bản kiểm tra, commune issuers;
- off-topic documents that look administrative (a KH of the right year from the right issuer, a
  QĐ thành lập đoàn kiểm tra about food safety …): they must not be classified.
Same spec format as specs.py; no criterion code in any path (15% misleading).
"""
import specs as base
import specs_more as more

ISSUERS = dict(more.ISSUERS)
ISSUERS.update({
    "xa-phu": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚ"], "code": "UBND",
               "place": "Quảng Phú", "unit": "xa-quang-phu", "body": "Ủy ban nhân dân xã", "cv_units": ["VP"]},
    "tt-sia": {"governing": "UBND HUYỆN QUẢNG ĐIỀN", "lines": ["ỦY BAN NHÂN DÂN", "THỊ TRẤN SỊA"], "code": "UBND",
               "place": "Sịa", "unit": "thi-tran-sia", "body": "Ủy ban nhân dân thị trấn", "cv_units": []},
})
SIGNERS = dict(more.SIGNERS)
SIGNER_FAMILY = dict(more.SIGNER_FAMILY)
SIGNER_FAMILY.update({"xa-phu": "ubnd", "tt-sia": "ubnd"})

S = []


def spec(product, type_, subject, period, issuers, body, also=(), normative=False, issued="after", truth_period=None):
    S.append(dict(product=product, also=list(also), type=type_, subject=subject, period=period, issuers=issuers,
                  body=body, normative=normative, issued=issued, truth_period=truth_period))


# ---- sibling products ------------------------------------------------------------------------
spec("4.1.1/sp2", "QĐ", "Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng HĐND và UBND huyện",
     "", ["huyen"], ["Điều 1. Vị trí và chức năng.", "Điều 2. Nhiệm vụ và quyền hạn.", "Điều 3. Cơ cấu tổ chức và biên chế."],
     normative=True)
spec("4.1.1/sp2", "QĐ", "Sửa đổi, bổ sung một số điều của Quy định chức năng, nhiệm vụ của Phòng Kinh tế và Hạ tầng", "",
     ["huyen-uy"], ["Điều 1. Sửa đổi khoản 3 Điều 2 về nhiệm vụ của Phòng.", "Điều 2. Quyết định có hiệu lực kể từ ngày ký."])
spec("4.1.3/sp1", "QĐ", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Văn hóa - Thông tin và Thể thao huyện",
     "", ["huyen"], ["Điều 1. Trung tâm là đơn vị sự nghiệp công lập trực thuộc UBND huyện.", "Điều 2. Nhiệm vụ, quyền hạn."])
spec("4.1.3/sp1", "CV", "V/v rà soát, sửa đổi chức năng, nhiệm vụ của các đơn vị sự nghiệp công lập sau sắp xếp", "",
     ["huyen"], ["Đề nghị các đơn vị sự nghiệp công lập trực thuộc rà soát, tham mưu sửa đổi quy định chức năng, nhiệm vụ."])
spec("4.3.1/sp1", "KH", "Kiểm tra việc thực hiện các cơ chế, chính sách phân cấp trong lĩnh vực ngân sách, đất đai {P}", "2022",
     ["tckh"], ["Nội dung kiểm tra: việc thực hiện phân cấp quản lý ngân sách, đầu tư công, đất đai."])
spec("4.3.1/sp2", "QĐ", "Thành lập Đoàn kiểm tra cơ chế, chính sách đã phân cấp về quản lý đầu tư công {P}", "2022",
     ["huyen"], ["Điều 1. Thành lập Đoàn kiểm tra gồm các ông, bà có tên sau.", "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra tại các phòng."])
spec("4.3.2/sp1", "QĐ", "Thành lập Đoàn thanh tra việc thực hiện nhiệm vụ quản lý nhà nước đã phân cấp cho UBND các xã, thị trấn",
     "", ["ttra"], ["Điều 1. Thành lập Đoàn thanh tra tại UBND các xã Quảng An, Quảng Thọ.", "Điều 2. Thời hạn thanh tra 15 ngày."])
spec("4.3.2/sp3", "BB", "Kiểm tra việc thực hiện nhiệm vụ quản lý nhà nước được phân cấp tại UBND thị trấn Sịa", "", ["ttra"],
     ["Hôm nay, Đoàn kiểm tra làm việc với UBND thị trấn Sịa về các nhiệm vụ được phân cấp cho cấp xã."],
     also=["4.3.1/sp3"])
spec("5.5.2/sp1", "BC", "Thống kê kỷ luật cán bộ, công chức theo mẫu biểu 0206.N/BNV-CB {P}", "2022", ["pnv"],
     ["Biểu số 0206.N/BNV-CB ban hành kèm theo Thông tư số 03/2018/TT-BNV của Bộ Nội vụ."])
spec("5.5.2/sp2", "BC", "Tình hình chấp hành kỷ cương, kỷ luật hành chính của cán bộ, công chức, viên chức {P}", "2022",
     ["huyen"], ["Trong năm không có cán bộ, công chức bị kỷ luật từ mức khiển trách trở lên."])
spec("5.5.2/sp2", "CV", "V/v báo cáo tình hình thực hiện kỷ luật, kỷ cương hành chính {P}", "2022", ["huyen-uy"],
     ["UBND huyện báo cáo Sở Nội vụ tình hình thực hiện kỷ luật, kỷ cương hành chính như sau."])
spec("7.8.1/sp1", "BC", "Số liệu văn bản đi, văn bản đến được xử lý trên Hệ thống QLVB&ĐH {P}", "2022", ["vp"],
     ["Tổng số văn bản đến: 8.412; văn bản đi: 3.275."])
spec("7.8.2/sp1", "BC", "Kết quả lập hồ sơ công việc theo Danh mục hồ sơ của cơ quan {P}", "2022", ["vp"],
     ["Số hồ sơ được lập: 1.120 hồ sơ theo Danh mục hồ sơ đã ban hành."], also=["7.8.3/sp1"])
spec("5.1.4/sp1", "BC", "Kết quả bố trí viên chức theo vị trí việc làm tại các đơn vị sự nghiệp trực thuộc {P}", "2022",
     ["pnv"], ["02/02 đơn vị sự nghiệp đã hoàn thành bản mô tả công việc, khung năng lực."])
spec("5.1.2/sp4", "BC", "Việc bố trí công chức theo Đề án vị trí việc làm tại các phòng chuyên môn {P}", "2022", ["huyen"],
     ["100% cơ quan chuyên môn bố trí công chức đúng vị trí việc làm đã được phê duyệt."])
# ---- new layouts: generic subjects, công văn, Điều 1/2, biên bản, communes --------------------
spec("1.2.a/sp2", "BC", "Kết quả thực hiện nhiệm vụ cải cách hành chính 6 tháng đầu năm 2022", "2022-H1", ["huyen"],
     ["I. Kết quả thực hiện công tác cải cách hành chính: cải cách thể chế, cải cách thủ tục hành chính.",
      "II. Phương hướng nhiệm vụ 6 tháng cuối năm."])
spec("1.3.2/sp1", "BC", "Kết quả khắc phục hạn chế theo Thông báo kết luận kiểm tra CCHC {P}", "2022", ["xa-phu", "tt-sia"],
     ["UBND xã đã khắc phục các tồn tại, hạn chế mà Đoàn kiểm tra cải cách hành chính của huyện đã chỉ ra."])
spec("1.3.1/sp3", "BB", "Kiểm tra công tác cải cách hành chính tại UBND xã Quảng Phú {P}", "2022", ["huyen", "pnv"],
     ["Hôm nay, Đoàn kiểm tra CCHC của huyện làm việc tại UBND xã Quảng Phú."])
spec("1.1.2/sp1", "CV", "V/v triển khai thực hiện Kế hoạch cải cách hành chính năm 2022", "2022", ["huyen"],
     ["Để thực hiện hiệu quả Kế hoạch CCHC năm 2022, UBND huyện đề nghị các phòng, ban, xã thực hiện."])
spec("2.2/sp2", "CV", "V/v xử lý văn bản quy phạm pháp luật sau rà soát", "", ["ptp"],
     ["Kiến nghị bãi bỏ 02 văn bản quy phạm pháp luật không còn phù hợp qua rà soát."], truth_period="")
spec("3.5.2/sp2", "CV", "V/v xin lỗi tổ chức, công dân do giải quyết hồ sơ quá hạn", "", ["xa-phu"],
     ["UBND xã Quảng Phú xin lỗi ông Nguyễn Văn A vì hồ sơ chứng thực bị trễ hạn 02 ngày."])
spec("5.2.1/sp1", "QĐ", "Công nhận kết quả kỳ tuyển dụng công chức cấp xã {P}", "2022", ["huyen"],
     ["Điều 1. Công nhận kết quả tuyển dụng đối với 05 thí sinh trúng tuyển công chức cấp xã.",
      "Điều 2. Phòng Nội vụ thông báo kết quả cho người trúng tuyển."])
spec("5.6/sp1", "KH", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức {P}", "2022", ["huyen"],
     ["Chỉ tiêu: 100% công chức được bồi dưỡng kiến thức quản lý nhà nước."], issued="before")
spec("5.7.2/sp1", "TTr", "Đề nghị sáp nhập thôn An Lộc và thôn An Hòa thuộc xã Quảng Phú", "", ["xa-phu"],
     ["Kính trình UBND huyện xem xét phương án sáp nhập thôn theo Nghị quyết của HĐND tỉnh."])
spec("7.7.1/sp1", "QĐ", "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015", "",
     ["huyen"], ["Điều 1. Công bố Hệ thống quản lý chất lượng của UBND huyện phù hợp TCVN ISO 9001:2015."])
spec("6.6.1/sp2", "QĐ", "Ban hành Quy chế quản lý, sử dụng tài sản công tại Phòng Tư pháp", "", ["ptp"],
     ["Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng tài sản công.", "Điều 2. Hiệu lực thi hành."])
spec("2.1.1/sp1", "KH", "Theo dõi tình hình thi hành pháp luật trọng tâm {P}", "2022", ["huyen-uy"],
     ["Lĩnh vực theo dõi trọng tâm: xử lý vi phạm hành chính, đất đai."], issued="before")
spec("3.6.2/sp1", "BC", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về quy định hành chính {P}", "2022", ["huyen"],
     ["Trong năm tiếp nhận 12 phản ánh, kiến nghị; đã xử lý 12."])
# ---- off-topic documents that look administrative (no product fits) ----------------------------
spec(None, "KH", "Kiểm tra công tác phòng, chống lụt, bão và tìm kiếm cứu nạn {P}", "2022", ["huyen"],
     ["Kiểm tra phương án phòng, chống thiên tai tại các xã vùng trũng."])
spec(None, "QĐ", "Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm dịp Tết Nguyên đán Quý Mão 2023", "", ["huyen"],
     ["Điều 1. Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm.", "Điều 2. Đoàn tự giải thể sau khi hoàn thành nhiệm vụ."])
spec(None, "BC", "Kết quả tổ chức Đại hội Thể dục thể thao huyện lần thứ IX {P}", "2022", ["vhtt"],
     ["Đại hội có 1.200 vận động viên tham gia 12 môn thi đấu."])
spec(None, "KH", "Tiêm vắc xin phòng COVID-19 mũi nhắc lại cho người từ 18 tuổi trở lên {P}", "2022", ["huyen"],
     ["Đối tượng, thời gian, địa điểm tiêm chủng; phân công trạm y tế."])
spec(None, "QĐ", "Phê duyệt Kế hoạch sử dụng đất năm 2022 của huyện Quảng Điền", "2022", ["huyen"],
     ["Điều 1. Phê duyệt Kế hoạch sử dụng đất năm 2022 với các chỉ tiêu sau."])
spec(None, "TB", "Lịch nghỉ Tết Nguyên đán Quý Mão 2023 và phân công trực Tết", "", ["vp"],
     ["Cán bộ, công chức được nghỉ Tết Nguyên đán từ ngày 20/01/2023 đến hết ngày 26/01/2023."], truth_period="")
spec(None, "BC", "Kết quả thực hiện nhiệm vụ tháng 6 năm 2022", "2022-06", ["tnmt"],
     ["Cấp 215 giấy chứng nhận quyền sử dụng đất; xử lý 04 vụ khai thác cát trái phép."])
spec(None, "BB", "Kiểm tra công tác vệ sinh môi trường tại chợ Sịa", "", ["tt-sia"],
     ["Đoàn kiểm tra ghi nhận tình trạng thu gom rác thải tại chợ."], truth_period="")
spec(None, "CV", "V/v báo cáo kết quả công tác phòng, chống dịch bệnh trên gia súc, gia cầm", "", ["huyen"],
     ["Đề nghị các xã báo cáo số đàn gia súc, gia cầm được tiêm phòng."], truth_period="")
