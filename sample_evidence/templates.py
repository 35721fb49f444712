# -*- coding: utf-8 -*-
"""Document templates for the demo evidence (kiemchung). FICTIONAL DEMO DATA, FOR TESTS ONLY.

Each template is a dict; generate.py fills it per case (number, date, signer, body …) and
renders it in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I. Body items:
  ("p", text)             justified paragraph, first-line indent
  ("h", text)             bold heading (I., 1., …)
  ("c", text)             bold centred line (e.g. "QUYẾT ĐỊNH:")
  ("article", lead, text) "Điều 1." in bold followed by text
Names and numbers of people are invented.
"""

HUYEN = {
    "governing": None,
    "issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"],
    "place": "Quảng Điền",
    "code": "UBND",
}
XA_QUANG_THANH = {
    "governing": "UBND HUYỆN QUẢNG ĐIỀN",
    "issuer": ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG THÀNH"],
    "place": "Quảng Thành",
    "code": "UBND",
}

CAN_CU_CCHC = [
    ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương "
          "trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 244/KH-UBND ngày 26 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh Thừa "
          "Thiên Huế về cải cách hành chính năm 2022;"),
]

RECIPIENTS_HUYEN = ["Sở Nội vụ tỉnh;", "TT Huyện ủy, TT HĐND huyện;", "CT, các PCT UBND huyện;",
                    "Các phòng, ban, đơn vị thuộc huyện;", "UBND các xã, thị trấn;"]

TEMPLATES = {
    # 1.1.1 -- Kế hoạch CCHC năm 2022
    "kh-cchc-2022": {
        "issuer": HUYEN, "type": "KẾ HOẠCH", "type_code": "KH",
        "subject": ["Cải cách hành chính năm 2022"],
        "body": CAN_CU_CCHC + [
            ("p", "Ủy ban nhân dân huyện Quảng Điền ban hành Kế hoạch cải cách hành chính năm 2022 "
                  "như sau:"),
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("p", "1. Tiếp tục đẩy mạnh cải cách hành chính theo Chương trình tổng thể cải cách "
                  "hành chính nhà nước giai đoạn 2021 - 2030; nâng cao chất lượng phục vụ người "
                  "dân, doanh nghiệp; cải thiện Chỉ số cải cách hành chính (Chỉ số CCHC) của huyện."),
            ("p", "2. Xác định rõ nhiệm vụ, sản phẩm, thời gian hoàn thành và trách nhiệm của các "
                  "phòng, ban chuyên môn, Ủy ban nhân dân các xã, thị trấn; gắn kết quả thực hiện "
                  "với đánh giá, xếp loại cuối năm."),
            ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
            ("p", "1. Công tác chỉ đạo, điều hành: ban hành kế hoạch kiểm tra công tác cải cách "
                  "hành chính trước ngày 15/01/2022; thực hiện chế độ báo cáo định kỳ quý, 6 tháng, "
                  "năm đúng thời hạn; đẩy mạnh tuyên truyền cải cách hành chính."),
            ("p", "2. Cải cách thể chế: theo dõi tình hình thi hành pháp luật; rà soát, xử lý văn "
                  "bản quy phạm pháp luật sau rà soát."),
            ("p", "3. Cải cách thủ tục hành chính: công bố, công khai thủ tục hành chính đầy đủ, "
                  "đúng quy định; thực hiện cơ chế một cửa, một cửa liên thông; số hóa hồ sơ, kết "
                  "quả giải quyết thủ tục hành chính."),
            ("p", "4. Cải cách tổ chức bộ máy, chế độ công vụ, tài chính công; xây dựng chính "
                  "quyền điện tử, chính quyền số."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả "
                  "thực hiện Kế hoạch; tham mưu Ủy ban nhân dân huyện báo cáo theo quy định."),
            ("p", "2. Thủ trưởng các phòng, ban, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị "
                  "trấn căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, chuẩn bị đầy đủ tài liệu "
                  "kiểm chứng phục vụ chấm điểm Chỉ số CCHC năm 2022."),
            ("p", "Trên đây là Kế hoạch cải cách hành chính năm 2022 của Ủy ban nhân dân huyện "
                  "Quảng Điền./."),
        ],
        "signer": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer_name": "Nguyễn Văn Minh",
        "recipients": RECIPIENTS_HUYEN + ["Lưu: VT, NV."],
    },
    # 1.3.1 -- Kế hoạch kiểm tra CCHC năm 2022
    "kh-kiem-tra-cchc-2022": {
        "issuer": HUYEN, "type": "KẾ HOẠCH", "type_code": "KH",
        "subject": ["Kiểm tra công tác cải cách hành chính năm 2022"],
        "body": [
            ("p", "Căn cứ Kế hoạch số 191/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân "
                  "huyện về cải cách hành chính năm 2022;"),
            ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch kiểm tra công tác cải cách hành chính "
                  "năm 2022 như sau:"),
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("p", "Đánh giá tình hình, kết quả triển khai nhiệm vụ cải cách hành chính tại các cơ "
                  "quan, đơn vị; kịp thời phát hiện, chấn chỉnh những tồn tại, hạn chế."),
            ("h", "II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
            ("p", "1. Đối tượng: 04 phòng chuyên môn và 05 Ủy ban nhân dân xã, thị trấn (có danh "
                  "sách kèm theo)."),
            ("p", "2. Thời gian kiểm tra: từ ngày 15/3/2022 đến ngày 29/4/2022."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "Giao Phòng Nội vụ tham mưu thành lập Đoàn kiểm tra trước thời điểm kiểm tra "
                  "ít nhất 15 ngày; báo cáo kết quả kiểm tra trước ngày 15/11/2022./."),
        ],
        "signer": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer_name": "Nguyễn Văn Minh",
        "recipients": ["CT, các PCT UBND huyện;", "Các cơ quan, đơn vị được kiểm tra;",
                       "Lưu: VT, NV."],
    },
    # 1.2 -- Báo cáo quý I
    "bc-cchc-quy-1-2022": {
        "issuer": HUYEN, "type": "BÁO CÁO", "type_code": "BC",
        "subject": ["Kết quả thực hiện công tác cải cách hành chính", "quý I năm 2022"],
        "body": [
            ("p", "Thực hiện chế độ báo cáo định kỳ về cải cách hành chính, Ủy ban nhân dân huyện "
                  "Quảng Điền báo cáo kết quả thực hiện quý I năm 2022 như sau:"),
            ("h", "I. KẾT QUẢ THỰC HIỆN"),
            ("p", "1. Công tác chỉ đạo, điều hành: đã ban hành Kế hoạch số 191/KH-UBND ngày 30 "
                  "tháng 12 năm 2021 về cải cách hành chính năm 2022 và Kế hoạch số 12/KH-UBND ngày "
                  "10 tháng 01 năm 2022 về kiểm tra công tác cải cách hành chính năm 2022."),
            ("p", "2. Cải cách thủ tục hành chính: trong quý, Trung tâm Hành chính công huyện tiếp "
                  "nhận 1.245 hồ sơ, đã giải quyết 1.198 hồ sơ, trong đó đúng hạn 1.190 hồ sơ "
                  "(đạt 99,3%)."),
            ("h", "II. NHIỆM VỤ QUÝ II NĂM 2022"),
            ("p", "Tiếp tục triển khai các nhiệm vụ theo Kế hoạch; tổ chức kiểm tra công tác cải "
                  "cách hành chính tại các cơ quan, đơn vị theo kế hoạch./."),
        ],
        "signer": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer_name": "Nguyễn Văn Minh",
        "recipients": ["Sở Nội vụ tỉnh;", "CT, các PCT UBND huyện;", "Lưu: VT, NV."],
    },
    # 1.3.1 -- Quyết định thành lập Đoàn kiểm tra
    "qd-doan-kiem-tra-2022": {
        "issuer": HUYEN, "type": "QUYẾT ĐỊNH", "type_code": "QĐ",
        "subject": ["Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2022"],
        "body": [
            ("c", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
            ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa "
                  "đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                  "địa phương ngày 22 tháng 11 năm 2019;"),
            ("p", "Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2022 của Ủy ban nhân dân "
                  "huyện về kiểm tra công tác cải cách hành chính năm 2022;"),
            ("p", "Theo đề nghị của Trưởng phòng Nội vụ huyện."),
            ("c", "QUYẾT ĐỊNH:"),
            ("article", "Điều 1.", "Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2022 "
                                   "của huyện Quảng Điền, gồm các ông (bà) có tên sau: 1. Ông Trần "
                                   "Văn Hòa, Trưởng phòng Nội vụ, Trưởng đoàn; 2. Bà Lê Thị Thu, "
                                   "Phó Chánh Văn phòng HĐND và UBND huyện, Phó Trưởng đoàn; 3. Ông "
                                   "Hồ Đăng Khoa, chuyên viên Phòng Nội vụ, thành viên kiêm thư ký."),
            ("article", "Điều 2.", "Đoàn kiểm tra có nhiệm vụ kiểm tra theo nội dung, thời gian "
                                   "tại Kế hoạch số 12/KH-UBND (từ ngày 15/3/2022 đến ngày "
                                   "29/4/2022); Đoàn tự giải thể sau khi hoàn thành nhiệm vụ."),
            ("article", "Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND "
                                   "và UBND huyện, Trưởng phòng Nội vụ, các cơ quan, đơn vị có liên "
                                   "quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
                                   "Quyết định này./."),
        ],
        "signer": ["CHỦ TỊCH"], "signer_name": "Lê Văn Thành",
        "recipients": ["Như Điều 3;", "CT, các PCT UBND huyện;", "Lưu: VT, NV."],
    },
    # 2.1.1 -- Kế hoạch theo dõi THPL (late)
    "kh-theo-doi-thpl-2022": {
        "issuer": HUYEN, "type": "KẾ HOẠCH", "type_code": "KH",
        "subject": ["Theo dõi tình hình thi hành pháp luật năm 2022"],
        "body": [
            ("p", "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo "
                  "dõi tình hình thi hành pháp luật; Nghị định số 32/2020/NĐ-CP ngày 05 tháng 3 năm "
                  "2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP;"),
            ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch theo dõi tình hình thi hành pháp luật "
                  "năm 2022 như sau:"),
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("p", "Nắm bắt kịp thời tình hình thi hành pháp luật trên địa bàn huyện; phát hiện "
                  "những khó khăn, vướng mắc để kiến nghị xử lý."),
            ("h", "II. NỘI DUNG"),
            ("p", "1. Lĩnh vực trọng tâm: xử lý vi phạm hành chính; đất đai; bảo vệ môi trường."),
            ("p", "2. Tổ chức điều tra, khảo sát tình hình thi hành pháp luật trong quý III năm "
                  "2022; báo cáo kết quả trước ngày 15/11/2022."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "Giao Phòng Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế "
                  "hoạch này./."),
        ],
        "signer": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer_name": "Phan Thị Hạnh",
        "recipients": ["Sở Tư pháp tỉnh;", "CT, các PCT UBND huyện;",
                       "Các phòng, ban, đơn vị thuộc huyện;", "UBND các xã, thị trấn;",
                       "Lưu: VT, TP."],
    },
    # 2.1.3 -- Báo cáo công tác theo dõi THPL (unsigned)
    "bc-theo-doi-thpl-2022": {
        "issuer": HUYEN, "type": "BÁO CÁO", "type_code": "BC",
        "subject": ["Công tác theo dõi thi hành pháp luật năm 2022"],
        "body": [
            ("p", "Thực hiện Kế hoạch số 25/KH-UBND ngày 20 tháng 01 năm 2022 của Ủy ban nhân dân "
                  "huyện, Ủy ban nhân dân huyện Quảng Điền báo cáo công tác theo dõi tình hình thi "
                  "hành pháp luật năm 2022 như sau:"),
            ("h", "I. TÌNH HÌNH THI HÀNH PHÁP LUẬT"),
            ("p", "Trong năm, các cơ quan, đơn vị đã triển khai thi hành kịp thời các văn bản quy "
                  "phạm pháp luật mới; tổ chức 02 đợt khảo sát tại 06 xã, thị trấn."),
            ("h", "II. KIẾN NGHỊ"),
            ("p", "Đề nghị Sở Tư pháp tiếp tục tập huấn nghiệp vụ theo dõi thi hành pháp luật cho "
                  "công chức cấp huyện và cấp xã./."),
        ],
        "signer": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer_name": "Phan Thị Hạnh",
        "recipients": ["Sở Tư pháp tỉnh;", "CT, các PCT UBND huyện;", "Lưu: VT, TP."],
    },
    # placed under 2.1.2 but the wrong kind of document
    "tb-khao-sat-thpl-2022": {
        "issuer": HUYEN, "type": "THÔNG BÁO", "type_code": "TB",
        "subject": ["Về việc tổ chức khảo sát tình hình thi hành pháp luật năm 2022"],
        "body": [
            ("p", "Thực hiện Kế hoạch số 25/KH-UBND ngày 20 tháng 01 năm 2022 của Ủy ban nhân dân "
                  "huyện về theo dõi tình hình thi hành pháp luật năm 2022, Ủy ban nhân dân huyện "
                  "thông báo:"),
            ("p", "1. Phòng Tư pháp tổ chức khảo sát tình hình thi hành pháp luật tại các xã Quảng "
                  "Thành, Quảng An, Quảng Phước và thị trấn Sịa từ ngày 22/8/2022 đến ngày 26/8/2022."),
            ("p", "2. Đề nghị Ủy ban nhân dân các xã, thị trấn chuẩn bị báo cáo và bố trí thành "
                  "phần làm việc./."),
        ],
        "signer": ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "signer_name": "Hoàng Văn Lợi",
        "recipients": ["Phòng Tư pháp;", "UBND các xã, thị trấn được khảo sát;", "Lưu: VT, TP."],
    },
    # 3.2.2 -- commune report (inside the damaged archive)
    "bc-niem-yet-tthc-quang-thanh": {
        "issuer": XA_QUANG_THANH, "type": "BÁO CÁO", "type_code": "BC",
        "subject": ["Kết quả niêm yết, công khai thủ tục hành chính tại Bộ phận",
                    "Tiếp nhận và Trả kết quả xã Quảng Thành năm 2022"],
        "body": [
            ("p", "Thực hiện Kế hoạch số 191/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân "
                  "huyện Quảng Điền, Ủy ban nhân dân xã Quảng Thành báo cáo như sau:"),
            ("p", "1. Đã niêm yết công khai đầy đủ 112 thủ tục hành chính thuộc thẩm quyền giải "
                  "quyết của cấp xã tại Bộ phận Tiếp nhận và Trả kết quả, trong vòng 10 ngày kể từ "
                  "ngày có Quyết định công bố của Ủy ban nhân dân tỉnh."),
            ("p", "2. Hình ảnh bảng niêm yết kèm theo báo cáo này./."),
        ],
        "signer": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "signer_name": "Trần Đình Phúc",
        "recipients": ["UBND huyện (Phòng Nội vụ);", "Lưu: VT."],
    },
}
