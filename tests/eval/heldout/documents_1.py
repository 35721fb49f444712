"""Held-out documents, groups 1-4 of the 2022 appendix (tests/eval/heldout/README.md).

Written by hand from the seed plan's appendix ("DỰ THẢO PHỤ LỤC": Sản phẩm đầu ra, Yêu cầu),
without looking at the classifier's phrases or the development set's templates.
Body items: ("p", text) paragraph, ("i", text) italic paragraph, ("h", text) bold heading,
("c", text) centred bold line, ("t", rows) a small table (first row = header).
"""

CT = "Nguyễn Cửu Thịnh"      # Chủ tịch UBND huyện (fictional)
PCT1 = "Lê Văn Hoàng"        # Phó Chủ tịch
PCT2 = "Hồ Xuân Thắng"       # Phó Chủ tịch
CVP = "Trần Đình Khôi"       # Chánh Văn phòng HĐND và UBND
PCVP = "Lương Thị Hằng"
TP_NV = "Phan Thanh Long"
TP_TP = "Đặng Quốc Việt"
TP_VH = "Võ Thị Mỹ Lệ"
GD_HCC = "Hoàng Ngọc Ánh"

TM_CT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
KT_CT = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
TM_KT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
TL_CVP = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]

R_UP = ["Sở Nội vụ;", "Thường trực Huyện ủy;", "Thường trực HĐND huyện;", "CT và các PCT UBND huyện;",
        "Lưu: VT, NV."]
R_DOWN = ["Thường trực Huyện ủy (b/c);", "CT, các PCT UBND huyện;", "Các phòng, ban, đơn vị thuộc huyện;",
          "UBND các xã, thị trấn;", "Lưu: VT."]

DOCS = [
    # ---------------------------------------------------------------- 1.1 Kế hoạch CCHC
    dict(id="h001", products=["1.1.1/sp1"], iss="huyen", num="215", type="KH", date=(2021, 12, 28),
         layout="std", motto=1, stamp=True,
         subj=["Triển khai nhiệm vụ cải cách hành chính nhà nước", "trên địa bàn huyện năm 2022"], period="2022",
         sign=TM_CT, name=CT, rec=R_DOWN,
         body=[("p", "Thực hiện Quyết định số 1963/QĐ-UBND ngày 10 tháng 8 năm 2021 của UBND tỉnh và chỉ đạo của "
                     "UBND tỉnh về công tác cải cách hành chính (CCHC), Ủy ban nhân dân huyện xây dựng kế hoạch "
                     "với các nội dung sau:"),
               ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
               ("p", "Xác định rõ nhiệm vụ, sản phẩm đầu ra, thời hạn hoàn thành và cơ quan chủ trì đối với từng "
                     "nội dung CCHC trên 6 lĩnh vực; bố trí kinh phí bảo đảm thực hiện."),
               ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
               ("p", "1. Công tác chỉ đạo, điều hành: ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền; thực hiện "
                     "đầy đủ chế độ báo cáo quý, 6 tháng, năm."),
               ("p", "2. Cải cách thủ tục hành chính: rà soát, đơn giản hóa thủ tục; 100% hồ sơ được số hóa."),
               ("p", "3. Cải cách tổ chức bộ máy, chế độ công vụ, tài chính công; xây dựng chính quyền số."),
               ("h", "III. TỔ CHỨC THỰC HIỆN"),
               ("p", "Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả báo cáo UBND huyện.")],
         path="Ke hoach CCHC/KH 215 nam 2022 (ban ky so).pdf", pstyle="nocode"),
    dict(id="h002", products=["1.1.2/sp2", "1.2.a/sp4", "4.1.1/sp1", "4.2.1/sp6", "4.2.2/sp5"], iss="huyen",
         num="512", type="BC", date=(2022, 12, 8), layout="split", motto=0,
         subj=["Tổng kết công tác cải cách hành chính năm 2022,", "phương hướng nhiệm vụ năm 2023"], period="2022",
         sign=KT_CT, name=PCT1, rec=R_UP,
         body=[("h", "I. KẾT QUẢ THỰC HIỆN"),
               ("p", "1. Kết quả thực hiện Kế hoạch CCHC năm 2022: tổng số nhiệm vụ đề ra 47, đã hoàn thành 45 "
                     "nhiệm vụ, đạt 95,7%; 02 nhiệm vụ đang triển khai."),
               ("p", "2. Về sắp xếp tổ chức bộ máy: rà soát, kiện toàn chức năng, nhiệm vụ của 12 cơ quan chuyên "
                     "môn; không phát sinh đơn vị sắp xếp mới."),
               ("p", "3. Về quản lý biên chế: biên chế công chức được giao 98, có mặt 93; số người làm việc trong "
                     "đơn vị sự nghiệp được giao 1.215, có mặt 1.176; không vượt số được giao."),
               ("h", "II. PHƯƠNG HƯỚNG NĂM 2023"),
               ("p", "Tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng phục vụ người dân, doanh nghiệp.")],
         path="1.1.2/BC tong ket CCHC 2022.pdf", pstyle="code"),
    # ---------------------------------------------------------------- 1.2 Báo cáo định kỳ
    dict(id="h003", products=["1.2.a/sp1"], iss="huyen", num="89", type="BC", date=(2022, 3, 10), dstyle="numeric",
         layout="narrow", motto=2,
         subj=["Kết quả thực hiện nhiệm vụ cải cách hành chính Quý I/2022"], period="2022-Q1",
         sign=KT_CT, name=PCT2, rec=["Sở Nội vụ (b/c);", "TT Huyện ủy;", "Lãnh đạo UBND huyện;", "Lưu: VT."],
         body=[("p", "Thực hiện Kế hoạch số 215/KH-UBND ngày 28/12/2021 của UBND huyện, UBND huyện báo cáo kết quả "
                     "CCHC quý I như sau:"),
               ("p", "1. Đã ban hành 08/08 kế hoạch chuyên đề; tổ chức hội nghị triển khai nhiệm vụ năm."),
               ("p", "2. Trung tâm Hành chính công tiếp nhận 2.184 hồ sơ, giải quyết đúng hạn 99,1%."),
               ("p", "3. Tồn tại: việc ký số văn bản tại một số xã còn chậm.")],
         path="Bao cao dinh ky/Quy 1.pdf", pstyle="nocode"),
    dict(id="h004", products=["1.2.a/sp2"], iss="huyen", num="201", type="BC", date=(2022, 6, 9), layout="daterow",
         motto=1, subj=["Công tác cải cách hành chính 6 tháng đầu năm 2022", "và nhiệm vụ trọng tâm thời gian tới"],
         period="2022-H1", sign=TM_CT, name=CT, rec=R_UP,
         body=[("h", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
               ("p", "UBND huyện đã ban hành đầy đủ các kế hoạch CCHC, kế hoạch kiểm tra, kế hoạch tuyên truyền; "
                     "tổ chức kiểm tra 05 cơ quan, đơn vị."),
               ("h", "II. KẾT QUẢ TRÊN CÁC LĨNH VỰC"),
               ("p", "Cải cách thủ tục hành chính: công khai 100% TTHC trên Trang thông tin điện tử huyện; tỷ lệ hồ "
                     "sơ trực tuyến đạt 41%."),
               ("h", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
               ("p", "Hoàn thành tự chấm điểm chỉ số CCHC; đẩy mạnh thanh toán trực tuyến.")],
         path="TC 1.2/BC 6 thang dau nam 2022.pdf", pstyle="code"),
    dict(id="h005", products=["1.2.a/sp3"], iss="huyen", num="318", type="BC", date=(2022, 9, 9), dstyle="numeric",
         layout="std", motto=0, font="sans",
         subj=["Kết quả thực hiện công tác CCHC quý III năm 2022"], period="2022-Q3",
         sign=KT_CT, name=PCT1, rec=["Sở Nội vụ;", "TT HĐND huyện;", "Lưu: VT, NV."],
         body=[("p", "Trong quý III, UBND huyện tập trung chỉ đạo các cơ quan chuyên môn và UBND các xã, thị trấn "
                     "thực hiện nghiêm kỷ luật, kỷ cương hành chính."),
               ("p", "Kết quả giải quyết hồ sơ: tiếp nhận 2.560 hồ sơ, trong đó trực tuyến 1.190 hồ sơ; trễ hạn "
                     "06 hồ sơ, đã phát hành thư xin lỗi."),
               ("p", "Đề xuất, kiến nghị: đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ tự chấm điểm.")],
         path="scan_0917.pdf", pstyle="nocode"),
    # ---------------------------------------------------------------- 1.3 Kiểm tra CCHC
    dict(id="h006", products=["1.3.1/sp1"], iss="huyen", num="12", type="KH", date=(2022, 1, 12), layout="std",
         motto=0, gov="UBND TỈNH THỪA THIÊN HUẾ", lines=["ỦY BAN NHÂN DÂN HUYỆN", "QUẢNG ĐIỀN"],
         subj=["Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương", "hành chính năm 2022"], period="2022",
         sign=KT_CT, name=PCT2, rec=R_DOWN,
         body=[("h", "I. MỤC ĐÍCH, YÊU CẦU"),
               ("p", "Đánh giá việc triển khai nhiệm vụ CCHC tại ít nhất 30% cơ quan chuyên môn và UBND cấp xã; "
                     "kịp thời chấn chỉnh những tồn tại, hạn chế."),
               ("h", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
               ("t", [["TT", "Đơn vị được kiểm tra", "Thời gian"],
                      ["1", "Phòng Tài nguyên và Môi trường", "Tháng 5/2022"],
                      ["2", "UBND xã Quảng Phước", "Tháng 5/2022"],
                      ["3", "UBND xã Quảng Lợi", "Tháng 8/2022"],
                      ["4", "UBND thị trấn Sịa", "Tháng 9/2022"]]),
               ("h", "III. TỔ CHỨC THỰC HIỆN"),
               ("p", "Giao Phòng Nội vụ tham mưu thành lập Đoàn kiểm tra, xây dựng đề cương báo cáo.")],
         path="1_3_1 Kiem tra/KH kiem tra 2022.pdf", pstyle="code"),
    dict(id="h007", products=["1.3.1/sp2"], iss="huyen", num="1046", type="QĐ", date=(2022, 5, 4), layout="split",
         motto=1, subj=["Về việc thành lập Đoàn kiểm tra cải cách hành chính năm 2022", "tại các cơ quan chuyên môn "
                        "và UBND các xã, thị trấn"], period="2022",
         sign=["CHỦ TỊCH"], name=CT, rec=["Như Điều 3;", "Lưu: VT, NV."],
         body=[("c", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
               ("i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
               ("i", "Căn cứ Kế hoạch số 12/KH-UBND ngày 12/01/2022 của UBND huyện về kiểm tra công tác CCHC;"),
               ("i", "Theo đề nghị của Trưởng phòng Nội vụ."),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2022 gồm các ông, bà: "
                     "1. Ông Lê Văn Hoàng, Phó Chủ tịch UBND huyện, Trưởng đoàn; 2. Ông Phan Thanh Long, Trưởng "
                     "phòng Nội vụ, Phó Trưởng đoàn; 3. Bà Lương Thị Hằng, Phó Chánh Văn phòng, thành viên."),
               ("p", "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra theo nội dung Kế hoạch; tự giải thể sau khi hoàn "
                     "thành nhiệm vụ."),
               ("p", "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các ông, bà có tên tại "
                     "Điều 1 chịu trách nhiệm thi hành Quyết định này.")],
         path="Quyet dinh/QD 1046 thanh lap doan.pdf", pstyle="nocode"),
    dict(id="h008", products=["1.3.1/sp3"], iss="doan", num="03", type="BB", date=(2022, 5, 24), layout="bb",
         motto=0, subj=["Kiểm tra công tác cải cách hành chính năm 2022", "tại UBND xã Quảng Phước"], period="2022",
         sign=["TRƯỞNG ĐOÀN"], name=PCT1, rec=[],
         left_sign=(["ĐẠI DIỆN UBND XÃ QUẢNG PHƯỚC", "CHỦ TỊCH"], "Nguyễn Văn Sáu"),
         body=[("p", "Hôm nay, vào lúc 08 giờ 00 phút ngày 24/5/2022, tại trụ sở UBND xã Quảng Phước, Đoàn kiểm tra "
                     "CCHC huyện (thành lập theo Quyết định số 1046/QĐ-UBND ngày 04/5/2022) tiến hành kiểm tra."),
               ("h", "I. THÀNH PHẦN"),
               ("p", "Đoàn kiểm tra: ông Lê Văn Hoàng, Trưởng đoàn; ông Phan Thanh Long; bà Lương Thị Hằng. "
                     "Đơn vị được kiểm tra: ông Nguyễn Văn Sáu, Chủ tịch UBND xã; công chức Văn phòng - Thống kê."),
               ("h", "II. NỘI DUNG KIỂM TRA"),
               ("p", "Công tác chỉ đạo, điều hành CCHC; niêm yết, công khai TTHC tại Bộ phận tiếp nhận và trả kết "
                     "quả; việc chấp hành giờ giấc làm việc của cán bộ, công chức."),
               ("h", "III. NHẬN XÉT"),
               ("p", "Đơn vị đã ban hành kế hoạch CCHC; tuy nhiên bảng niêm yết TTHC chưa cập nhật 03 thủ tục lĩnh "
                     "vực hộ tịch mới công bố."),
               ("p", "Biên bản kết thúc lúc 11 giờ 15 phút cùng ngày, đã đọc lại cho các thành viên cùng nghe và "
                     "thống nhất ký tên.")],
         path="TC 1.3.1/Bien ban Quang Phuoc.pdf", pstyle="code"),
    dict(id="h009", products=["1.3.1/sp4"], iss="huyen", num="146", type="TB", date=(2022, 6, 15), layout="std",
         motto=3, stamp=True,
         subj=["Kết luận của Đoàn kiểm tra cải cách hành chính năm 2022", "tại UBND xã Quảng Phước"], period="2022",
         sign=TL_CVP, name=CVP, rec=["UBND xã Quảng Phước;", "Phòng Nội vụ;", "Lưu: VT."],
         body=[("p", "Ngày 24/5/2022, Đoàn kiểm tra CCHC của huyện đã kiểm tra tại UBND xã Quảng Phước. Xét báo cáo "
                     "của Đoàn, Phó Chủ tịch UBND huyện Lê Văn Hoàng kết luận như sau:"),
               ("h", "1. Ưu điểm"),
               ("p", "UBND xã đã quan tâm chỉ đạo công tác CCHC; 100% hồ sơ tiếp nhận được cập nhật lên phần mềm."),
               ("h", "2. Tồn tại, hạn chế"),
               ("p", "Niêm yết TTHC chưa kịp thời; một số hồ sơ chưa số hóa kết quả."),
               ("h", "3. Yêu cầu khắc phục"),
               ("p", "UBND xã khắc phục các tồn tại nêu trên và báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) "
                     "trong thời hạn 30 ngày kể từ ngày nhận Thông báo này.")],
         path="Tieu chi 1.4.1/TB ket luan QP.pdf", pstyle="misleading"),
    dict(id="h010", products=["1.3.1/sp5"], iss="huyen", num="436", type="BC", date=(2022, 11, 4), layout="narrow",
         motto=0, dstyle="nozero",
         subj=["Kết quả kiểm tra công tác cải cách hành chính năm 2022"], period="2022",
         sign=KT_CT, name=PCT1, rec=["Sở Nội vụ;", "Các đơn vị được kiểm tra;", "Lưu: VT, NV."],
         body=[("p", "Thực hiện Kế hoạch số 12/KH-UBND ngày 12/01/2022, UBND huyện đã tổ chức kiểm tra tại 04 "
                     "đơn vị (đạt 33% số cơ quan, đơn vị)."),
               ("p", "Qua kiểm tra, các đơn vị cơ bản thực hiện tốt nhiệm vụ; Đoàn đã ban hành 04 thông báo kết "
                     "luận. Đến nay 04/04 đơn vị đã báo cáo khắc phục."),
               ("p", "Kiến nghị: tiếp tục tăng cường kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính.")],
         path="BC sau kiem tra CCHC.pdf", pstyle="nocode"),
    dict(id="h011", products=["1.3.2/sp1"], iss="xa-quang-phuoc", num="58", type="BC", date=(2022, 7, 8),
         layout="std", motto=1,
         subj=["Kết quả khắc phục tồn tại, hạn chế sau kiểm tra", "công tác cải cách hành chính"], period="",
         sign=TM_KT, name="Trần Thị Lài", rec=["UBND huyện (qua Phòng Nội vụ);", "TT Đảng ủy xã;", "Lưu: VT."],
         body=[("p", "Thực hiện Thông báo số 146/TB-UBND ngày 15/6/2022 của UBND huyện về kết luận kiểm tra công tác "
                     "CCHC tại UBND xã Quảng Phước, UBND xã báo cáo kết quả khắc phục như sau:"),
               ("p", "1. Đã cập nhật, niêm yết đầy đủ 03 thủ tục hành chính lĩnh vực hộ tịch tại Bộ phận tiếp nhận "
                     "và trả kết quả (có hình ảnh kèm theo)."),
               ("p", "2. Đã số hóa 100% kết quả giải quyết hồ sơ từ ngày 01/6/2022."),
               ("p", "UBND xã Quảng Phước kính báo cáo UBND huyện.")],
         path="Xa Quang Phuoc/BC khac phuc sau kiem tra.pdf", pstyle="nocode"),
    dict(id="h012", products=["1.3.2/sp1"], iss="tnmt", num="41", type="BC", date=(2022, 7, 1), layout="split",
         motto=2, font="sans",
         subj=["Về việc khắc phục những hạn chế theo kết luận kiểm tra", "cải cách hành chính của UBND huyện"],
         period="", sign=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], name="Tôn Thất Huy",
         rec=["UBND huyện;", "Phòng Nội vụ;", "Lưu: TNMT."],
         body=[("p", "Căn cứ Thông báo kết luận số 139/TB-UBND ngày 07/6/2022, Phòng Tài nguyên và Môi trường đã "
                     "triển khai khắc phục các nội dung:"),
               ("p", "- Rà soát, chuyển trả 12 hồ sơ đất đai quá hạn; thực hiện xin lỗi người dân đối với hồ sơ "
                     "trễ hẹn."),
               ("p", "- Phân công lại nhiệm vụ theo vị trí việc làm; 100% công chức ký số văn bản đi."),
               ("p", "Phòng kính báo cáo UBND huyện xem xét.")],
         path="TC 1.3.2/TNMT khac phuc.pdf", pstyle="code"),
    # ---------------------------------------------------------------- 1.4 Tuyên truyền
    dict(id="h013", products=["1.4.1/sp1"], iss="huyen", num="221", type="KH", date=(2021, 12, 24), layout="daterow",
         motto=0, subj=["Thông tin, tuyên truyền về cải cách hành chính", "trên địa bàn huyện Quảng Điền năm 2022"],
         period="2022", sign=KT_CT, name=PCT2, rec=R_DOWN,
         body=[("p", "Nhằm nâng cao nhận thức của cán bộ, công chức và người dân về CCHC, UBND huyện ban hành Kế "
                     "hoạch tuyên truyền với các nội dung sau:"),
               ("p", "1. Tuyên truyền trên Đài truyền thanh huyện, Trang thông tin điện tử, Fanpage và Zalo Page "
                     "của huyện: tối thiểu 02 tin, bài mỗi tháng."),
               ("p", "2. Treo băng rôn, pano; phát tờ gấp hướng dẫn nộp hồ sơ trực tuyến tại các thôn, tổ dân phố."),
               ("p", "3. Tổ chức cuộc thi tìm hiểu về CCHC trong đoàn viên, thanh niên."),
               ("p", "Giao Phòng Văn hóa và Thông tin chủ trì, theo dõi và báo cáo kết quả trước ngày 15/11/2022.")],
         path="Tuyen truyen/KH tuyen truyen 2022.pdf", pstyle="nocode"),
    dict(id="h014", products=["1.4.1/sp3"], iss="vhtt", num="27", type="BC", date=(2022, 11, 10), layout="std",
         motto=1, subj=["Kết quả công tác tuyên truyền cải cách hành chính năm 2022"], period="2022",
         sign=["TRƯỞNG PHÒNG"], name=TP_VH, rec=["UBND huyện (b/c);", "Phòng Nội vụ;", "Lưu: VT."],
         body=[("p", "Thực hiện Kế hoạch số 221/KH-UBND ngày 24/12/2021 của UBND huyện, Phòng Văn hóa và Thông tin "
                     "báo cáo kết quả như sau:"),
               ("t", [["Nhiệm vụ", "Chỉ tiêu", "Kết quả"],
                      ["Tin, bài trên Đài truyền thanh", "24", "31"],
                      ["Tin, bài trên Trang TTĐT huyện", "24", "28"],
                      ["Băng rôn, pano", "20", "22"],
                      ["Cuộc thi tìm hiểu CCHC", "01", "01"]]),
               ("p", "Đánh giá: hoàn thành 100% nhiệm vụ theo kế hoạch.")],
         path="1.4.1 - BC tuyen truyen CCHC 2022.pdf", pstyle="code"),
    dict(id="h015", products=["1.4.2.a/sp1"], iss="ttvh", num="19", type="BC", date=(2022, 11, 7), layout="std",
         motto=0, subj=["Danh mục tin, bài tuyên truyền cải cách hành chính", "trên hệ thống truyền thanh và Trang "
                        "thông tin điện tử huyện năm 2022"], period="2022",
         sign=["GIÁM ĐỐC"], name="Huỳnh Văn Tứ", rec=["Phòng Văn hóa và Thông tin;", "Văn phòng HĐND và UBND huyện;",
                                                     "Lưu: VT."],
         body=[("p", "Trung tâm báo cáo danh mục tin, bài đã phát sóng và đăng tải (kèm đường link, thời gian đăng):"),
               ("t", [["TT", "Tên tin, bài", "Ngày đăng", "Đường link"],
                      ["1", "Quảng Điền đẩy mạnh dịch vụ công trực tuyến", "14/3/2022", "quangdien.thuathienhue.gov.vn/tin-1"],
                      ["2", "Người dân nộp hồ sơ qua Hue-S", "02/6/2022", "quangdien.thuathienhue.gov.vn/tin-2"],
                      ["3", "Thị trấn Sịa số hóa kết quả TTHC", "19/9/2022", "quangdien.thuathienhue.gov.vn/tin-3"]]),
               ("p", "Tổng cộng: 46 tin, bài trên Đài truyền thanh, 29 tin, bài trên Trang thông tin điện tử.")],
         path="Danh muc tin bai.pdf", pstyle="nocode"),
    dict(id="h016", products=["1.5/sp1"], iss="huyen", num="2875", type="QĐ", date=(2022, 10, 26), layout="std",
         motto=1, stamp=True,
         subj=["Về việc công nhận sáng kiến, giải pháp mới", "trong công tác cải cách hành chính năm 2022"],
         period="2022", sign=TM_CT, name=CT, rec=["Như Điều 3;", "Sở Nội vụ;", "Lưu: VT."],
         body=[("c", "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
               ("i", "Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ sáng kiến;"),
               ("i", "Xét đề nghị của Hội đồng sáng kiến huyện tại Tờ trình số 52/TTr-HĐSK ngày 20/10/2022."),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Công nhận 02 sáng kiến trong công tác CCHC: (1) Giải pháp hẹn giờ tiếp nhận hồ sơ qua "
                     "Zalo tại Trung tâm Hành chính công huyện; (2) Mô hình \"Tổ công nghệ số cộng đồng\" tại xã "
                     "Quảng Thành."),
               ("p", "Điều 2. Quyết định có hiệu lực kể từ ngày ký."),
               ("p", "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các tác giả có tên tại "
                     "Điều 1 chịu trách nhiệm thi hành.")],
         path="TC1.5 - Sang kien CCHC.pdf", pstyle="code"),
    dict(id="h017", products=["1.6/sp1"], iss="huyen", num="447", type="BC", date=(2022, 11, 16), layout="split",
         motto=0, subj=["Tình hình thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh", "giao năm 2022"],
         period="2022", sign=TL_CVP, name=CVP, rec=["Văn phòng UBND tỉnh;", "CT, các PCT UBND huyện;", "Lưu: VT."],
         body=[("p", "Từ ngày 01/01/2022 đến ngày 15/11/2022, UBND huyện được UBND tỉnh, Chủ tịch UBND tỉnh giao 76 "
                     "nhiệm vụ; đã hoàn thành đúng hạn 75 nhiệm vụ, 01 nhiệm vụ chưa đến hạn."),
               ("t", [["TT", "Nội dung nhiệm vụ được giao", "Thời hạn", "Văn bản hoàn thành", "Ngày hoàn thành"],
                      ["1", "Báo cáo công tác phòng chống thiên tai", "15/3/2022", "85/BC-UBND", "14/3/2022"],
                      ["2", "Rà soát quy hoạch sử dụng đất", "30/4/2022", "120/UBND-TNMT", "28/4/2022"]]),
               ("p", "(Chi tiết tại Phụ lục kèm theo.)")],
         path="Tieu chi 1.6/Thong ke nhiem vu tinh giao.pdf", pstyle="code"),
    # ---------------------------------------------------------------- 2. Văn bản QPPL
    dict(id="h018", products=["2.1.1/sp1"], iss="huyen", num="09", type="KH", date=(2022, 1, 10), layout="std",
         motto=2, subj=["Theo dõi tình hình thi hành pháp luật trên địa bàn", "huyện Quảng Điền năm 2022"],
         period="2022", sign=KT_CT, name=PCT2, rec=["Sở Tư pháp;", "Các phòng, ban thuộc huyện;",
                                                    "UBND các xã, thị trấn;", "Lưu: VT, TP."],
         body=[("p", "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành "
                     "pháp luật, UBND huyện ban hành Kế hoạch như sau:"),
               ("p", "1. Lĩnh vực trọng tâm: xử lý vi phạm hành chính; bảo vệ môi trường tại các khu dân cư."),
               ("p", "2. Hình thức: thu thập thông tin, điều tra, khảo sát, kiểm tra tình hình thi hành pháp luật."),
               ("p", "3. Giao Phòng Tư pháp chủ trì, báo cáo kết quả trước ngày 15/11/2022.")],
         path="KH 09 THPL.pdf", pstyle="nocode"),
    dict(id="h019", products=["2.1.2/sp1"], iss="ptp", num="03", type="PA", date=(2022, 4, 5), layout="narrow",
         motto=1, dstyle="numeric",
         subj=["Khảo sát tình hình thi hành pháp luật về xử lý vi phạm", "hành chính trên địa bàn huyện"], period="",
         sign=["TRƯỞNG PHÒNG"], name=TP_TP, rec=["UBND huyện (b/c);", "UBND các xã, thị trấn;", "Lưu: VT."],
         body=[("h", "1. Đối tượng, phạm vi khảo sát"),
               ("p", "Cán bộ, công chức làm công tác xử lý vi phạm hành chính tại 11 xã, thị trấn và 300 người dân."),
               ("h", "2. Phương pháp"),
               ("p", "Phát phiếu khảo sát theo mẫu kèm theo; phỏng vấn trực tiếp; tổng hợp bằng bảng tính."),
               ("h", "3. Thời gian"),
               ("p", "Từ ngày 15/4/2022 đến ngày 30/6/2022; báo cáo kết quả trước ngày 15/7/2022.")],
         path="Tu phap/Phuong an khao sat THPL.pdf", pstyle="nocode"),
    dict(id="h020", products=["2.1.2/sp3"], iss="ptp", num="31", type="BC", date=(2022, 7, 14), layout="std",
         motto=0, font="sans",
         subj=["Kết quả khảo sát tình hình thi hành pháp luật", "về xử lý vi phạm hành chính năm 2022"],
         period="2022", sign=["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], name="Ngô Thị Diệu Hiền",
         rec=["UBND huyện;", "Sở Tư pháp;", "Lưu: VT."],
         body=[("p", "Thực hiện Phương án số 03/PA-TP ngày 05/4/2022, Phòng Tư pháp đã phát 300 phiếu, thu về 287 phiếu."),
               ("p", "Kết quả: 92% người được hỏi biết về quy định xử phạt; 11% cho rằng thủ tục nộp phạt còn phức tạp."),
               ("p", "Kiến nghị: mở rộng nộp phạt qua dịch vụ công trực tuyến.")],
         path="2.1.2/BC khao sat.pdf", pstyle="code"),
    dict(id="h021", products=["2.1.3/sp1"], iss="huyen", num="421", type="BC", date=(2022, 11, 8), layout="daterow",
         motto=1, subj=["Công tác theo dõi tình hình thi hành pháp luật năm 2022"], period="2022",
         sign=KT_CT, name=PCT2, rec=["Sở Tư pháp;", "Lưu: VT, TP."],
         body=[("h", "I. TÌNH HÌNH THI HÀNH PHÁP LUẬT"),
               ("p", "Công tác theo dõi thi hành pháp luật được triển khai đồng bộ; đã kiểm tra 03 cơ quan, 04 xã."),
               ("h", "II. KẾT QUẢ THEO DÕI TRONG LĨNH VỰC TRỌNG TÂM"),
               ("p", "Xử lý vi phạm hành chính: ban hành 214 quyết định xử phạt, đúng thẩm quyền, đúng thời hạn."),
               ("h", "III. KIẾN NGHỊ"),
               ("p", "Đề nghị Sở Tư pháp tăng cường tập huấn nghiệp vụ cho công chức Tư pháp - Hộ tịch.")],
         path="Tieu chi 7.1.1/BC THPL 2022.pdf", pstyle="misleading"),
    dict(id="h022", products=["2.2/sp1"], iss="huyen", num="21", type="BC", date=(2022, 1, 20), layout="std",
         motto=0, subj=["Kết quả tự kiểm tra, rà soát, hệ thống hóa văn bản", "quy phạm pháp luật năm 2021"],
         period="2021", sign=KT_CT, name=PCT2, rec=["Sở Tư pháp;", "Lưu: VT, TP."],
         body=[("p", "Năm 2021, UBND huyện đã rà soát 46 văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành "
                     "từ năm 2008 đến nay."),
               ("p", "Kết quả: 38 văn bản còn hiệu lực; 05 văn bản hết hiệu lực toàn bộ; 03 văn bản cần bãi bỏ."),
               ("p", "UBND huyện đã giao Phòng Tư pháp tham mưu xử lý đối với các văn bản cần bãi bỏ.")],
         path="BC ra soat VBQPPL nam 2021.pdf", pstyle="nocode"),
    dict(id="h023", products=["2.2/sp2"], iss="ptp", num="14", type="TTr", date=(2022, 3, 17), layout="split",
         motto=2, kg=["Ủy ban nhân dân huyện Quảng Điền"],
         subj=["Về việc đề nghị bãi bỏ văn bản quy phạm pháp luật", "sau rà soát năm 2021"], period="2021",
         sign=["TRƯỞNG PHÒNG"], name=TP_TP, rec=["Như trên;", "Lưu: VT."],
         body=[("p", "Căn cứ kết quả rà soát văn bản quy phạm pháp luật năm 2021 (Báo cáo số 21/BC-UBND ngày "
                     "20/01/2022), Phòng Tư pháp kính trình UBND huyện xem xét:"),
               ("p", "1. Bãi bỏ Quyết định số 12/2009/QĐ-UBND ngày 15/6/2009 của UBND huyện về quản lý chợ; lý do: "
                     "căn cứ ban hành đã hết hiệu lực."),
               ("p", "2. Bãi bỏ Quyết định số 04/2011/QĐ-UBND ngày 21/3/2011 về thu phí vệ sinh."),
               ("p", "Kính trình UBND huyện xem xét, quyết định.")],
         path="TTr bai bo van ban.pdf", pstyle="nocode"),
    dict(id="h024", products=["2.3/sp1"], iss="huyen", num="287", type="BC", date=(2022, 8, 19), layout="narrow",
         motto=0, dstyle="numeric",
         subj=["Kết quả xử lý văn bản có nội dung trái pháp luật", "theo kết luận kiểm tra của Sở Tư pháp"],
         period="", sign=KT_CT, name=PCT2, rec=["Sở Tư pháp;", "Lưu: VT, TP."],
         body=[("p", "Ngày 20/7/2022, Sở Tư pháp có Kết luận kiểm tra văn bản số 1450/KL-STP, trong đó xác định Quyết "
                     "định số 02/2021/QĐ-UBND của UBND huyện có nội dung không phù hợp quy định."),
               ("p", "UBND huyện đã ban hành Quyết định số 05/2022/QĐ-UBND ngày 10/8/2022 sửa đổi nội dung sai sót, "
                     "đúng thời hạn theo yêu cầu."),
               ("p", "UBND huyện kính báo cáo Sở Tư pháp.")],
         path="TC 2.3/BC xu ly van ban trai phap luat.pdf", pstyle="code"),
    # ---------------------------------------------------------------- 3. Thủ tục hành chính
    dict(id="h025", products=["3.1.1/sp1", "3.3.1/sp1", "3.3.2/sp3", "3.3.3/sp3", "3.6.2/sp1"], iss="huyen",
         num="498", type="BC", date=(2022, 12, 12), layout="std", motto=1, stamp=True,
         subj=["Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính,", "thực hiện cơ chế một cửa, "
               "một cửa liên thông năm 2022"], period="2022",
         sign=KT_CT, name=PCT1, rec=["Văn phòng UBND tỉnh;", "CT, các PCT UBND huyện;", "Lưu: VT, VP."],
         body=[("h", "I. CÔNG TÁC KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH"),
               ("p", "Năm 2022, huyện không ban hành văn bản có quy định TTHC theo thẩm quyền."),
               ("h", "II. THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG"),
               ("p", "100% TTHC thuộc thẩm quyền cấp huyện (265 thủ tục) được tiếp nhận tại Trung tâm Hành chính công; "
                     "62 TTHC liên thông cùng cấp, 58 TTHC liên thông giữa các cấp chính quyền."),
               ("h", "III. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ"),
               ("p", "Tiếp nhận 07 phản ánh, kiến nghị; đã xử lý 07/07 (100%).")],
         path="3.1.1/BC kiem soat TTHC nam 2022.pdf", pstyle="code"),
    dict(id="h026", products=["3.1.1/sp2", "3.1.2/sp1"], iss="huyen", num="224", type="BC", date=(2022, 6, 24),
         layout="daterow", motto=0,
         subj=["Kết quả rà soát, đánh giá thủ tục hành chính năm 2022"], period="2022",
         sign=TL_CVP, name=CVP, rec=["Văn phòng UBND tỉnh;", "Lưu: VT."],
         body=[("p", "Thực hiện kế hoạch rà soát của UBND tỉnh, UBND huyện đã rà soát 18 thủ tục thuộc lĩnh vực đất "
                     "đai, hộ tịch, xây dựng."),
               ("p", "Phương án đơn giản hóa: kiến nghị giảm thời gian giải quyết 05 thủ tục; bãi bỏ thành phần hồ sơ "
                     "bản sao giấy tờ tùy thân đối với 03 thủ tục; chi phí tuân thủ dự kiến tiết kiệm 214 triệu "
                     "đồng/năm (biểu mẫu rà soát và biểu tính chi phí kèm theo).")],
         path="ra soat TTHC.pdf", pstyle="nocode"),
    dict(id="h027", products=["3.3.1/sp2"], iss="tthcc", num="22", type="BC", date=(2022, 11, 11), layout="std",
         motto=1, font="sans",
         subj=["Thống kê số thủ tục hành chính thuộc thẩm quyền giải quyết", "và số thủ tục đưa vào tiếp nhận tại "
               "Trung tâm Hành chính công huyện"], period="",
         sign=["GIÁM ĐỐC"], name=GD_HCC, rec=["UBND huyện;", "Văn phòng HĐND và UBND huyện;", "Lưu: VT."],
         body=[("t", [["Lĩnh vực", "Số TTHC thuộc thẩm quyền", "Số TTHC tiếp nhận tại Trung tâm"],
                      ["Đất đai", "38", "38"], ["Hộ tịch", "21", "21"], ["Xây dựng", "12", "12"],
                      ["Các lĩnh vực khác", "194", "194"], ["Tổng cộng", "265", "265 (100%)"]]),
               ("p", "Toàn bộ hồ sơ được tiếp nhận qua Hệ thống thông tin giải quyết TTHC tập trung của tỉnh.")],
         path="TTHCC/Thong ke TTHC tai Trung tam.pdf", pstyle="nocode"),
    dict(id="h028", products=["3.3.3/sp2"], iss="tinh", num="1520", type="QĐ", date=(2022, 6, 29), layout="narrow",
         motto=0, stamp=True,
         subj=["Phê duyệt danh mục thủ tục hành chính thực hiện liên thông", "giữa cấp tỉnh, cấp huyện và cấp xã "
               "trên địa bàn tỉnh"], period="",
         sign=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name="Lê Thị Kim Oanh",
         rec=["Như Điều 3;", "CT, các PCT UBND tỉnh;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT, KSTT."],
         body=[("c", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"),
               ("i", "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, "
                     "một cửa liên thông trong giải quyết thủ tục hành chính;"),
               ("i", "Xét đề nghị của Chánh Văn phòng UBND tỉnh."),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Phê duyệt kèm theo Quyết định này danh mục 58 thủ tục hành chính thực hiện liên thông "
                     "giữa cấp tỉnh, cấp huyện và cấp xã."),
               ("p", "Điều 2. Quyết định có hiệu lực từ ngày ký."),
               ("p", "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện, thị xã, thành "
                     "phố chịu trách nhiệm thi hành.")],
         path="Van ban tinh/QD 1520 lien thong.pdf", pstyle="nocode"),
    dict(id="h029", products=["3.3.2/sp1"], iss="tthcc", num="24", type="BC", date=(2022, 11, 14), layout="split",
         motto=2, subj=["Danh mục thủ tục hành chính giải quyết liên thông", "giữa các cơ quan chuyên môn cấp huyện"],
         period="", sign=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name="Dương Thị Ngọc Trâm",
         rec=["UBND huyện;", "Lưu: VT."],
         body=[("p", "Đến ngày 14/11/2022, có 62 TTHC/nhóm TTHC được giải quyết liên thông cùng cấp trên phần mềm "
                     "xử lý dịch vụ công tập trung."),
               ("t", [["TT", "Tên TTHC/nhóm TTHC", "Cơ quan phối hợp"],
                      ["1", "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi", "Công an, BHXH"],
                      ["2", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Phòng KT&HT, Phòng TN&MT"]])],
         path="3_3_2 lien thong cung cap.pdf", pstyle="code"),
    dict(id="h030", products=["3.4.1/sp1"], iss="tthcc", num="23", type="BC", date=(2022, 11, 15), layout="std",
         motto=0, dstyle="numeric",
         subj=["Tình hình cập nhật, thiết lập quy trình điện tử giải quyết", "thủ tục hành chính trên phần mềm"],
         period="", sign=["GIÁM ĐỐC"], name=GD_HCC, rec=["UBND huyện;", "Lưu: VT."],
         body=[("p", "Tại thời điểm 15/11/2022, Trung tâm đã cập nhật và thiết lập quy trình cho 265/265 TTHC trên "
                     "Hệ thống thông tin giải quyết TTHC của tỉnh."),
               ("p", "Tổng thời gian các bước thiết lập không vượt quá thời hạn giải quyết theo quy định đối với "
                     "100% thủ tục.")],
         path="Tieu chi 3.5.3/Cap nhat quy trinh.pdf", pstyle="misleading"),
    dict(id="h031", products=["3.4.2/sp1"], iss="huyen", num="1288", type="CV", sym="UBND-VP",
         date=(2022, 4, 11), layout="cv", motto=1, kg=["Văn phòng UBND tỉnh Thừa Thiên Huế"],
         subj=["V/v đề nghị bổ sung danh mục thủ tục hành chính", "thực hiện \"4 tại chỗ\" tại Trung tâm HCC huyện"],
         period="", sign=KT_CT, name=PCT1, rec=["Như trên;", "Trung tâm Hành chính công huyện;", "Lưu: VT."],
         body=[("p", "Hiện nay Trung tâm Hành chính công huyện đang thực hiện tiếp nhận, thẩm định, phê duyệt và trả "
                     "kết quả tại chỗ đối với 121/265 TTHC (45,7%)."),
               ("p", "Để bảo đảm trên 50% số TTHC được giải quyết tại chỗ, UBND huyện đề nghị bổ sung 24 thủ tục "
                     "thuộc lĩnh vực hộ tịch, chứng thực, lao động - thương binh và xã hội (danh mục kèm theo)."),
               ("p", "Kính đề nghị Văn phòng UBND tỉnh xem xét, tham mưu UBND tỉnh phê duyệt.")],
         path="CV 1288 4 tai cho.pdf", pstyle="nocode"),
    dict(id="h032", products=["3.5.1/sp1"], iss="tthcc", num="25", type="BC", date=(2022, 11, 16), layout="narrow",
         motto=1, subj=["Tổng hợp kết quả giải quyết hồ sơ thủ tục hành chính", "từ ngày 01/01/2022 đến ngày "
                        "15/11/2022"], period="2022",
         sign=["GIÁM ĐỐC"], name=GD_HCC, rec=["UBND huyện;", "Phòng Nội vụ;", "Lưu: VT."],
         body=[("t", [["Chỉ tiêu", "Số hồ sơ"], ["Đã giải quyết", "9.842"], ["Đúng hạn, trước hạn", "9.801"],
                      ["Trễ hạn", "41"], ["Tỷ lệ đúng hạn", "99,58%"]]),
               ("p", "Hình ảnh thống kê trên phần mềm được đính kèm báo cáo này.")],
         path="3.5.1/Tong hop ho so.pdf", pstyle="code"),
    dict(id="h033", products=["3.5.2/sp2"], iss="tnmt", num="212", type="CV", sym="TNMT", date=(2022, 8, 3),
         layout="cv", motto=0, stamp=True, kg=["Ông Nguyễn Văn Bảy, thôn Phò Nam, xã Quảng Thành"],
         subj=["V/v xin lỗi do chậm trả kết quả hồ sơ", "đăng ký biến động đất đai"], period="",
         sign=["TRƯỞNG PHÒNG"], name="Tôn Thất Huy", rec=["Như trên;", "Trung tâm Hành chính công huyện;",
                                                          "Lưu: VT."],
         body=[("p", "Ngày 12/7/2022, Trung tâm Hành chính công huyện tiếp nhận hồ sơ đăng ký biến động đất đai của "
                     "Ông, hẹn trả kết quả ngày 26/7/2022."),
               ("p", "Do phải xác minh nguồn gốc thửa đất, hồ sơ chưa được giải quyết đúng hẹn. Phòng Tài nguyên và "
                     "Môi trường chân thành xin lỗi Ông và hẹn trả kết quả vào ngày 10/8/2022."),
               ("p", "Rất mong Ông thông cảm.")],
         path="Thu xin loi/TNMT 212.pdf", pstyle="nocode"),
    dict(id="h034", products=["3.5.3/sp1"], iss="tthcc", num="26", type="BC", date=(2022, 11, 17), layout="std",
         motto=1, font="sans",
         subj=["Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "tại Trung tâm Hành chính công huyện "
               "năm 2022"], period="2022",
         sign=["GIÁM ĐỐC"], name=GD_HCC, rec=["UBND huyện;", "Lưu: VT."],
         body=[("p", "Từ ngày 01/01/2022 đến 15/11/2022, Trung tâm tiếp nhận 9.980 hồ sơ; đã số hóa đầu vào 9.980 "
                     "hồ sơ và số hóa kết quả 9.842 hồ sơ đã giải quyết (100%)."),
               ("p", "Bộ phận tiếp nhận và trả kết quả hiện đại của 11 xã, thị trấn số hóa 100% hồ sơ.")],
         path="So hoa ho so TTHCC.pdf", pstyle="nocode"),
    dict(id="h035", products=["3.6.2/sp1"], iss="huyen", num="470", type="BC", date=(2022, 12, 1), layout="daterow",
         motto=0, subj=["Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân,", "tổ chức về thủ tục hành chính "
                        "năm 2022"], period="2022",
         sign=TL_CVP, name=CVP, rec=["Văn phòng UBND tỉnh;", "Lưu: VT."],
         body=[("p", "Năm 2022, UBND huyện tiếp nhận 07 phản ánh, kiến nghị qua Hue-S, đường dây nóng và hòm thư "
                     "góp ý đặt tại Trung tâm Hành chính công huyện."),
               ("p", "Đã xử lý 07/07 phản ánh, kiến nghị (100%), công khai kết quả trên Trang thông tin điện tử huyện.")],
         path="Tieu chi 3.1.1/PAKN 2022.pdf", pstyle="misleading"),
    # ---------------------------------------------------------------- 4. Tổ chức bộ máy
    dict(id="h036", products=["4.1.1/sp2"], iss="huyen", num="1705", type="QĐ", date=(2022, 7, 18), layout="split",
         motto=1, subj=["Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "của Phòng Văn hóa và "
                        "Thông tin huyện Quảng Điền"], period="",
         sign=TM_CT, name=CT, rec=["Như Điều 3;", "Sở Nội vụ;", "Lưu: VT, NV."],
         body=[("c", "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
               ("i", "Căn cứ Nghị định số 37/2014/NĐ-CP ngày 05/5/2014 của Chính phủ quy định tổ chức các cơ quan "
                     "chuyên môn thuộc UBND huyện, quận, thị xã, thành phố thuộc tỉnh;"),
               ("i", "Căn cứ Thông tư số 01/2022/TT-BVHTTDL ngày 21/01/2022 của Bộ Văn hóa, Thể thao và Du lịch;"),
               ("i", "Theo đề nghị của Trưởng phòng Nội vụ."),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
                     "chức của Phòng Văn hóa và Thông tin."),
               ("p", "Điều 2. Quyết định này thay thế Quyết định số 2210/QĐ-UBND ngày 14/9/2016 của UBND huyện."),
               ("p", "Điều 3. Chánh Văn phòng, Trưởng phòng Nội vụ, Trưởng phòng Văn hóa và Thông tin chịu trách "
                     "nhiệm thi hành.")],
         path="4.1.1 QD chuc nang nhiem vu VHTT.pdf", pstyle="code"),
    dict(id="h037", products=["4.1.3/sp1"], iss="huyen", num="1911", type="QĐ", date=(2022, 8, 22), layout="std",
         motto=0, stamp=True,
         subj=["Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "của Trung tâm Văn hóa - Thông tin và Thể "
               "thao huyện"], period="",
         sign=TM_KT, name=PCT1, rec=["Như Điều 3;", "Lưu: VT, NV."],
         body=[("c", "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
               ("i", "Căn cứ Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ quy định về thành lập, tổ chức "
                     "lại, giải thể đơn vị sự nghiệp công lập;"),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Trung tâm Văn hóa - Thông tin và Thể thao huyện là đơn vị sự nghiệp công lập trực thuộc "
                     "UBND huyện, có chức năng tổ chức các hoạt động văn hóa, thông tin, thể thao trên địa bàn."),
               ("p", "Điều 2. Cơ cấu tổ chức gồm Giám đốc, không quá 02 Phó Giám đốc và 03 tổ chuyên môn."),
               ("p", "Điều 3. Quyết định có hiệu lực kể từ ngày ký.")],
         path="Bo may/QD Trung tam VHTTTT.pdf", pstyle="nocode"),
    dict(id="h038", products=["4.2.1/sp3", "4.2.2/sp3"], iss="snv", num="845", type="QĐ", date=(2022, 1, 26),
         layout="narrow", motto=1,
         subj=["Về việc giao biên chế công chức và số lượng người làm việc", "năm 2022 cho UBND huyện Quảng Điền"],
         period="2022", sign=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name="Dương Văn Nhật",
         rec=["UBND huyện Quảng Điền;", "Sở Tài chính;", "Lưu: VT, TCBC."],
         body=[("c", "GIÁM ĐỐC SỞ NỘI VỤ"),
               ("i", "Căn cứ Quyết định số 3215/QĐ-UBND ngày 28/12/2021 của UBND tỉnh về giao biên chế năm 2022;"),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Giao cho UBND huyện Quảng Điền năm 2022: 98 biên chế công chức trong các cơ quan hành "
                     "chính; 1.215 người làm việc trong các đơn vị sự nghiệp công lập."),
               ("p", "Điều 2. UBND huyện có trách nhiệm phân bổ, quản lý, sử dụng biên chế đúng quy định."),
               ("p", "Điều 3. Quyết định có hiệu lực kể từ ngày ký.")],
         path="TC 4.2/QD giao bien che 2022.pdf", pstyle="code"),
    dict(id="h039", products=["4.2.1/sp4"], iss="huyen", num="402", type="QĐ", date=(2022, 2, 25), layout="split",
         motto=0, dstyle="numeric",
         subj=["Về việc giao biên chế công chức cho các cơ quan chuyên môn", "thuộc UBND huyện năm 2022"],
         period="2022", sign=["CHỦ TỊCH"], name=CT, rec=["Như Điều 3;", "Sở Nội vụ;", "Lưu: VT, NV."],
         body=[("c", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN"),
               ("i", "Căn cứ Quyết định số 845/QĐ-SNV ngày 26/01/2022 của Sở Nội vụ;"),
               ("c", "QUYẾT ĐỊNH:"),
               ("p", "Điều 1. Giao 98 biên chế công chức năm 2022 cho 12 cơ quan chuyên môn thuộc UBND huyện (chi "
                     "tiết tại Phụ lục kèm theo)."),
               ("p", "Điều 2. Thủ trưởng các cơ quan bố trí công chức theo vị trí việc làm được phê duyệt."),
               ("p", "Điều 3. Chánh Văn phòng, Trưởng phòng Nội vụ và thủ trưởng các cơ quan thi hành Quyết định này.")],
         path="QD 402 phan bo bien che.pdf", pstyle="nocode"),
    dict(id="h040", products=["4.3.1/sp1", "4.3.2/sp2", "4.3.3/sp1"], iss="huyen", num="88", type="KH",
         date=(2022, 4, 20), layout="std", motto=2,
         subj=["Kiểm tra việc thực hiện nhiệm vụ quản lý nhà nước đã phân cấp", "cho UBND cấp xã về ngân sách, đất "
               "đai năm 2022"], period="2022",
         sign=KT_CT, name=PCT2, rec=["Thanh tra huyện;", "Phòng TC-KH, Phòng TN&MT, Phòng Nội vụ;",
                                     "UBND các xã, thị trấn;", "Lưu: VT."],
         body=[("p", "Nhằm đánh giá việc thực hiện các cơ chế, chính sách đã được phân cấp trong lĩnh vực ngân sách, "
                     "đầu tư, đất đai và công vụ, UBND huyện ban hành Kế hoạch kiểm tra như sau:"),
               ("p", "1. Đối tượng: UBND xã Quảng Lợi, UBND xã Quảng Vinh."),
               ("p", "2. Thời gian: quý III năm 2022."),
               ("p", "3. Thanh tra huyện chủ trì, phối hợp Phòng Tài chính - Kế hoạch, Phòng Tài nguyên và Môi "
                     "trường, Phòng Nội vụ thực hiện.")],
         path="KH kiem tra phan cap.pdf", pstyle="nocode"),
    dict(id="h041", products=["4.3.1/sp4", "4.3.2/sp3", "4.3.3/sp2"], iss="ttra", num="11", type="TB",
         date=(2022, 9, 28), layout="daterow", motto=1,
         subj=["Kết luận kiểm tra việc thực hiện nhiệm vụ quản lý nhà nước", "về đất đai được phân cấp tại UBND xã "
               "Quảng Lợi"], period="",
         sign=["CHÁNH THANH TRA"], name="Ngô Đình Phúc", rec=["UBND huyện (b/c);", "UBND xã Quảng Lợi;", "Lưu: VT."],
         body=[("p", "Thực hiện Kế hoạch số 88/KH-UBND ngày 20/4/2022, Đoàn kiểm tra đã làm việc tại UBND xã Quảng Lợi "
                     "từ ngày 05/9 đến ngày 09/9/2022."),
               ("p", "Kết luận: UBND xã thực hiện cơ bản đúng thẩm quyền được phân cấp; còn 02 trường hợp xác nhận "
                     "nguồn gốc đất chậm so với quy định."),
               ("p", "Yêu cầu UBND xã chấn chỉnh, báo cáo kết quả khắc phục trước ngày 30/10/2022.")],
         path="Tieu chi 4_3_2/Ket luan Quang Loi.pdf", pstyle="code"),
    dict(id="h042", products=["4.3.1/sp5", "4.3.3/sp4"], iss="huyen", num="455", type="BC", date=(2022, 11, 21),
         layout="narrow", motto=0,
         subj=["Kết quả thực hiện phân cấp quản lý nhà nước về ngân sách,", "đầu tư, đất đai và công vụ năm 2022"],
         period="2022", sign=KT_CT, name=PCT2, rec=["Sở Nội vụ;", "Lưu: VT, NV."],
         body=[("p", "UBND huyện đã triển khai đầy đủ các quy định về phân cấp quản lý của Chính phủ, các bộ, ngành và "
                     "UBND tỉnh trên 04 lĩnh vực: ngân sách, đầu tư, đất đai, công vụ, cán bộ, công chức, viên chức."),
               ("p", "Qua kiểm tra tại 02 xã, không phát hiện vi phạm nghiêm trọng; các tồn tại đã được chấn chỉnh."),
               ("p", "Kiến nghị UBND tỉnh tiếp tục phân cấp thẩm quyền phê duyệt dự án nhóm C cho cấp huyện.")],
         path="4.3.1/BC phan cap 2022.pdf", pstyle="code"),
]
