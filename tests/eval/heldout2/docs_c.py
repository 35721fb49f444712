"""Held-out set 2: documents that serve no 2022 product (products: []). Off-topic administrative documents
that look like evidence, and CCHC documents about the wrong year. Written by helper "heldout2";
all names and numbers are fictional."""
from common2 import *  # noqa: F401,F403 (constructor and fictional signers)

REC_H = ["Các phòng, ban, đơn vị thuộc huyện", "UBND các xã, thị trấn", "Lưu: VT"]

DOCS = [
    # ---------------------------------------------------------------- off topic
    doc("x001", "huyen", "KH", "58", (2022, 3, 8),
        ["Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2022"],
        "2022", H_PCT2, [], "KH 58 PCTT-TKCN.pdf", "nocode",
        [P("Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương hậu quả thiên tai; bảo đảm an toàn tính mạng "
           "nhân dân vùng ven phá Tam Giang. Phương châm \"bốn tại chỗ\" trong phòng chống lụt bão."),
         L("Rà soát 1.240 hộ dân vùng thấp trũng cần sơ tán khi có bão cấp 10 trở lên."),
         L("Dự trữ 12 tấn gạo, 400 áo phao và 06 xuồng máy tại các xã."),
         P("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện trực ban 24/24 giờ trong mùa mưa bão.")],
        rec=REC_H),
    doc("x002", "huyen", "QĐ", "1199", (2022, 5, 23),
        ["Về việc tổ chức Đại hội Thể dục thể thao huyện Quảng Điền", "lần thứ IX năm 2022"],
        "2022", QD_PCT, [], "TC 1.5/QD 1199 dai hoi TDTT.pdf", "misleading",
        [A("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Tổ chức Đại hội Thể dục thể thao huyện lần thứ IX năm 2022 từ ngày 10/7 đến ngày 24/7/2022 với 11 môn "
              "thi đấu: bóng đá, bóng chuyền, đua thuyền, vật, cờ tướng, điền kinh…"),
         D(2, "Giao Trung tâm Văn hóa - Thông tin và Thể thao chủ trì tổ chức."),
         D(3, "Chánh Văn phòng HĐND và UBND huyện và các đơn vị liên quan chịu trách nhiệm thi hành.")],
        rec=["Như Điều 3", "Lưu: VT"]),
    doc("x003", "xa-an", "TB", "31", (2022, 4, 4),
        ["Lịch tiêm vắc xin phòng COVID-19 mũi nhắc lại", "cho người từ 18 tuổi trở lên"],
        "", XA("Phan Văn Quý"), [], "thong bao tiem vac xin.pdf", "nocode",
        [P("UBND xã Quảng An thông báo lịch tiêm vắc xin phòng COVID-19 mũi 3, mũi 4 tại Trạm Y tế xã từ ngày 06/4/2022 "
           "đến ngày 08/4/2022, buổi sáng từ 7 giờ 30."),
         P("Người dân mang theo căn cước công dân và giấy xác nhận đã tiêm các mũi trước.")],
        rec=["Các thôn", "Trạm Y tế xã", "Lưu: VP"], font="sans"),
    doc("x004", "tnmt", "BC", "188", (2022, 9, 30),
        ["Kết quả thực hiện kế hoạch sử dụng đất 9 tháng đầu năm 2022"],
        "2022-9M", TNMT_TP, [], "BC su dung dat 9 thang.pdf", "nocode",
        [P("Diện tích chuyển mục đích sử dụng đất 9 tháng đạt 38,6 ha/62 ha kế hoạch; thu hồi đất thực hiện 07 công "
           "trình, dự án. Đề nghị điều chỉnh kế hoạch sử dụng đất năm 2022 đối với 03 dự án chưa có vốn.")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("x005", "huyen", "CV", "1407", (2022, 6, 30),
        ["V/v tăng cường các biện pháp phòng, chống", "dịch bệnh sốt xuất huyết"],
        "", H_PCT2, [], "7_4_1 CV sot xuat huyet.pdf", "misleading",
        [P("Từ đầu năm đến nay, trên địa bàn huyện ghi nhận 67 ca mắc sốt xuất huyết, tăng 3 lần so với cùng kỳ. Chủ "
           "tịch UBND huyện yêu cầu UBND các xã, thị trấn tổ chức chiến dịch diệt lăng quăng, bọ gậy; Trung tâm Y tế "
           "huyện giám sát chặt chẽ các ổ dịch.")],
        rec=["Như trên", "Trung tâm Y tế huyện", "Lưu: VT"], layout="cv", sym="UBND-VX",
        kg=["UBND các xã, thị trấn", "Trung tâm Y tế huyện"]),
    doc("x006", "tt-sia", "TB", "64", (2022, 8, 8),
        ["Phân luồng giao thông phục vụ Lễ hội đua ghe truyền thống", "trên sông Bồ năm 2022"],
        "2022", XA("Nguyễn Đình Hòa"), [], "tt Sia/phan luong giao thong.pdf", "nocode",
        [P("Để phục vụ Lễ hội đua ghe ngày 02/9/2022, UBND thị trấn Sịa thông báo cấm các phương tiện lưu thông trên "
           "tuyến đường Nguyễn Vịnh từ 13 giờ đến 18 giờ; phương tiện đi đường tránh qua Tỉnh lộ 11A.")],
        rec=["Công an thị trấn", "Các tổ dân phố", "Lưu: VP"]),
    doc("x007", "kthh", "BB", "02", (2022, 10, 12),
        ["Nghiệm thu hoàn thành công trình đường giao thông nông thôn", "thôn Hà Lạc, xã Quảng Vinh"],
        "", KTHT_TP, [], "bien ban nghiem thu duong.pdf", "nocode",
        [P("Hôm nay, ngày 12 tháng 10 năm 2022, tại hiện trường công trình, chúng tôi gồm đại diện Phòng Kinh tế và Hạ "
           "tầng, UBND xã Quảng Vinh và đơn vị thi công tiến hành nghiệm thu."),
         P("Chiều dài tuyến 1.150 m, mặt đường bê tông xi măng rộng 3,5 m. Công trình đạt yêu cầu, đồng ý đưa vào sử dụng.")],
        rec=[], left_sign=(["ĐẠI DIỆN ĐƠN VỊ THI CÔNG", "GIÁM ĐỐC"], "Trần Công Thành")),
    doc("x008", "huyen", "KH", "140", (2022, 5, 30),
        ["Tổ chức các hoạt động hè và công tác phòng, chống đuối nước", "cho trẻ em năm 2022"],
        "2022", H_PCT2, [], "hoat dong he 2022.pdf", "nocode",
        [P("Tổ chức 11 lớp dạy bơi miễn phí cho trẻ em từ 8 đến 15 tuổi tại các xã ven sông; phối hợp Huyện đoàn tổ "
           "chức sinh hoạt hè tại các thôn, tổ dân phố.")],
        rec=REC_H),
    doc("x009", "ttvh", "TB", "11", (2022, 3, 28),
        ["Kết quả Giải bóng đá thiếu niên huyện Quảng Điền năm 2022"],
        "2022", TTVH_GD, [], "TB giai bong da thieu nien.pdf", "nocode",
        [P("Giải có 11 đội tham gia. Giải nhất: đội xã Quảng Phú; giải nhì: đội thị trấn Sịa; giải ba: đội xã Quảng "
           "Thành và đội xã Quảng Thọ.")],
        rec=["Các đội tham gia", "Lưu: VT"]),
    doc("x010", "huyen", "QĐ", "2411", (2022, 10, 3),
        ["Phê duyệt dự toán sửa chữa Trường Tiểu học số 2 Quảng Phước"],
        "", QD_PCT2, [], "QD 2411 sua chua truong.pdf", "nocode",
        [A("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
         I("Xét đề nghị của Phòng Kinh tế và Hạ tầng tại Báo cáo thẩm định số 66/BC-KTHT ngày 28/9/2022;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Phê duyệt dự toán sửa chữa 06 phòng học, Trường Tiểu học số 2 Quảng Phước với tổng giá trị 1.486 triệu đồng."),
         D(2, "Nguồn vốn: ngân sách huyện năm 2022.")],
        rec=["Như Điều 2", "Lưu: VT"]),
    # ---------------------------------------------------------------- CCHC, but about the wrong year
    doc("w001", "huyen", "KH", "301", (2020, 12, 29),
        ["Cải cách hành chính nhà nước năm 2021"],
        "2021", H_CT, [], "TC 1.1.1/KH 301 CCHC 2021.pdf", "code",
        [P("UBND huyện ban hành Kế hoạch cải cách hành chính năm 2021 nhằm triển khai Chương trình tổng thể cải cách "
           "hành chính nhà nước giai đoạn 2011 - 2020 trong năm cuối và chuẩn bị cho giai đoạn mới."),
         P("Phòng Nội vụ theo dõi, tổng hợp kết quả thực hiện.")],
        rec=["Sở Nội vụ", "Lưu: VT, NV"]),
    doc("w002", "huyen", "BC", "381", (2020, 12, 10),
        ["Kết quả thực hiện công tác cải cách hành chính năm 2020"],
        "2020", H_PCT, [], "bao cao CCHC 2020.pdf", "nocode",
        [P("Năm 2020 hoàn thành 52/55 nhiệm vụ của Kế hoạch CCHC; Chỉ số CCHC năm 2019 của huyện xếp thứ 5/9."),
         P("Tồn tại: tỷ lệ hồ sơ trực tuyến mức độ 3, 4 còn thấp.")],
        rec=["Sở Nội vụ", "Lưu: VT, NV"]),
    doc("w003", "huyen", "KH", "366", (2022, 12, 23),
        ["Thông tin, tuyên truyền cải cách hành chính năm 2023"],
        "2023", H_PCT, [], "Tieu chi 1.4.1/KH tuyen truyen 2023.pdf", "code",
        [P("Tiếp tục tuyên truyền Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030; đẩy mạnh truyền "
           "thông về dịch vụ công trực tuyến toàn trình trong năm 2023.")],
        rec=REC_H),
    doc("w004", "huyen", "BC", "399", (2021, 12, 15),
        ["Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính", "năm 2021"],
        "2021", H_PCT, [], "kiem soat TTHC 2021.pdf", "nocode",
        [P("Năm 2021, huyện tiếp nhận 8.904 hồ sơ TTHC, giải quyết đúng hạn 98,7%; tiếp nhận 06 phản ánh, kiến nghị và "
           "đã xử lý xong.")],
        rec=["Văn phòng UBND tỉnh", "Lưu: VT"]),
]

# motto variants as clerks type them (HÒA/HOÀ, hyphen/en dash)
for _d in DOCS:
    _d.setdefault("motto", {"x003": 1, "x007": 2, "w002": 1}.get(_d["id"], 0))
