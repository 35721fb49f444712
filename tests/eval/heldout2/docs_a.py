"""Held-out set 2, groups 1-3 of the appendix (chỉ đạo điều hành, văn bản QPPL, thủ tục hành chính).
Written by helper "heldout2" from the seed appendix only; all names and numbers are fictional."""
from common2 import *  # noqa: F401,F403 (constructor and fictional signers)

REC_H = ["Sở Nội vụ tỉnh", "TT Huyện ủy, TT HĐND huyện", "CT, các PCT UBND huyện",
         "Các phòng, ban, đơn vị thuộc huyện", "UBND các xã, thị trấn", "Lưu: VT, NV"]
REC_HCC = ["UBND huyện (b/c)", "Văn phòng HĐND và UBND huyện", "Lưu: VT, TTHCC"]

DOCS = [
    # ---------------------------------------------------------------- 1.1.1 plan, issued December 2021
    doc("k001", "huyen", "KH", "287", (2021, 12, 27),
        ["Thực hiện công tác cải cách hành chính nhà nước", "trên địa bàn huyện Quảng Điền", "năm 2022"],
        "2022", H_CT, ["1.1.1/sp1"], "2022/Chi dao dieu hanh/287-KH-UBND.pdf", "nocode",
        [I("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
           "hành chính nhà nước giai đoạn 2021 - 2030; Kế hoạch của UBND tỉnh về cải cách hành chính nhà nước năm 2022;"),
         P("Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện nhiệm vụ cải cách hành chính (CCHC) năm 2022 với các "
           "nội dung sau:"),
         H("I. MỤC ĐÍCH, YÊU CẦU"),
         P("Xác định cụ thể nhiệm vụ, sản phẩm, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị; phấn đấu "
           "nâng cao thứ hạng Chỉ số CCHC của huyện năm 2022 so với năm 2021."),
         H("II. NHIỆM VỤ TRỌNG TÂM"),
         L("Cải cách thể chế: rà soát, kiểm tra, xử lý văn bản; theo dõi thi hành pháp luật."),
         L("Cải cách thủ tục hành chính: kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông."),
         L("Cải cách tổ chức bộ máy, chế độ công vụ, tài chính công; xây dựng chính quyền điện tử, chính quyền số."),
         H("III. TỔ CHỨC THỰC HIỆN"),
         P("Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện Kế hoạch "
           "theo định kỳ quý, 6 tháng và năm."),
         T([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
            ["1", "Kế hoạch kiểm tra CCHC năm 2022", "Phòng Nội vụ", "Tháng 01/2022"],
            ["2", "Kế hoạch tuyên truyền CCHC", "Phòng Văn hóa và Thông tin", "Tháng 12/2021"],
            ["3", "Báo cáo kiểm soát TTHC", "Văn phòng HĐND và UBND huyện", "Tháng 12/2022"]])],
        rec=REC_H, stamp="Ủy ban nhân dân huyện Quảng Điền"),
    # ---------------------------------------------------------------- 1.1.2 / 1.2 annual CCHC report
    doc("k002", "huyen", "BC", "402", (2022, 12, 8),
        ["Kết quả thực hiện công tác cải cách hành chính năm 2022", "và phương hướng, nhiệm vụ năm 2023"],
        "2022", H_PCT, ["1.1.2/sp2", "1.2.a/sp4", "4.1.1/sp1", "4.2.1/sp6", "4.2.2/sp5"],
        "TC 1.1.2/BC 402 CCHC nam 2022.pdf", "code",
        [P("Thực hiện yêu cầu của Sở Nội vụ về chế độ báo cáo định kỳ, UBND huyện báo cáo kết quả công tác cải cách "
           "hành chính năm 2022 như sau:"),
         H("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
         P("Kế hoạch CCHC năm 2022 đề ra 64 nhiệm vụ; đến ngày 30/11/2022 đã hoàn thành 61 nhiệm vụ (đạt 95,3%), "
           "03 nhiệm vụ đang triển khai theo lộ trình."),
         H("II. CẢI CÁCH TỔ CHỨC BỘ MÁY"),
         P("Huyện đã rà soát, kiện toàn chức năng, nhiệm vụ của 12 cơ quan chuyên môn; sử dụng 96/98 biên chế công "
           "chức được giao và 1.184/1.201 số lượng người làm việc trong các đơn vị sự nghiệp công lập."),
         H("III. CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH"),
         P("Ban hành 05 văn bản quy phạm pháp luật, không có văn bản trái pháp luật bị kiến nghị xử lý mới. Tỷ lệ hồ "
           "sơ thủ tục hành chính giải quyết đúng hạn đạt 99,32%; 100% hồ sơ trễ hạn có văn bản xin lỗi; tỷ lệ số hóa "
           "hồ sơ đầu vào và kết quả đạt 100% tại Trung tâm Hành chính công."),
         H("IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
         P("Bố trí công chức theo đúng vị trí việc làm tại 12/12 cơ quan chuyên môn; tuyển dụng 09 công chức cấp xã và "
           "44 viên chức; cử 183 lượt cán bộ, công chức, viên chức đi đào tạo, bồi dưỡng."),
         H("V. CẢI CÁCH TÀI CHÍNH CÔNG"),
         P("Giải ngân vốn đầu tư công đến ngày 31/10/2022 đạt 73% kế hoạch; 100% kiến nghị của Kiểm toán Nhà nước "
           "được thực hiện; 43/43 đơn vị sự nghiệp có quy chế chi tiêu nội bộ."),
         H("VI. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
         P("100% văn bản đi được ký số; tỷ lệ hồ sơ tiếp nhận qua dịch vụ bưu chính công ích đạt 17,6%; duy trì hệ "
           "thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 23/23 cơ quan, đơn vị."),
         H("VII. ĐÁNH GIÁ CHUNG"),
         P("Công tác cải cách hành chính năm 2022 có nhiều chuyển biến tích cực; tuy nhiên việc thực hiện dịch vụ công "
           "trực tuyến toàn trình tại cấp xã còn thấp, một số công chức một cửa chưa thành thạo kỹ năng số."),
         H("VIII. PHƯƠNG HƯỚNG NĂM 2023"),
         P("Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính, đẩy mạnh chuyển đổi số.")],
        rec=REC_H, stamp="Ủy ban nhân dân huyện Quảng Điền"),
    # ---------------------------------------------------------------- 1.2.a quarterly / half-year reports
    doc("k003", "huyen", "BC", "71", (2022, 3, 10),
        ["Tình hình, kết quả thực hiện công tác cải cách hành chính quý I năm 2022"],
        "2022-Q1", H_PCT, ["1.2.a/sp1"], "bao cao quy 1.pdf", "nocode",
        [P("Trong quý I năm 2022, UBND huyện tập trung ban hành các kế hoạch triển khai nhiệm vụ CCHC; tổ chức hội "
           "nghị quán triệt Chương trình tổng thể CCHC giai đoạn 2021 - 2030 đến cán bộ chủ chốt."),
         P("Trung tâm Hành chính công huyện tiếp nhận 2.417 hồ sơ, đã giải quyết 2.306 hồ sơ, trong đó đúng hạn "
           "2.291 hồ sơ."),
         P("Nhiệm vụ quý II: hoàn thành kiểm tra CCHC tại 04 xã; rà soát, đánh giá TTHC theo kế hoạch của tỉnh.")],
        rec=REC_H, layout="daterow"),
    doc("k004", "huyen", "BC", "168", (2022, 6, 9),
        ["Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022"],
        "2022-H1", H_PCT, ["1.2.a/sp2"], "scan_0031.pdf", "nocode",
        [P("Thực hiện Công văn số 1126/SNV-CCHC ngày 27/5/2022 của Sở Nội vụ về việc báo cáo định kỳ công tác cải "
           "cách hành chính, UBND huyện báo cáo như sau:"),
         H("1. Công tác chỉ đạo, điều hành cải cách hành chính"),
         P("UBND huyện đã ban hành 09 văn bản chỉ đạo về CCHC; tổ chức kiểm tra CCHC tại 03 phòng chuyên môn và "
           "02 xã. Công tác tuyên truyền CCHC được lồng ghép trong các hội nghị của huyện."),
         H("2. Cải cách thủ tục hành chính"),
         P("Đã công khai đầy đủ 312 TTHC thuộc thẩm quyền giải quyết của cấp huyện; tỷ lệ hồ sơ giải quyết đúng hạn "
           "đạt 99,1%."),
         H("3. Hiện đại hóa hành chính"),
         P("Tỷ lệ văn bản đi được ký số đạt 98%; 100% cuộc họp của UBND huyện sử dụng ứng dụng họp không giấy."),
         H("4. Nhiệm vụ 6 tháng cuối năm"),
         P("Hoàn thành các nhiệm vụ CCHC còn lại theo kế hoạch; chuẩn bị tài liệu kiểm chứng Chỉ số CCHC năm 2022.")],
        rec=REC_H),
    doc("k005", "huyen", "BC", "259", (2022, 9, 8),
        ["Công tác cải cách hành chính quý III năm 2022"],
        "2022-Q3", H_PCT2, ["1.2.a/sp3"], "1_2 Bao cao dinh ky/Quy III - BC 259.pdf", "code",
        [P("UBND huyện báo cáo kết quả công tác CCHC quý III năm 2022 như sau: đã hoàn thành kiểm tra CCHC tại "
           "08/11 xã, thị trấn; ban hành 03 quyết định kiện toàn chức năng, nhiệm vụ của các phòng chuyên môn."),
         P("Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 41,6% tổng số hồ sơ tiếp nhận."),
         P("Khó khăn: đội ngũ làm công tác một cửa cấp xã còn kiêm nhiệm nhiều việc.")],
        rec=REC_H, font="sans"),
    # ---------------------------------------------------------------- 1.3.1 inspection chain
    doc("k006", "huyen", "KH", "09", (2022, 1, 12),
        ["Kiểm tra công tác cải cách hành chính năm 2022"],
        "2022", H_PCT, ["1.3.1/sp1"], "Tieu chi 1.3.1/KH kiem tra.pdf", "code",
        [H("I. MỤC ĐÍCH, YÊU CẦU"),
         P("Đánh giá việc triển khai nhiệm vụ CCHC tại các cơ quan chuyên môn và UBND cấp xã; kịp thời chấn chỉnh "
           "những hạn chế, tồn tại."),
         H("II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
         T([["TT", "Đơn vị được kiểm tra", "Thời gian"],
            ["1", "Phòng Tài nguyên và Môi trường", "Tháng 4/2022"],
            ["2", "UBND xã Quảng Vinh", "Tháng 5/2022"],
            ["3", "UBND xã Quảng Ngạn", "Tháng 6/2022"],
            ["4", "UBND thị trấn Sịa", "Tháng 8/2022"]]),
         H("III. NỘI DUNG KIỂM TRA"),
         P("Công tác chỉ đạo điều hành CCHC; việc công khai, giải quyết TTHC; thực hiện kỷ luật, kỷ cương hành "
           "chính; ứng dụng công nghệ thông tin."),
         P("Phòng Nội vụ tham mưu thành lập Đoàn kiểm tra và thông báo kết luận sau mỗi đợt kiểm tra.")],
        rec=REC_H),
    doc("k007", "huyen", "QĐ", "512", (2022, 4, 1),
        ["Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2022"],
        "2022", QD_PCT, ["1.3.1/sp2"], "Kiem tra CCHC/QD 512 thanh lap doan.pdf", "nocode",
        [A("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
         I("Căn cứ Kế hoạch số 09/KH-UBND ngày 12/01/2022 của UBND huyện về kiểm tra công tác cải cách hành chính "
           "năm 2022;"),
         I("Theo đề nghị của Trưởng phòng Nội vụ huyện."),
         C("QUYẾT ĐỊNH:"),
         D(1, "Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2022 của huyện, gồm các ông (bà) có tên sau: "
              "Ông Hoàng Văn Lộc, Phó Chủ tịch UBND huyện - Trưởng đoàn; Bà Phan Thị Thu Hiền, Trưởng phòng Nội vụ - "
              "Phó Trưởng đoàn; 04 thành viên là công chức các phòng chuyên môn."),
         D(2, "Đoàn kiểm tra có nhiệm vụ kiểm tra theo nội dung Kế hoạch số 09/KH-UBND; kết thúc mỗi đợt kiểm tra, "
              "Đoàn lập biên bản và tham mưu thông báo kết luận. Đoàn tự giải thể sau khi hoàn thành nhiệm vụ."),
         D(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, các thành viên có tên tại Điều 1 chịu "
              "trách nhiệm thi hành Quyết định này.")],
        rec=["Như Điều 3", "CT, PCT UBND huyện", "Lưu: VT, NV"]),
    doc("k008", "doankt", "BB", "03", (2022, 5, 17),
        ["Kiểm tra công tác cải cách hành chính tại UBND xã Quảng Vinh"],
        "", (["TRƯỞNG ĐOÀN"], "Hoàng Văn Lộc"), ["1.3.1/sp3"], "bien ban KT xa Quang Vinh.pdf", "nocode",
        [P("Hôm nay, vào lúc 08 giờ 00 ngày 17 tháng 5 năm 2022, tại trụ sở UBND xã Quảng Vinh, Đoàn kiểm tra "
           "CCHC năm 2022 của huyện (thành lập theo Quyết định số 512/QĐ-UBND ngày 01/4/2022) tiến hành kiểm tra."),
         H("I. THÀNH PHẦN"),
         P("Đoàn kiểm tra: ông Hoàng Văn Lộc, Trưởng đoàn; bà Phan Thị Thu Hiền, Phó Trưởng đoàn và các thành viên. "
           "Đơn vị được kiểm tra: ông Nguyễn Văn Được, Chủ tịch UBND xã và công chức Văn phòng - Thống kê."),
         H("II. KẾT QUẢ KIỂM TRA"),
         P("Xã đã ban hành kế hoạch CCHC năm 2022; niêm yết đầy đủ TTHC tại Bộ phận một cửa; 12 hồ sơ trễ hạn "
           "chưa có văn bản xin lỗi; việc số hóa hồ sơ đầu vào còn chậm."),
         H("III. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA"),
         P("Thống nhất với kết quả kiểm tra. Biên bản kết thúc lúc 11 giờ 30 cùng ngày, được lập thành 03 bản.")],
        rec=[], left_sign=(["ĐẠI DIỆN UBND XÃ QUẢNG VINH", "CHỦ TỊCH"], "Nguyễn Văn Được"), sym="BB-ĐKT"),
    doc("k009", "huyen", "TB", "145", (2022, 6, 2),
        ["Kết luận của Đoàn kiểm tra công tác cải cách hành chính", "tại UBND xã Quảng Vinh"],
        "", H_TLVP, ["1.3.1/sp4"], "TC 1.3.1/Thong bao ket luan Quang Vinh.pdf", "code",
        [P("Ngày 17/5/2022, Đoàn kiểm tra CCHC của huyện đã kiểm tra tại UBND xã Quảng Vinh. Trên cơ sở báo cáo "
           "của Đoàn, Chủ tịch UBND huyện kết luận như sau:"),
         H("1. Ưu điểm"),
         P("UBND xã ban hành kịp thời kế hoạch CCHC; công khai TTHC đúng quy định."),
         H("2. Tồn tại, hạn chế"),
         P("Chưa thực hiện xin lỗi đối với 12 hồ sơ trễ hạn; tỷ lệ số hóa hồ sơ đạt thấp (37%)."),
         H("3. Yêu cầu"),
         P("UBND xã Quảng Vinh khắc phục các tồn tại nêu trên và báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) "
           "trong thời hạn 30 ngày kể từ ngày nhận Thông báo này.")],
        rec=["UBND xã Quảng Vinh", "Phòng Nội vụ", "Lưu: VT"]),
    doc("k010", "noivu", "BC", "118", (2022, 11, 4),
        ["Kết quả kiểm tra công tác cải cách hành chính", "năm 2022 tại các cơ quan, đơn vị"],
        "2022", NV_TP, ["1.3.1/sp5"], "1_3_1 Bao cao sau kiem tra.pdf", "code",
        [P("Thực hiện Kế hoạch số 09/KH-UBND ngày 12/01/2022 của UBND huyện, Đoàn kiểm tra đã kiểm tra 04 đơn vị. "
           "Phòng Nội vụ tổng hợp kết quả như sau:"),
         T([["TT", "Đơn vị", "Ngày kiểm tra", "Thông báo kết luận", "Đã khắc phục"],
            ["1", "Phòng Tài nguyên và Môi trường", "19/4/2022", "112/TB-UBND", "Có"],
            ["2", "UBND xã Quảng Vinh", "17/5/2022", "145/TB-UBND", "Có"],
            ["3", "UBND xã Quảng Ngạn", "14/6/2022", "171/TB-UBND", "Có"],
            ["4", "UBND thị trấn Sịa", "23/8/2022", "238/TB-UBND", "Đang thực hiện"]]),
         P("Kiến nghị UBND huyện tiếp tục chỉ đạo các đơn vị hoàn thành việc khắc phục trước ngày 30/11/2022.")],
        rec=["UBND huyện", "Lưu: VT, NV"], layout="split"),
    # ---------------------------------------------------------------- 1.3.2 remediation
    doc("k011", "xa-vinh", "BC", "57", (2022, 6, 28),
        ["Kết quả khắc phục tồn tại, hạn chế theo Thông báo kết luận", "số 145/TB-UBND ngày 02/6/2022 của UBND huyện"],
        "", XA("Nguyễn Văn Được"), ["1.3.2/sp1"], "Xa Quang Vinh/BC 57 khac phuc.pdf", "nocode",
        [P("Thực hiện Thông báo kết luận kiểm tra công tác cải cách hành chính của UBND huyện, UBND xã Quảng Vinh "
           "báo cáo kết quả khắc phục như sau:"),
         L("Đã ban hành 12 thư xin lỗi đối với các hồ sơ giải quyết quá hạn (gửi kèm bản sao)."),
         L("Bố trí 01 công chức chuyên trách số hóa hồ sơ; tỷ lệ số hóa tháng 6/2022 đạt 86%."),
         P("UBND xã cam kết duy trì kết quả khắc phục và chịu sự giám sát của Phòng Nội vụ huyện.")],
        rec=["UBND huyện (qua Phòng Nội vụ)", "Lưu: VP"]),
    doc("k012", "tnmt", "CV", "204", (2022, 5, 16),
        ["V/v báo cáo kết quả khắc phục các tồn tại", "sau kiểm tra cải cách hành chính"],
        "", TNMT_TP, ["1.3.2/sp1"], "TC 1.3.2/CV 204 TNMT.pdf", "code",
        [P("Ngày 05/5/2022, UBND huyện có Thông báo số 112/TB-UBND kết luận kiểm tra công tác cải cách hành chính "
           "tại Phòng Tài nguyên và Môi trường. Phòng đã khắc phục như sau:"),
         P("Thứ nhất, cập nhật đầy đủ quy trình nội bộ của 26 TTHC lĩnh vực đất đai lên phần mềm một cửa. Thứ hai, "
           "niêm yết lại bộ TTHC tại phòng làm việc. Thứ ba, chấn chỉnh giờ giấc làm việc của công chức."),
         P("Phòng Tài nguyên và Môi trường kính báo cáo UBND huyện.")],
        rec=["Như trên", "Phòng Nội vụ", "Lưu: VT"], layout="cv", sym="TNMT",
        kg=["Ủy ban nhân dân huyện Quảng Điền"]),
    # ---------------------------------------------------------------- 1.4.1 propaganda
    doc("k013", "huyen", "KH", "281", (2021, 12, 22),
        ["Thông tin, tuyên truyền cải cách hành chính năm 2022"],
        "2022", H_PCT, ["1.4.1/sp1"], "TC 1.4.2/KH 281 tuyen truyen.pdf", "misleading",
        [H("I. MỤC ĐÍCH, YÊU CẦU"),
         P("Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về mục tiêu, nhiệm vụ cải cách hành "
           "chính; tạo đồng thuận trong triển khai chuyển đổi số."),
         H("II. NỘI DUNG, HÌNH THỨC"),
         L("Xây dựng chuyên mục CCHC trên Đài Truyền thanh huyện, phát sóng 02 kỳ/tháng."),
         L("Đăng tin, bài trên Trang thông tin điện tử, Fanpage và Zalo Page của huyện."),
         L("In ấn 3.000 tờ gấp hướng dẫn sử dụng dịch vụ công trực tuyến; treo băng rôn tại các xã."),
         L("Tổ chức Hội thi tìm hiểu về CCHC trong đoàn viên, thanh niên."),
         H("III. KINH PHÍ"),
         P("Từ nguồn ngân sách huyện năm 2022 giao cho Phòng Văn hóa và Thông tin.")],
        rec=REC_H),
    doc("k014", "vhtt", "BC", "41", (2022, 11, 10),
        ["Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2022"],
        "2022", VHTT_TP, ["1.4.1/sp3"], "TC1.4.1 - BC tuyen truyen.pdf", "code",
        [P("Thực hiện Kế hoạch số 281/KH-UBND ngày 22/12/2021 của UBND huyện, Phòng Văn hóa và Thông tin báo cáo "
           "kết quả như sau: Đài Truyền thanh phát 22 chuyên mục; Trang thông tin điện tử đăng 57 tin, bài; phát hành "
           "3.000 tờ gấp; Hội thi tìm hiểu CCHC có 27 đội tham gia."),
         P("Đánh giá: hoàn thành 9/9 nhiệm vụ đề ra trong kế hoạch.")],
        rec=["UBND huyện", "Phòng Nội vụ", "Lưu: VT"]),
    doc("k015", "vhtt", "BC", "38", (2022, 11, 2),
        ["Tổng hợp kết quả thực hiện các nhiệm vụ theo Kế hoạch", "số 281/KH-UBND ngày 22/12/2021 của UBND huyện"],
        "", VHTT_TP, ["1.4.1/sp2"], "bang tong hop nhiem vu TT.pdf", "nocode",
        [P("Phòng Văn hóa và Thông tin tổng hợp tình hình thực hiện từng nhiệm vụ thông tin, tuyên truyền cải cách "
           "hành chính năm 2022 như sau:"),
         T([["TT", "Nhiệm vụ", "Chủ trì", "Kết quả", "Mức độ"],
            ["1", "Chuyên mục CCHC trên Đài Truyền thanh", "Trung tâm VH-TT&TT", "22 chuyên mục", "Hoàn thành"],
            ["2", "Tin, bài trên Trang TTĐT huyện", "Văn phòng HĐND và UBND", "57 tin, bài", "Hoàn thành"],
            ["3", "Tờ gấp dịch vụ công trực tuyến", "Phòng VH&TT", "3.000 tờ", "Hoàn thành"],
            ["4", "Hội thi tìm hiểu CCHC", "Huyện đoàn", "27 đội", "Hoàn thành"]])],
        rec=["Phòng Nội vụ", "Lưu: VT"], font="sans"),
    # ---------------------------------------------------------------- 1.4.2.a list of articles
    doc("k016", "ttvh", "BC", "19", (2022, 11, 7),
        ["Danh mục tin, bài tuyên truyền cải cách hành chính", "trên Đài Truyền thanh và Trang thông tin điện tử", "năm 2022"],
        "2022", TTVH_GD, ["1.4.2.a/sp1"], "1.4.2/danh muc tin bai.pdf", "code",
        [P("Trung tâm Văn hóa - Thông tin và Thể thao huyện lập danh mục tin, bài tuyên truyền về cải cách hành "
           "chính đã phát sóng, đăng tải từ ngày 01/01/2022 đến ngày 31/10/2022:"),
         T([["TT", "Tên tin, bài", "Kênh", "Ngày đăng", "Đường link"],
            ["1", "Quảng Điền đẩy mạnh dịch vụ công trực tuyến", "Trang TTĐT huyện", "14/02/2022",
             "quangdien.thuathienhue.gov.vn/tin/1402"],
            ["2", "Một cửa xã Quảng Thọ số hóa hồ sơ", "Fanpage huyện", "09/5/2022", "facebook.com/quangdien/posts/905"],
            ["3", "Chuyên mục Cải cách hành chính số 7", "Đài Truyền thanh", "21/7/2022", "-"],
            ["4", "Hướng dẫn thanh toán trực tuyến lệ phí", "Zalo Page huyện", "30/9/2022", "zalo.me/quangdien/3009"]])],
        rec=["Phòng Văn hóa và Thông tin", "Lưu: VT"], lw=0.5),
    # ---------------------------------------------------------------- 1.5 initiatives
    doc("k017", "huyen", "QĐ", "2318", (2022, 10, 20),
        ["Về việc công nhận sáng kiến, giải pháp cải cách hành chính", "cấp huyện năm 2022"],
        "2022", QD_CT, ["1.5/sp1"], "Sang kien/QD 2318.pdf", "nocode",
        [A("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
         I("Căn cứ kết quả họp Hội đồng sáng kiến huyện ngày 12/10/2022;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Công nhận 03 sáng kiến, giải pháp cải cách hành chính cấp huyện năm 2022: (1) \"Tổ công nghệ số cộng "
              "đồng hỗ trợ người dân nộp hồ sơ trực tuyến\" của UBND xã Quảng Thọ; (2) \"Số hóa hồ sơ hộ tịch từ năm "
              "1990 đến 2015\" của Phòng Tư pháp; (3) \"Phiếu hẹn điện tử qua Zalo\" của Trung tâm Hành chính công."),
         D(2, "Các tác giả được hưởng quyền lợi theo quy định hiện hành."),
         D(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các cá nhân có tên tại Điều 1 chịu trách "
              "nhiệm thi hành Quyết định này.")],
        rec=["Như Điều 3", "Lưu: VT, NV"], stamp="Ủy ban nhân dân huyện Quảng Điền"),
    # ---------------------------------------------------------------- 1.6 tasks from the province
    doc("k018", "vp", "BC", "66", (2022, 11, 15),
        ["Thống kê nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao", "từ ngày 01/01/2022 đến ngày 15/11/2022"],
        "2022", VP_CVP, ["1.6/sp1"], "Tieu chi 1.6/thong ke nhiem vu tinh giao.pdf", "code",
        [P("Văn phòng HĐND và UBND huyện thống kê các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao cho UBND huyện "
           "trong năm 2022 và tình hình thực hiện như sau:"),
         T([["TT", "Nội dung nhiệm vụ", "Thời hạn", "Văn bản hoàn thành", "Ngày hoàn thành"],
            ["1", "Báo cáo tình hình sạt lở bờ sông Bồ", "15/3/2022", "77/BC-UBND", "14/3/2022"],
            ["2", "Rà soát quỹ đất tái định cư dự án đường ven biển", "30/6/2022", "189/BC-UBND", "28/6/2022"],
            ["3", "Xây dựng phương án dồn điền đổi thửa", "31/8/2022", "241/PA-UBND", "30/8/2022"]]),
         P("Tổng số nhiệm vụ được giao: 47; hoàn thành đúng hạn: 47 (100%).")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k019", "huyen", "CV", "1884", (2022, 8, 30),
        ["V/v báo cáo kết quả thực hiện nhiệm vụ Chủ tịch", "UBND tỉnh giao tại Thông báo số 316/TB-UBND"],
        "", H_PCT2, ["1.6/sp2"], "CV 1884 UBND-KT.pdf", "nocode",
        [P("Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Thông báo số 316/TB-UBND ngày 04/8/2022 về việc "
           "xây dựng phương án dồn điền đổi thửa vùng lúa ven phá Tam Giang, UBND huyện báo cáo:"),
         P("UBND huyện đã ban hành Phương án số 241/PA-UBND ngày 30/8/2022, triển khai tại 04 xã với tổng diện tích "
           "412 ha; dự kiến hoàn thành trước vụ Đông Xuân 2022 - 2023."),
         P("UBND huyện kính báo cáo UBND tỉnh.")],
        rec=["Như trên", "Văn phòng UBND tỉnh", "Lưu: VT, KT"], layout="cv", sym="UBND-KT",
        kg=["Ủy ban nhân dân tỉnh Thừa Thiên Huế"]),
    # ---------------------------------------------------------------- 2.1 law enforcement follow-up
    doc("k020", "huyen", "KH", "14", (2022, 1, 13),
        ["Theo dõi tình hình thi hành pháp luật trên địa bàn huyện năm 2022"],
        "2022", H_PCT2, ["2.1.1/sp1"], "TC 2.1.3/KH 14 THPL.pdf", "misleading",
        [H("I. MỤC ĐÍCH, YÊU CẦU"),
         P("Nắm bắt tình hình thi hành pháp luật, kịp thời phát hiện những vướng mắc, bất cập để kiến nghị sửa đổi."),
         H("II. NỘI DUNG"),
         P("Lĩnh vực trọng tâm: xử lý vi phạm hành chính trong lĩnh vực đất đai và bảo vệ môi trường; an toàn thực "
           "phẩm. Phòng Tư pháp chủ trì điều tra, khảo sát tại 03 xã vào quý III."),
         H("III. TỔ CHỨC THỰC HIỆN"),
         P("Các phòng, ban và UBND các xã, thị trấn báo cáo kết quả về Phòng Tư pháp trước ngày 31/10/2022.")],
        rec=REC_H[:5] + ["Lưu: VT, TP"]),
    doc("k021", "tuphap", "PA", "02", (2022, 7, 5),
        ["Điều tra, khảo sát tình hình thi hành pháp luật", "trong lĩnh vực an toàn thực phẩm năm 2022"],
        "2022", TP_TP, ["2.1.2/sp1"], "phuong an khao sat ATTP.pdf", "nocode",
        [H("1. Mục đích"),
         P("Đánh giá mức độ tuân thủ pháp luật về an toàn thực phẩm của cơ sở kinh doanh dịch vụ ăn uống."),
         H("2. Phạm vi, đối tượng"),
         P("150 cơ sở tại xã Quảng An, xã Quảng Thành và thị trấn Sịa; chọn mẫu ngẫu nhiên theo danh sách quản lý."),
         H("3. Phương pháp"),
         P("Phát phiếu khảo sát (mẫu kèm theo), phỏng vấn trực tiếp, tổng hợp bằng bảng tính."),
         H("4. Thời gian"),
         P("Từ ngày 15/7/2022 đến ngày 15/9/2022; báo cáo kết quả trước ngày 30/9/2022.")],
        rec=["UBND huyện", "UBND các xã được khảo sát", "Lưu: VT"]),
    doc("k022", "tuphap", "BC", "27", (2022, 9, 29),
        ["Kết quả điều tra, khảo sát tình hình thi hành pháp luật", "về an toàn thực phẩm"],
        "", TP_TP, ["2.1.2/sp3"], "2_1_2 BC khao sat.pdf", "code",
        [P("Thực hiện Phương án số 02/PA-TP ngày 05/7/2022, Phòng Tư pháp đã khảo sát 150 cơ sở. Kết quả: 71% cơ sở "
           "có giấy chứng nhận đủ điều kiện; 18% chưa khám sức khỏe định kỳ cho người lao động."),
         P("Kiến nghị tăng cường kiểm tra liên ngành và tuyên truyền tại chợ nông thôn.")],
        rec=["UBND huyện", "Sở Tư pháp", "Lưu: VT"]),
    doc("k023", "huyen", "BC", "361", (2022, 11, 11),
        ["Công tác theo dõi tình hình thi hành pháp luật năm 2022"],
        "2022", H_PCT2, ["2.1.3/sp1"], "Tieu chi 2.1.3/BC 361.pdf", "code",
        [P("Thực hiện Nghị định số 32/2020/NĐ-CP của Chính phủ, UBND huyện báo cáo công tác theo dõi tình hình thi "
           "hành pháp luật năm 2022 như sau: đã ban hành kế hoạch, tổ chức 01 cuộc điều tra, khảo sát; kiểm tra tình "
           "hình thi hành pháp luật tại 02 xã."),
         P("Trong năm, các cơ quan đã xử lý 214 vụ vi phạm hành chính, tăng 6% so với năm 2021."),
         P("Đề xuất, kiến nghị: Sở Tư pháp tổ chức tập huấn nghiệp vụ theo dõi thi hành pháp luật cho cấp xã.")],
        rec=["Sở Tư pháp", "Lưu: VT, TP"], layout="daterow"),
    # ---------------------------------------------------------------- 2.2 review of legal documents
    doc("k024", "huyen", "BC", "12", (2022, 1, 17),
        ["Kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2021"],
        "2021", H_PCT2, ["2.2/sp1"], "Ra soat VB/BC 12 ra soat 2021.pdf", "nocode",
        [P("UBND huyện đã rà soát 43 văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành còn hiệu lực. Kết quả: "
           "39 văn bản còn phù hợp; 03 văn bản cần sửa đổi, bổ sung; 01 văn bản cần bãi bỏ do căn cứ pháp lý đã hết "
           "hiệu lực."),
         P("Danh mục văn bản cần xử lý gửi kèm Báo cáo này.")],
        rec=["Sở Tư pháp", "Lưu: VT, TP"]),
    doc("k025", "tuphap", "CV", "31", (2022, 2, 21),
        ["V/v kiến nghị xử lý văn bản quy phạm pháp luật", "sau rà soát"],
        "", TP_TP, ["2.2/sp2"], "TC 2.2/CV kien nghi xu ly.pdf", "code",
        [P("Qua rà soát văn bản quy phạm pháp luật năm 2021, Phòng Tư pháp kiến nghị UBND huyện xem xét bãi bỏ "
           "Quyết định số 07/2016/QĐ-UBND ngày 18/5/2016 của UBND huyện về quản lý chợ trên địa bàn huyện, vì căn cứ "
           "ban hành đã được thay thế."),
         P("Đồng thời giao Phòng Kinh tế và Hạ tầng tham mưu văn bản thay thế trong quý II/2022.")],
        rec=["Như trên", "Lưu: VT"], layout="cv", sym="TP", kg=["Ủy ban nhân dân huyện"]),
    doc("k026", "huyen", "QĐ", "03/2022", (2022, 3, 4),
        ["Bãi bỏ Quyết định số 07/2016/QĐ-UBND ngày 18 tháng 5 năm 2016", "của Ủy ban nhân dân huyện Quảng Điền"],
        "", (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Hữu Phước"), ["2.2/sp3", "2.2/sp2"],
        "QD 03-2022 bai bo.pdf", "nocode",
        [A("ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"),
         I("Căn cứ Báo cáo số 12/BC-UBND ngày 17/01/2022 về kết quả rà soát văn bản năm 2021;"),
         I("Theo đề nghị của Trưởng phòng Tư pháp tại Công văn số 31/TP ngày 21/02/2022."),
         C("QUYẾT ĐỊNH:"),
         D(1, "Bãi bỏ toàn bộ Quyết định số 07/2016/QĐ-UBND ngày 18 tháng 5 năm 2016 của Ủy ban nhân dân huyện."),
         D(2, "Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2022."),
         D(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tư pháp và các cơ quan liên quan chịu trách nhiệm "
              "thi hành Quyết định này.")],
        rec=["Như Điều 3", "Sở Tư pháp", "Lưu: VT"], sym="QĐ-UBND"),
    # ---------------------------------------------------------------- 2.3 unlawful documents
    doc("k027", "huyen", "BC", "207", (2022, 7, 26),
        ["Kết quả xử lý văn bản có dấu hiệu trái pháp luật", "theo kiến nghị của Sở Tư pháp"],
        "", H_PCT2, ["2.3/sp1"], "2.3 BC 207 xu ly van ban.pdf", "code",
        [P("Sở Tư pháp có Kết luận số 88/KL-STP ngày 30/6/2022 kiểm tra văn bản, kiến nghị UBND huyện xử lý Quyết "
           "định số 11/2021/QĐ-UBND do có nội dung quy định thủ tục hành chính không đúng thẩm quyền."),
         P("UBND huyện đã ban hành Quyết định số 05/2022/QĐ-UBND ngày 20/7/2022 sửa đổi điều khoản sai sót. Việc xử "
           "lý hoàn thành trong thời hạn Sở Tư pháp yêu cầu.")],
        rec=["Sở Tư pháp", "Lưu: VT, TP"]),
    # ---------------------------------------------------------------- 3.1 TTHC control
    doc("k028", "huyen", "BC", "411", (2022, 12, 14),
        ["Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính,", "thực hiện cơ chế một cửa, một cửa liên thông",
         "năm 2022"],
        "2022", H_PCT, ["3.1.1/sp1", "3.3.1/sp1", "3.3.2/sp3", "3.3.3/sp3", "3.6.2/sp1"],
        "Nhom 3/TC 3.1.1/BC kiem soat TTHC 2022.pdf", "code",
        [H("I. KIỂM SOÁT QUY ĐỊNH TTHC"),
         P("Năm 2022, UBND huyện không ban hành văn bản quy định TTHC trái thẩm quyền; đã cập nhật 34 quyết định công "
           "bố TTHC của UBND tỉnh."),
         H("II. THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG"),
         P("100% TTHC thuộc thẩm quyền giải quyết của UBND huyện (312 TTHC) được tiếp nhận tại Trung tâm Hành chính "
           "công; 58 nhóm TTHC liên thông cùng cấp và 61 nhóm liên thông tỉnh - huyện - xã."),
         H("III. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ"),
         P("Tiếp nhận 09 phản ánh, kiến nghị về quy định hành chính; đã xử lý 09/09 (100%).")],
        rec=["Văn phòng UBND tỉnh", "Lưu: VT"], stamp="Ủy ban nhân dân huyện Quảng Điền"),
    doc("k029", "huyen", "BC", "184", (2022, 6, 24),
        ["Kết quả rà soát, đánh giá thủ tục hành chính năm 2022"],
        "2022", H_PCT, ["3.1.1/sp2", "3.1.2/sp1"], "BC ra soat danh gia TTHC.pdf", "nocode",
        [P("Thực hiện Kế hoạch rà soát, đánh giá TTHC năm 2022 của UBND tỉnh, UBND huyện đã rà soát 14 TTHC lĩnh vực "
           "hộ tịch, đất đai và đăng ký kinh doanh."),
         P("Phương án đơn giản hóa: đề nghị cắt giảm thời gian giải quyết 05 TTHC (từ 15 ngày xuống 10 ngày), bãi bỏ "
           "thành phần hồ sơ bản sao giấy tờ đã được số hóa. Kèm theo biểu mẫu rà soát và biểu tính chi phí tuân thủ."),
         P("Chi phí tuân thủ dự kiến giảm 18,4% sau đơn giản hóa.")],
        rec=["Văn phòng UBND tỉnh", "Lưu: VT, VP"], font="sans"),
    doc("k030", "vp", "BC", "33", (2022, 6, 15),
        ["Phương án đơn giản hóa thủ tục hành chính", "và kiến nghị sửa đổi văn bản quy phạm pháp luật", "năm 2022"],
        "2022", VP_CVP, ["3.1.2/sp1", "3.1.1/sp2"], "TC 3.1.1/3.1.2 phuong an don gian hoa.pdf", "code",
        [P("Trên cơ sở rà soát, Văn phòng HĐND và UBND huyện tổng hợp phương án đơn giản hóa thủ tục hành chính "
           "trình UBND huyện gửi UBND tỉnh:"),
         T([["TT", "Thủ tục hành chính", "Nội dung đơn giản hóa", "Kiến nghị sửa đổi"],
            ["1", "Đăng ký khai sinh có yếu tố nước ngoài", "Giảm thời hạn 15 → 10 ngày", "Thông tư 04/2020/TT-BTP"],
            ["2", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Bỏ bản sao giấy tờ đất đã số hóa", "Nghị định 15/2021/NĐ-CP"],
            ["3", "Đăng ký hộ kinh doanh", "Cho phép nộp hoàn toàn trực tuyến", "Nghị định 01/2021/NĐ-CP"]])],
        rec=["UBND huyện", "Lưu: VT"]),
    # ---------------------------------------------------------------- 3.2 / 3.3 one-stop shop
    doc("k031", "vp", "BC", "61", (2022, 11, 8),
        ["Thống kê thủ tục hành chính được UBND tỉnh công bố và công khai", "trên Trang thông tin điện tử huyện năm 2022"],
        "2022", VP_PCVP, ["3.2.1/sp1"], "cong khai TTHC tren trang TTDT.pdf", "nocode",
        [P("Năm 2022, UBND tỉnh ban hành 34 quyết định công bố TTHC có liên quan đến cấp huyện, cấp xã. Văn phòng đã "
           "đăng tải công khai đầy đủ trên Trang thông tin điện tử huyện trong vòng 10 ngày kể từ ngày công bố."),
         T([["TT", "Quyết định công bố", "Số TTHC", "Ngày đăng tải", "Số ngày"],
            ["1", "143/QĐ-UBND ngày 18/01/2022", "12", "24/01/2022", "6"],
            ["2", "1021/QĐ-UBND ngày 06/5/2022", "27", "12/5/2022", "6"],
            ["3", "2390/QĐ-UBND ngày 05/10/2022", "9", "11/10/2022", "6"]])],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k032", "tthcc", "BC", "22", (2022, 11, 14),
        ["Thống kê số thủ tục hành chính thuộc thẩm quyền giải quyết", "và số thủ tục đưa vào Trung tâm Hành chính công"],
        "", HCC_GD, ["3.3.1/sp2"], "TC 3.5.1/TTHC dua vao TTHCC.pdf", "misleading",
        [P("Tính đến ngày 14/11/2022, số TTHC thuộc thẩm quyền giải quyết của UBND huyện là 312; số TTHC đã đưa ra "
           "tiếp nhận tại Trung tâm Hành chính công là 312 (100%), tất cả được tiếp nhận qua phần mềm dịch vụ công "
           "tập trung của tỉnh."),
         T([["TT", "Lĩnh vực", "Thuộc thẩm quyền", "Đưa vào Trung tâm"],
            ["1", "Đất đai", "41", "41"], ["2", "Hộ tịch", "28", "28"], ["3", "Xây dựng", "17", "17"],
            ["4", "Các lĩnh vực khác", "226", "226"]])],
        rec=REC_HCC),
    doc("k033", "vp", "BC", "59", (2022, 11, 1),
        ["Danh mục thủ tục hành chính thực hiện liên thông", "giữa các cơ quan chuyên môn thuộc UBND huyện"],
        "", VP_CVP, ["3.3.2/sp1"], "3_3_2 danh muc lien thong cung cap.pdf", "code",
        [P("Danh mục TTHC, nhóm TTHC được giải quyết theo hình thức liên thông cùng cấp (UBND huyện - các cơ quan "
           "chuyên môn cấp huyện) trên phần mềm xử lý dịch vụ công tập trung, tổng số 58 TTHC, nhóm TTHC."),
         T([["TT", "TTHC/nhóm TTHC", "Cơ quan tiếp nhận", "Cơ quan phối hợp"],
            ["1", "Cấp giấy phép xây dựng và xác nhận hoàn công", "Phòng KT&HT", "Phòng TN&MT"],
            ["2", "Đăng ký hộ kinh doanh và cấp mã số thuế", "Phòng TC-KH", "Chi cục Thuế khu vực"],
            ["3", "Chuyển mục đích sử dụng đất và thu tiền sử dụng đất", "Phòng TN&MT", "Phòng TC-KH"]])],
        rec=["UBND huyện", "Trung tâm Hành chính công", "Lưu: VT"], lw=0.45),
    doc("k034", "vp", "BC", "60", (2022, 11, 1),
        ["Danh mục thủ tục hành chính liên thông giữa các cấp chính quyền", "tỉnh - huyện - xã"],
        "", VP_CVP, ["3.3.3/sp1"], "TC 3.3.2/danh muc lien thong 3 cap.pdf", "misleading",
        [P("Văn phòng thống kê 61 TTHC, nhóm TTHC được giải quyết theo hình thức liên thông giữa cấp tỉnh, cấp huyện "
           "và cấp xã; hồ sơ được luân chuyển, xử lý và trả kết quả trên môi trường mạng."),
         T([["TT", "TTHC/nhóm TTHC", "Cấp tiếp nhận", "Cấp giải quyết"],
            ["1", "Đăng ký khai sinh, thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi", "Xã", "Xã - Công an - BHXH"],
            ["2", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Xã", "Huyện - Tỉnh"],
            ["3", "Trợ cấp xã hội hằng tháng", "Xã", "Huyện"]])],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k035", "tinh", "QĐ", "1987", (2022, 8, 12),
        ["Về việc phê duyệt quy trình liên thông giải quyết thủ tục hành chính", "giữa các cơ quan chuyên môn thuộc UBND cấp huyện"],
        "", TINH_QD, ["3.3.2/sp2"], "Van ban tinh/QD 1987 lien thong cung cap.pdf", "nocode",
        [A("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ"),
         I("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
           "một cửa liên thông trong giải quyết thủ tục hành chính;"),
         I("Xét đề nghị của Chánh Văn phòng UBND tỉnh."),
         C("QUYẾT ĐỊNH:"),
         D(1, "Phê duyệt kèm theo Quyết định này quy trình liên thông giải quyết 58 nhóm thủ tục hành chính giữa các "
              "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện trên Hệ thống thông tin giải quyết TTHC của tỉnh."),
         D(2, "Quyết định có hiệu lực kể từ ngày ký."),
         D(3, "Chánh Văn phòng UBND tỉnh, Chủ tịch UBND các huyện, thị xã và thành phố Huế chịu trách nhiệm thi hành.")],
        rec=["Như Điều 3", "Lưu: VT, KSTT"], stamp="Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
    doc("k036", "tinh", "CV", "6210", (2022, 9, 6),
        ["V/v triển khai thực hiện liên thông thủ tục hành chính", "giữa cấp tỉnh, cấp huyện và cấp xã"],
        "", TINH_PCT, ["3.3.3/sp2"], "cv 6210 UBND tinh.pdf", "nocode",
        [P("Để đẩy mạnh giải quyết thủ tục hành chính theo hình thức liên thông giữa các cấp chính quyền, Chủ tịch "
           "UBND tỉnh cho phép các huyện triển khai liên thông 61 nhóm TTHC theo danh mục kèm theo Công văn này, áp "
           "dụng từ ngày 15/9/2022."),
         P("Yêu cầu UBND cấp huyện chỉ đạo UBND cấp xã tiếp nhận, luân chuyển hồ sơ hoàn toàn trên môi trường mạng.")],
        rec=["Như trên", "Lưu: VT, KSTT"], layout="cv", sym="UBND-KSTT",
        kg=["UBND các huyện, thị xã và thành phố Huế"]),
    # ---------------------------------------------------------------- 3.4 software, "4 tại chỗ"
    doc("k037", "tthcc", "BC", "21", (2022, 11, 15),
        ["Kết quả cập nhật, thiết lập quy trình điện tử", "giải quyết thủ tục hành chính trên phần mềm",
         "tại thời điểm ngày 15/11/2022"],
        "", HCC_PGD, ["3.4.1/sp1"], "TC 3.4.1 - quy trinh tren phan mem.pdf", "code",
        [P("Trung tâm Hành chính công đã thiết lập quy trình điện tử cho 312/312 TTHC trên phần mềm dịch vụ công; "
           "tổng thời gian các bước của từng quy trình không vượt quá thời hạn giải quyết theo quy định."),
         T([["TT", "Lĩnh vực", "Số TTHC", "Đã thiết lập", "Tỷ lệ"],
            ["1", "Đất đai", "41", "41", "100%"], ["2", "Hộ tịch", "28", "28", "100%"],
            ["3", "Các lĩnh vực khác", "243", "243", "100%"]])],
        rec=REC_HCC),
    doc("k038", "huyen", "CV", "912", (2022, 4, 18),
        ["V/v đề nghị phê duyệt danh mục thủ tục hành chính thực hiện", "\"4 tại chỗ\" tại Trung tâm Hành chính công huyện"],
        "", H_PCT, ["3.4.2/sp1"], "de nghi 4 tai cho.pdf", "nocode",
        [P("Để nâng cao chất lượng phục vụ người dân, UBND huyện đề nghị UBND tỉnh phê duyệt danh mục 176 thủ tục "
           "hành chính được tiếp nhận, thẩm định, phê duyệt và trả kết quả ngay tại Trung tâm Hành chính công huyện."),
         P("Các phòng chuyên môn đã cử công chức được ủy quyền thẩm định, phê duyệt làm việc tại Trung tâm.")],
        rec=["Như trên", "Văn phòng UBND tỉnh", "Lưu: VT, TTHCC"], layout="cv", sym="UBND-TTHCC",
        kg=["Ủy ban nhân dân tỉnh Thừa Thiên Huế"]),
    doc("k039", "tinh", "QĐ", "1266", (2022, 5, 27),
        ["Phê duyệt danh mục thủ tục hành chính thực hiện tiếp nhận,", "thẩm định, phê duyệt và trả kết quả tại chỗ",
         "tại Trung tâm Hành chính công huyện Quảng Điền"],
        "", TINH_QD, ["3.4.2/sp2"], "Tieu chi 3.4.2/QD 1266 tinh.pdf", "code",
        [A("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ"),
         I("Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;"),
         I("Xét đề nghị của UBND huyện Quảng Điền tại Công văn số 912/UBND-TTHCC ngày 18/4/2022."),
         C("QUYẾT ĐỊNH:"),
         D(1, "Phê duyệt danh mục 176 thủ tục hành chính thực hiện \"4 tại chỗ\" tại Trung tâm Hành chính công huyện "
              "Quảng Điền (Phụ lục kèm theo)."),
         D(2, "Quyết định này có hiệu lực thi hành kể từ ngày ký."),
         D(3, "Chánh Văn phòng UBND tỉnh, Chủ tịch UBND huyện Quảng Điền chịu trách nhiệm thi hành.")],
        rec=["Như Điều 3", "Lưu: VT, KSTT"], lw=0.45),
    # ---------------------------------------------------------------- 3.5 results, apologies, digitisation
    doc("k040", "tthcc", "BC", "23", (2022, 11, 16),
        ["Tổng hợp kết quả giải quyết hồ sơ thủ tục hành chính", "từ ngày 01/01/2022 đến ngày 15/11/2022"],
        "2022", HCC_GD, ["3.5.1/sp1"], "3_5_1/tong hop ho so dung han.pdf", "code",
        [T([["TT", "Chỉ tiêu", "Số hồ sơ", "Tỷ lệ"],
            ["1", "Hồ sơ tiếp nhận", "9.846", ""], ["2", "Hồ sơ đã giải quyết", "9.512", ""],
            ["3", "Giải quyết trước và đúng hạn", "9.447", "99,32%"], ["4", "Giải quyết quá hạn", "65", "0,68%"]]),
         P("Ảnh chụp màn hình thống kê trên phần mềm dịch vụ công gửi kèm Báo cáo.")],
        rec=REC_HCC, font="cond"),
    doc("k041", "tthcc", "BC", "24", (2022, 11, 16),
        ["Tổng hợp hồ sơ giải quyết trễ hạn và việc xin lỗi", "tổ chức, cá nhân năm 2022"],
        "2022", HCC_GD, ["3.5.2/sp1"], "ho so tre han xin loi.pdf", "nocode",
        [P("Từ ngày 01/01/2022 đến ngày 15/11/2022, Trung tâm Hành chính công có 65 hồ sơ giải quyết trễ hạn; đã "
           "phát hành 65 văn bản xin lỗi có chữ ký số (đạt 100%)."),
         T([["TT", "Cơ quan giải quyết", "Hồ sơ trễ hạn", "Đã xin lỗi"],
            ["1", "Phòng Tài nguyên và Môi trường", "41", "41"], ["2", "Phòng Kinh tế và Hạ tầng", "17", "17"],
            ["3", "Phòng Tư pháp", "7", "7"]])],
        rec=REC_HCC),
    doc("k042", "tnmt", "CV", "377", (2022, 8, 22),
        ["V/v xin lỗi do giải quyết hồ sơ trễ hạn"],
        "", TNMT_TP, ["3.5.2/sp2"], "xin loi ong Tran Van Thuong.pdf", "nocode",
        [P("Ngày 20/7/2022, Phòng Tài nguyên và Môi trường nhận hồ sơ đăng ký biến động đất đai của ông (mã hồ sơ "
           "H57.22-220720-0413), hẹn trả kết quả ngày 10/8/2022. Do phải xác minh nguồn gốc thửa đất, hồ sơ chưa được "
           "giải quyết đúng hẹn."),
         P("Phòng Tài nguyên và Môi trường trân trọng xin lỗi ông vì sự chậm trễ này và hẹn trả kết quả vào ngày "
           "26/8/2022."),
         P("Rất mong nhận được sự thông cảm của ông.")],
        rec=["Như trên", "Trung tâm Hành chính công", "Lưu: VT"], layout="cv", sym="TNMT",
        kg=["Ông Trần Văn Thưởng, thôn Phước Lập, xã Quảng Thọ"]),
    doc("k043", "tthcc", "CV", "58", (2022, 10, 5),
        ["V/v xin lỗi về việc trả kết quả hồ sơ chậm so với hẹn"],
        "", HCC_PGD, ["3.5.2/sp2"], "3.5.2/thu xin loi 58.pdf", "code",
        [P("Trung tâm Hành chính công huyện Quảng Điền xin gửi lời xin lỗi chân thành đến bà vì hồ sơ cấp giấy phép "
           "xây dựng nhà ở riêng lẻ (mã H57.22-220909-0177) đã trả kết quả chậm 02 ngày làm việc so với phiếu hẹn."),
         P("Trung tâm đã kiểm điểm trách nhiệm của bộ phận liên quan để không tái diễn.")],
        rec=["Như trên", "Lưu: VT"], layout="cv", sym="TTHCC",
        kg=["Bà Lê Thị Hoài, tổ dân phố Khuông Phò, thị trấn Sịa"]),
    doc("k044", "tthcc", "BC", "25", (2022, 11, 16),
        ["Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "tại Trung tâm Hành chính công huyện"],
        "", HCC_GD, ["3.5.3/sp1"], "so hoa ho so TTHCC.pdf", "nocode",
        [P("Từ ngày 01/01/2022 đến ngày 15/11/2022, Trung tâm tiếp nhận 9.846 hồ sơ; đã cập nhật, số hóa cả đầu vào "
           "và đầu ra 9.846 hồ sơ (100%). Bộ phận tiếp nhận và trả kết quả hiện đại cấp xã số hóa 21.337/21.512 hồ sơ "
           "(99,2%)."),
         P("Toàn bộ kết quả số hóa được lưu trên Kho quản lý dữ liệu điện tử của tổ chức, cá nhân.")],
        rec=REC_HCC, layout="split"),
    # ---------------------------------------------------------------- 3.6 feedback
    doc("k045", "vp", "BC", "64", (2022, 12, 2),
        ["Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức", "về quy định hành chính năm 2022"],
        "2022", VP_CVP, ["3.6.2/sp1"], "TC 3.6.1/BC PAKN.pdf", "misleading",
        [P("Năm 2022, Văn phòng HĐND và UBND huyện tiếp nhận 09 phản ánh, kiến nghị qua Cổng dịch vụ công, ứng dụng "
           "Hue-S và đường dây nóng; đã xử lý 09/09 phản ánh, kiến nghị (100%), trong đó 07 phản ánh về thời hạn giải "
           "quyết hồ sơ đất đai và 02 kiến nghị về thái độ phục vụ."),
         P("Kết quả xử lý được công khai trên Trang thông tin điện tử huyện.")],
        rec=["UBND huyện", "Lưu: VT"]),
    # ---------------------------------------------------------------- added: communes, Sở Tư pháp, 2.3 chain
    doc("k110", "tt-sia", "CV", "112", (2022, 9, 21),
        ["V/v báo cáo kết quả khắc phục tồn tại, hạn chế", "qua kiểm tra cải cách hành chính"],
        "", XA("Nguyễn Đình Hòa"), ["1.3.2/sp1"], "TT Sia/CV 112 khac phuc.pdf", "nocode",
        [P("Thực hiện Thông báo số 238/TB-UBND ngày 31/8/2022 của UBND huyện về kết luận kiểm tra công tác cải cách hành "
           "chính, UBND thị trấn Sịa đã khắc phục: bổ sung 04 quy trình nội bộ còn thiếu; niêm yết lại số điện thoại "
           "đường dây nóng; tổ chức ký cam kết thực hiện văn hóa công sở đối với 100% công chức."),
         P("Các văn bản chứng minh kết quả khắc phục được gửi kèm theo Công văn này.")],
        rec=["Như trên", "Phòng Nội vụ huyện", "Lưu: VP"], layout="cv", sym="UBND",
        kg=["Ủy ban nhân dân huyện Quảng Điền"]),
    doc("k111", "xa-ngan", "BC", "73", (2022, 8, 29),
        ["Kết quả rà soát, sắp xếp thôn trên địa bàn xã Quảng Ngạn"],
        "", XA("Trần Quang Vĩnh"), ["5.7.2/sp1"], "TC 5.7.1/BC 73 sap xep thon.pdf", "misleading",
        [P("Xã Quảng Ngạn có 09 thôn, trong đó thôn 10A và thôn 10B có quy mô dưới 50% số hộ theo tiêu chuẩn. Sau khi "
           "lấy ý kiến cử tri, UBND xã đã xây dựng phương án sáp nhập hai thôn thành thôn 10, trình HĐND xã thông qua "
           "tại kỳ họp chuyên đề ngày 22/8/2022."),
         T([["TT", "Thôn", "Số hộ", "Phương án"],
            ["1", "Thôn 10A", "84", "Sáp nhập"], ["2", "Thôn 10B", "91", "Sáp nhập"], ["3", "Các thôn còn lại", "1.702", "Giữ nguyên"]])],
        rec=["UBND huyện (qua Phòng Nội vụ)", "Lưu: VP"], font="sans"),
    doc("k112", "sotp", "KL", "88", (2022, 6, 30),
        ["Kiểm tra văn bản quy phạm pháp luật do Hội đồng nhân dân,", "Ủy ban nhân dân huyện Quảng Điền ban hành"],
        "", STP_GD, ["2.3/sp2"], "Ket luan STP kiem tra van ban.pdf", "nocode",
        [P("Thực hiện Kế hoạch kiểm tra văn bản năm 2022, Sở Tư pháp đã kiểm tra 17 văn bản quy phạm pháp luật do HĐND, "
           "UBND huyện Quảng Điền ban hành năm 2021. Kết luận:"),
         P("Quyết định số 11/2021/QĐ-UBND ngày 09/11/2021 của UBND huyện quy định thành phần hồ sơ của thủ tục cấp phép "
           "đào đường không đúng thẩm quyền (Điều 5). Đề nghị UBND huyện tự kiểm tra, xử lý và báo cáo kết quả về Sở "
           "Tư pháp trong thời hạn 30 ngày.")],
        rec=["UBND huyện Quảng Điền", "Cục Kiểm tra VBQPPL - Bộ Tư pháp", "Lưu: VT, XDKTVB"], sym="KL-STP"),
    doc("k113", "huyen", "QĐ", "05/2022", (2022, 7, 20),
        ["Sửa đổi Điều 5 của Quy định ban hành kèm theo Quyết định", "số 11/2021/QĐ-UBND ngày 09 tháng 11 năm 2021",
         "của Ủy ban nhân dân huyện"],
        "", (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Văn Lộc"), ["2.3/sp3"],
        "Tieu chi 2.3/QD 05-2022 sua doi.pdf", "code",
        [A("ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"),
         I("Căn cứ Kết luận số 88/KL-STP ngày 30/6/2022 của Sở Tư pháp;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Sửa đổi Điều 5 như sau: \"Thành phần hồ sơ, trình tự thực hiện thủ tục cấp phép thi công trên đường "
              "huyện thực hiện theo bộ thủ tục hành chính do Chủ tịch UBND tỉnh công bố.\""),
         D(2, "Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2022."),
         D(3, "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Kinh tế và Hạ tầng, Trưởng phòng Tư pháp chịu trách "
              "nhiệm thi hành Quyết định này.")],
        rec=["Như Điều 3", "Sở Tư pháp", "Cục Kiểm tra VBQPPL", "Lưu: VT"], sym="QĐ-UBND"),
]

# motto variants as clerks type them (HÒA/HOÀ, hyphen/en dash)
for _d in DOCS:
    _d.setdefault("motto", {"k003": 1, "k009": 2, "k014": 1, "k022": 2, "k029": 1, "k033": 2, "k038": 1,
                            "k043": 2, "k110": 1}.get(_d["id"], 0))
