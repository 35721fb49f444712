"""Held-out set 2, groups 4-8 of the appendix (tổ chức bộ máy, công vụ, tài chính công, chính quyền số,
tác động KT-XH). Written by helper "heldout2" from the seed appendix only; names and numbers are fictional."""
from common2 import *  # noqa: F401,F403 (constructor and fictional signers)

REC_SNV = ["Sở Nội vụ", "Lưu: VT, NV"]
REC_STC = ["Sở Tài chính", "Lưu: VT, TCKH"]
REC_HCC = ["UBND huyện (b/c)", "Văn phòng HĐND và UBND huyện", "Lưu: VT, TTHCC"]


def _qd_huyen(*dieu):
    return [A("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"),
            I("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
              "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")] + \
        list(dieu[0]) + [C("QUYẾT ĐỊNH:")] + [D(i + 1, s) for i, s in enumerate(dieu[1:])]


def _ktxh(year, growth, agri, rice, industry, budget, firms, poor):
    """A long socio-economic report body: the report's subject is only in its title."""
    return [
        H("I. LĨNH VỰC KINH TẾ"),
        H("1. Sản xuất nông, lâm, ngư nghiệp"),
        P("Giá trị sản xuất nông, lâm, thủy sản năm %d ước đạt %s tỷ đồng. Tổng diện tích gieo trồng lúa cả năm "
          "7.%d ha, năng suất bình quân %s tạ/ha; chăn nuôi phục hồi sau dịch bệnh, tổng đàn lợn đạt 28.400 con. Công "
          "tác phòng, chống dịch bệnh trên gia súc, gia cầm được triển khai quyết liệt, không để dịch lây lan diện rộng."
          % (year, agri, 300 + year % 100, rice)),
        P("Nuôi trồng thủy sản trên phá Tam Giang được quy hoạch lại theo hướng bền vững; sản lượng khai thác và nuôi "
          "trồng ước đạt 5.120 tấn. Trồng mới 410 ha rừng tập trung, tỷ lệ che phủ rừng duy trì ở mức 27,4%%."),
        H("2. Công nghiệp, tiểu thủ công nghiệp và xây dựng"),
        P("Giá trị sản xuất công nghiệp - xây dựng ước đạt %s tỷ đồng. Cụm công nghiệp Bắc Sơn thu hút thêm 02 nhà "
          "máy may mặc, giải quyết việc làm cho hơn 900 lao động. Các làng nghề truyền thống nón lá, chổi đót tiếp tục "
          "được duy trì." % industry),
        H("3. Thương mại, dịch vụ, du lịch"),
        P("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 11,2%%; lượng khách du lịch đến các điểm làng cổ Phước "
          "Yên, chợ Nọ, bàu sen Quảng Thành ước đạt 61.000 lượt."),
        H("4. Tài chính, ngân sách, đầu tư"),
        P("Thu ngân sách nhà nước trên địa bàn ước đạt %s tỷ đồng. Tốc độ tăng giá trị sản xuất ước đạt %s. Trong "
          "năm thành lập mới %d doanh nghiệp, 06 hợp tác xã và 214 hộ kinh doanh." % (budget, growth, firms)),
        H("II. LĨNH VỰC VĂN HÓA - XÃ HỘI"),
        P("Chất lượng giáo dục toàn diện được nâng lên; 39/41 trường đạt chuẩn quốc gia. Công tác chăm sóc sức khỏe "
          "nhân dân được bảo đảm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%%. Tỷ lệ hộ nghèo còn %s." % poor),
        P("Các hoạt động văn hóa, văn nghệ, thể dục thể thao diễn ra sôi nổi; tổ chức thành công Lễ hội đua ghe "
          "truyền thống và Đại hội Thể dục thể thao huyện."),
        H("III. QUỐC PHÒNG, AN NINH VÀ CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"),
        P("Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. Công tác cải cách hành chính, kỷ luật, "
          "kỷ cương hành chính tiếp tục được tăng cường; giải quyết kịp thời đơn thư của công dân."),
        H("IV. ĐÁNH GIÁ CHUNG"),
        P("Nhìn chung, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch. Tuy nhiên, thu hút đầu tư vào nông nghiệp công "
          "nghệ cao còn hạn chế; hạ tầng vùng ven phá chưa đồng bộ."),
    ]


DOCS = [
    # ---------------------------------------------------------------- 4.1 organisation
    doc("k046", "huyen", "QĐ", "1642", (2022, 7, 8),
        ["Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "của Phòng Kinh tế và Hạ tầng huyện Quảng Điền"],
        "", QD_CT, ["4.1.1/sp2"], "TC 4.1.1/QD 1642 chuc nang KTHT.pdf", "code",
        _qd_huyen([I("Căn cứ Nghị định số 37/2014/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ quy định tổ chức "
                     "các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;"),
                   I("Theo đề nghị của Trưởng phòng Nội vụ huyện.")],
                  "Phòng Kinh tế và Hạ tầng là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý "
                  "nhà nước về công nghiệp, xây dựng, giao thông, khoa học và công nghệ.",
                  "Cơ cấu tổ chức gồm Trưởng phòng, không quá 02 Phó Trưởng phòng và các công chức chuyên môn.",
                  "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2210/QĐ-UBND ngày 14/9/2016.",
                  "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Kinh tế và Hạ tầng chịu "
                  "trách nhiệm thi hành Quyết định này."),
        rec=["Như Điều 4", "Sở Nội vụ", "Lưu: VT, NV"]),
    doc("k047", "huyen", "QĐ", "1903", (2022, 8, 5),
        ["Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "của Văn phòng Hội đồng nhân dân",
         "và Ủy ban nhân dân huyện"],
        "", QD_CT, ["4.1.1/sp2"], "4.1.3/QD 1903 VP HDND UBND.pdf", "misleading",
        _qd_huyen([I("Theo đề nghị của Trưởng phòng Nội vụ huyện.")],
                  "Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn "
                  "phòng HĐND và UBND huyện.",
                  "Quyết định này có hiệu lực kể từ ngày ký.",
                  "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ chịu trách nhiệm thi hành."),
        rec=["Như Điều 3", "Lưu: VT, NV"], stamp="Ủy ban nhân dân huyện Quảng Điền"),
    doc("k048", "huyen", "QĐ", "2055", (2022, 8, 26),
        ["Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "của Trung tâm Dịch vụ Nông nghiệp huyện"],
        "", QD_PCT, ["4.1.3/sp1"], "QD 2055 chuc nang TT DVNN.pdf", "nocode",
        _qd_huyen([I("Căn cứ Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ quy định về thành lập, tổ chức "
                     "lại, giải thể đơn vị sự nghiệp công lập;"),
                   I("Theo đề nghị của Trưởng phòng Nội vụ huyện.")],
                  "Trung tâm Dịch vụ Nông nghiệp là đơn vị sự nghiệp công lập trực thuộc UBND huyện, có chức năng "
                  "cung cấp dịch vụ công về trồng trọt, chăn nuôi, thú y, thủy sản và khuyến nông.",
                  "Trung tâm có Giám đốc, 01 Phó Giám đốc, 02 tổ chuyên môn; số lượng người làm việc do UBND huyện giao "
                  "hằng năm.",
                  "Quyết định có hiệu lực kể từ ngày ký.",
                  "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Giám đốc Trung tâm Dịch vụ Nông nghiệp "
                  "chịu trách nhiệm thi hành Quyết định này."),
        rec=["Như Điều 4", "Lưu: VT, NV"]),
    doc("k049", "huyen", "QĐ", "2470", (2022, 10, 11),
        ["Sửa đổi, bổ sung một số điều của Quy định chức năng, nhiệm vụ", "của Trung tâm Văn hóa - Thông tin và Thể thao huyện"],
        "", QD_PCT, ["4.1.3/sp1"], "TC 4.1.1/QD 2470 TTVHTTTT.pdf", "misleading",
        _qd_huyen([I("Xét đề nghị của Giám đốc Trung tâm Văn hóa - Thông tin và Thể thao và Trưởng phòng Nội vụ huyện.")],
                  "Sửa đổi khoản 2 Điều 3 Quy định ban hành kèm theo Quyết định số 1133/QĐ-UBND ngày 20/5/2019: bổ sung "
                  "nhiệm vụ vận hành hệ thống truyền thanh thông minh cấp huyện, cấp xã cho đơn vị sự nghiệp này.",
                  "Quyết định có hiệu lực kể từ ngày ký.",
                  "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Giám đốc Trung tâm chịu trách nhiệm thi hành."),
        rec=["Như Điều 3", "Lưu: VT, NV"], font="sans"),
    doc("k050", "noivu", "BC", "102", (2022, 10, 3),
        ["Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn", "thuộc UBND huyện năm 2022"],
        "2022", NV_TP, ["4.1.1/sp1"], "bao cao chuyen de to chuc bo may.pdf", "nocode",
        [P("Thực hiện Nghị quyết số 18-NQ/TW, Phòng Nội vụ báo cáo chuyên đề về rà soát, kiện toàn tổ chức bộ máy: huyện "
           "có 12 cơ quan chuyên môn; trong năm đã ban hành 05 quyết định quy định lại chức năng, nhiệm vụ theo Nghị "
           "định số 108/2020/NĐ-CP; không còn phòng có dưới 05 biên chế."),
         P("Đề xuất: tiếp tục hợp nhất bộ phận thanh tra, tiếp công dân theo hướng dẫn của tỉnh.")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k051", "noivu", "BC", "119", (2022, 11, 7),
        ["Số lượng lãnh đạo, công chức các phòng chuyên môn", "và số lượng lãnh đạo UBND cấp xã"],
        "", NV_PP, ["4.1.2/sp1"], "Tieu chi 4.1.2/so luong cap pho.pdf", "code",
        [T([["TT", "Cơ quan/đơn vị", "Lãnh đạo", "Trong đó cấp phó", "Chuyên viên"],
            ["1", "Phòng Nội vụ", "3", "2", "5"], ["2", "Phòng Tư pháp", "2", "1", "3"],
            ["3", "Phòng Tài chính - Kế hoạch", "3", "2", "7"], ["4", "UBND xã Quảng An (loại I)", "3", "2", "-"],
            ["5", "UBND xã Quảng Ngạn (loại II)", "2", "1", "-"]]),
         P("Số lượng cấp phó tại các phòng và UBND cấp xã đúng quy định của Nghị định số 108/2020/NĐ-CP và Nghị định "
           "số 34/2019/NĐ-CP.")],
        rec=["UBND huyện", "Lưu: VT"], lw=0.4),
    # ---------------------------------------------------------------- 4.2 staffing quotas
    doc("k052", "sonv", "QĐ", "418", (2022, 2, 23),
        ["Về việc giao biên chế công chức năm 2022", "cho UBND các huyện, thị xã và thành phố Huế"],
        "2022", SNV_GD, ["4.2.1/sp3"], "QD 418 SNV giao bien che.pdf", "nocode",
        [A("GIÁM ĐỐC SỞ NỘI VỤ TỈNH THỪA THIÊN HUẾ"),
         I("Căn cứ Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ về vị trí việc làm và biên chế công chức;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Giao biên chế công chức năm 2022 trong các cơ quan, tổ chức hành chính cấp huyện, trong đó huyện Quảng "
              "Điền 98 biên chế."),
         D(2, "Quyết định có hiệu lực kể từ ngày ký."),
         D(3, "Chánh Văn phòng Sở, Trưởng phòng Tổ chức biên chế, Chủ tịch UBND các huyện chịu trách nhiệm thi hành.")],
        rec=["Như Điều 3", "Lưu: VT, TCBC"], layout="split"),
    doc("k053", "huyen", "QĐ", "596", (2022, 3, 15),
        ["Về việc phân bổ biên chế công chức năm 2022", "cho các cơ quan chuyên môn thuộc UBND huyện"],
        "2022", QD_CT, ["4.2.1/sp4"], "QD 596 phan bo bien che.pdf", "nocode",
        _qd_huyen([I("Căn cứ Quyết định số 418/QĐ-SNV ngày 23/02/2022 của Sở Nội vụ về giao biên chế công chức năm 2022;")],
                  "Phân bổ 98 biên chế công chức năm 2022 cho 12 cơ quan chuyên môn thuộc UBND huyện (phụ lục kèm theo).",
                  "Thủ trưởng các cơ quan sử dụng biên chế đúng vị trí việc làm, không vượt số được giao.",
                  "Trưởng phòng Nội vụ và thủ trưởng các cơ quan chuyên môn chịu trách nhiệm thi hành."),
        rec=["Như Điều 3", "Sở Nội vụ", "Lưu: VT, NV"]),
    doc("k054", "sonv", "QĐ", "433", (2022, 2, 28),
        ["Giao số lượng người làm việc trong các đơn vị sự nghiệp công lập", "thuộc UBND cấp huyện năm 2022"],
        "2022", SNV_GD, ["4.2.2/sp3"], "4_2_2 QD 433 SNV.pdf", "code",
        [A("GIÁM ĐỐC SỞ NỘI VỤ TỈNH THỪA THIÊN HUẾ"),
         I("Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ về vị trí việc làm và số lượng người làm "
           "việc trong đơn vị sự nghiệp công lập;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Giao số lượng người làm việc hưởng lương từ ngân sách nhà nước năm 2022 trong các đơn vị sự nghiệp "
              "công lập thuộc UBND huyện Quảng Điền: 1.201 người."),
         D(2, "Quyết định có hiệu lực kể từ ngày ký.")],
        rec=["UBND các huyện, thị xã, thành phố", "Lưu: VT, TCBC"]),
    doc("k055", "huyen", "QĐ", "640", (2022, 3, 22),
        ["Giao số lượng người làm việc năm 2022", "cho các đơn vị sự nghiệp công lập trực thuộc"],
        "2022", QD_PCT, ["4.2.2/sp4"], "QD 640 so nguoi lam viec.pdf", "nocode",
        _qd_huyen([I("Căn cứ Quyết định số 433/QĐ-SNV ngày 28/02/2022 của Sở Nội vụ;")],
                  "Giao 1.201 người làm việc năm 2022 cho các đơn vị sự nghiệp công lập trực thuộc UBND huyện: các "
                  "trường mầm non, tiểu học, trung học cơ sở 1.162 người; Trung tâm Dịch vụ Nông nghiệp 21 người; "
                  "Trung tâm Văn hóa - Thông tin và Thể thao 18 người.",
                  "Trưởng phòng Nội vụ, thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành."),
        rec=["Như Điều 2", "Lưu: VT, NV"]),
    doc("k056", "huyen", "BC", "318", (2022, 10, 14),
        ["Tình hình quản lý, sử dụng biên chế công chức", "và số lượng người làm việc năm 2022"],
        "2022", H_PCT, ["4.2.1/sp6", "4.2.2/sp5"], "Tieu chi 4.2.1/su dung bien che.pdf", "code",
        [P("Năm 2022, UBND huyện được giao 98 biên chế công chức, đã sử dụng 96; được giao 1.201 người làm việc, đã "
           "sử dụng 1.184. Huyện có 07 người hợp đồng theo Nghị định số 68/2000/NĐ-CP, không có hợp đồng làm chuyên môn."),
         P("Kiến nghị Sở Nội vụ giữ ổn định số biên chế năm 2023.")],
        rec=REC_SNV),
    # ---------------------------------------------------------------- 4.3 decentralisation
    doc("k057", "huyen", "KH", "83", (2022, 3, 30),
        ["Kiểm tra việc thực hiện các cơ chế, chính sách đã được phân cấp", "trong lĩnh vực ngân sách, đầu tư, đất đai",
         "và công vụ năm 2022"],
        "2022", H_PCT2, ["4.3.1/sp1", "4.3.3/sp1"], "KH 83 kiem tra phan cap.pdf", "nocode",
        [P("Kiểm tra việc thực hiện các nhiệm vụ quản lý nhà nước do Chính phủ, các bộ, ngành và UBND tỉnh phân cấp "
           "cho UBND huyện; phát hiện và xử lý kịp thời vướng mắc."),
         T([["TT", "Lĩnh vực", "Cơ quan chủ trì", "Thời gian"],
            ["1", "Ngân sách, đầu tư công", "Phòng Tài chính - Kế hoạch", "Quý II"],
            ["2", "Đất đai", "Phòng Tài nguyên và Môi trường", "Quý III"],
            ["3", "Công vụ, công chức, viên chức", "Phòng Nội vụ", "Quý III"]])],
        rec=["Các phòng: TC-KH, TN&MT, Nội vụ", "Lưu: VT"]),
    doc("k058", "thanhtra", "QĐ", "12", (2022, 6, 6),
        ["Về việc thanh tra việc thực hiện nhiệm vụ quản lý nhà nước về đất đai", "đã phân cấp cho UBND xã Quảng Lợi"],
        "", (["CHÁNH THANH TRA"], "Dương Quốc Toản"), ["4.3.2/sp1", "4.3.1/sp2"], "TC 4.3.2/QD 12 doan thanh tra.pdf",
        "code",
        [A("CHÁNH THANH TRA HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Luật Thanh tra ngày 15 tháng 11 năm 2010;"),
         I("Căn cứ Kế hoạch thanh tra năm 2022 đã được Chủ tịch UBND huyện phê duyệt;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Thanh tra việc thực hiện nhiệm vụ quản lý nhà nước về đất đai đã phân cấp cho UBND xã Quảng Lợi, thời "
              "kỳ từ 01/01/2020 đến 31/5/2022. Thời hạn thanh tra 20 ngày làm việc."),
         D(2, "Thành lập Đoàn thanh tra gồm: ông Dương Quốc Toản, Chánh Thanh tra huyện - Trưởng đoàn; ông Lê Văn Sỹ, "
              "chuyên viên Phòng TN&MT - thành viên; bà Trần Thị Hương, thanh tra viên - thành viên."),
         D(3, "Đoàn thanh tra, Chủ tịch UBND xã Quảng Lợi chịu trách nhiệm thi hành Quyết định này.")],
        rec=["Như Điều 3", "Lưu: VT"], sym="QĐ-TTr"),
    doc("k059", "thanhtra", "KL", "07", (2022, 8, 15),
        ["Thanh tra việc thực hiện nhiệm vụ quản lý nhà nước về đất đai", "đã phân cấp cho UBND xã Quảng Lợi"],
        "", TTR_CT, ["4.3.2/sp3", "4.3.1/sp4", "4.3.3/sp2"], "Ket luan thanh tra Quang Loi.pdf", "nocode",
        [P("Thực hiện Quyết định số 12/QĐ-TTr ngày 06/6/2022 của Chánh Thanh tra huyện, Đoàn thanh tra đã tiến hành "
           "thanh tra tại UBND xã Quảng Lợi từ ngày 13/6/2022 đến ngày 08/7/2022. Chánh Thanh tra huyện kết luận:"),
         H("1. Kết quả kiểm tra, xác minh"),
         P("UBND xã thực hiện cơ bản đúng nhiệm vụ được phân cấp về đăng ký đất đai; còn 03 trường hợp xác nhận nguồn "
           "gốc đất chưa đúng trình tự."),
         H("2. Kiến nghị xử lý"),
         P("Yêu cầu UBND xã Quảng Lợi kiểm điểm trách nhiệm công chức địa chính; rà soát lại 03 hồ sơ nêu trên, báo cáo "
           "kết quả trước ngày 30/9/2022.")],
        rec=["Chủ tịch UBND huyện", "UBND xã Quảng Lợi", "Lưu: VT, hồ sơ"], sym="KL-TTr"),
    doc("k060", "huyen", "BC", "334", (2022, 10, 28),
        ["Kết quả thực hiện các quy định về phân cấp quản lý nhà nước", "trên các lĩnh vực ngân sách, đầu tư, đất đai, công vụ"],
        "", H_PCT2, ["4.3.1/sp5", "4.3.3/sp4"], "4.3.1 - BC phan cap QLNN.pdf", "code",
        [P("UBND huyện thực hiện đầy đủ các nhiệm vụ được phân cấp theo quy định của Chính phủ, các bộ, ngành và UBND "
           "tỉnh. Trong năm, các phòng chuyên môn đã kiểm tra 04 cuộc về phân cấp; các tồn tại phát hiện qua thanh "
           "tra, kiểm tra đã được xử lý 100%."),
         P("Kiến nghị UBND tỉnh tiếp tục phân cấp thẩm quyền phê duyệt dự án nhóm C cho cấp huyện.")],
        rec=["Sở Nội vụ", "Lưu: VT"]),
    doc("k061", "tckh", "BC", "88", (2022, 9, 20),
        ["Kết quả kiểm tra các cơ chế, chính sách đã được phân cấp", "trong lĩnh vực ngân sách, đầu tư công"],
        "", TCKH_TP, ["4.3.3/sp3", "4.3.2/sp3"], "TC 4.3.3/BC 88 ket qua kiem tra phan cap.pdf", "code",
        [P("Thực hiện Kế hoạch số 83/KH-UBND ngày 30/3/2022, Phòng Tài chính - Kế hoạch đã kiểm tra tại UBND xã Quảng "
           "Thành và UBND thị trấn Sịa về quản lý ngân sách xã và dự án đầu tư do cấp xã làm chủ đầu tư."),
         P("Kết quả: 02 đơn vị chấp hành đúng quy định về phân cấp; 01 công trình chậm quyết toán, đã yêu cầu hoàn "
           "thành trước ngày 31/10/2022.")],
        rec=["UBND huyện", "Lưu: VT"]),
    # ---------------------------------------------------------------- 5.1 job positions
    doc("k062", "huyen", "TTr", "176", (2022, 6, 20),
        ["Đề nghị thẩm định điều chỉnh Đề án vị trí việc làm,", "bản mô tả công việc và khung năng lực",
         "của các cơ quan chuyên môn thuộc UBND huyện"],
        "", H_PCT, ["5.1.1/sp1"], "TTr 176 VTVL.pdf", "nocode",
        [P("Căn cứ Nghị định số 62/2020/NĐ-CP và Thông tư số 12/2022/TT-BNV, UBND huyện đã rà soát Đề án vị trí việc "
           "làm của 12 cơ quan chuyên môn; xây dựng bản mô tả công việc và khung năng lực cho 74 vị trí."),
         P("UBND huyện kính trình Sở Nội vụ thẩm định, trình UBND tỉnh phê duyệt.")],
        rec=["Như trên", "Lưu: VT, NV"], kg=["Sở Nội vụ tỉnh Thừa Thiên Huế"]),
    doc("k063", "noivu", "BC", "109", (2022, 10, 19),
        ["Tình hình thực hiện Đề án vị trí việc làm", "tại các phòng, ban chuyên môn thuộc UBND huyện"],
        "", NV_TP, ["5.1.2/sp4"], "TC 5.1.2 BC VTVL.pdf", "code",
        [P("12/12 cơ quan chuyên môn bố trí công chức theo đúng vị trí việc làm đã được phê duyệt (100%). Trong năm đã "
           "điều động 04 công chức cho phù hợp với vị trí việc làm."),
         P("Kèm theo Báo cáo: biểu danh mục vị trí việc làm, khung năng lực và bản mô tả công việc.")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k064", "huyen", "QĐ", "1488", (2022, 6, 29),
        ["Phê duyệt bản mô tả công việc và khung năng lực vị trí việc làm", "của viên chức các đơn vị sự nghiệp công lập",
         "thuộc UBND huyện"],
        "", QD_PCT, ["5.1.3/sp1", "5.1.3/sp2"], "5_1_3 QD 1488 mo ta cong viec.pdf", "code",
        _qd_huyen([I("Căn cứ Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ;")],
                  "Phê duyệt bản mô tả công việc và khung năng lực của 38 vị trí việc làm viên chức tại Trung tâm Dịch vụ "
                  "Nông nghiệp, Trung tâm Văn hóa - Thông tin và Thể thao và các trường học (phụ lục kèm theo).",
                  "Thủ trưởng các đơn vị sự nghiệp bố trí viên chức theo đúng vị trí việc làm được phê duyệt."),
        rec=["Như Điều 2", "Lưu: VT, NV"]),
    doc("k065", "noivu", "BC", "121", (2022, 11, 9),
        ["Số đơn vị sự nghiệp trực thuộc đã hoàn thành bản mô tả công việc,", "khung năng lực và bố trí viên chức theo vị trí việc làm"],
        "", NV_PP, ["5.1.4/sp1"], "don vi su nghiep bo tri VTVL.pdf", "nocode",
        [T([["TT", "Đơn vị sự nghiệp", "Bản mô tả, khung năng lực", "Bố trí đúng VTVL"],
            ["1", "Trung tâm Dịch vụ Nông nghiệp", "Đã hoàn thành", "Đúng"],
            ["2", "Trung tâm VH-TT&TT", "Đã hoàn thành", "Đúng"],
            ["3", "Các trường mầm non, tiểu học, THCS (41 trường)", "Đã hoàn thành", "Đúng"]]),
         P("Tổng số: 43/43 đơn vị sự nghiệp (100%).")],
        rec=["UBND huyện", "Lưu: VT"]),
    # ---------------------------------------------------------------- 5.2 recruitment
    doc("k066", "huyen", "TB", "88", (2022, 4, 25),
        ["Tuyển dụng công chức cấp xã năm 2022"],
        "2022", H_PCT, ["5.2.1/sp1"], "thong bao tuyen dung cong chuc xa.pdf", "nocode",
        [P("UBND huyện thông báo tuyển dụng 09 công chức cấp xã các chức danh: Văn phòng - thống kê, Địa chính - xây "
           "dựng, Tư pháp - hộ tịch, Tài chính - kế toán, Văn hóa - xã hội."),
         P("Hình thức: thi tuyển. Nhận phiếu đăng ký dự tuyển từ ngày 05/5/2022 đến ngày 04/6/2022 tại Phòng Nội vụ.")],
        rec=["UBND các xã, thị trấn", "Trang TTĐT huyện", "Lưu: VT, NV"], font="sans"),
    doc("k067", "huyen", "BC", "247", (2022, 9, 1),
        ["Kết quả tuyển dụng công chức cấp xã năm 2022"],
        "2022", H_PCT, ["5.2.1/sp2"], "Tieu chi 5.2.1/BC ket qua tuyen dung.pdf", "code",
        [P("Kỳ thi tuyển công chức cấp xã năm 2022 có 31 thí sinh dự thi, trúng tuyển 09 người. Quy trình thực hiện "
           "đúng Nghị định số 112/2011/NĐ-CP và Nghị định số 34/2019/NĐ-CP; không có khiếu nại.")],
        rec=REC_SNV),
    doc("k068", "huyen", "KH", "97", (2022, 4, 12),
        ["Tuyển dụng viên chức sự nghiệp giáo dục", "huyện Quảng Điền năm 2022"],
        "2022", H_PCT2, ["5.2.2/sp1"], "KH 97 tuyen dung vien chuc GD.pdf", "nocode",
        [P("Nhu cầu tuyển dụng: 46 viên chức (giáo viên mầm non 21, tiểu học 17, trung học cơ sở 8). Hình thức xét "
           "tuyển theo Nghị định số 115/2020/NĐ-CP. Hội đồng tuyển dụng do Chủ tịch UBND huyện quyết định thành lập."),
         P("Thời gian dự kiến: tháng 5 đến tháng 7 năm 2022.")],
        rec=["Sở Nội vụ", "Phòng GD&ĐT", "Lưu: VT, NV"]),
    doc("k069", "noivu", "BC", "96", (2022, 8, 18),
        ["Kết quả tuyển dụng viên chức năm 2022", "tại các đơn vị sự nghiệp công lập thuộc huyện"],
        "2022", NV_TP, ["5.2.2/sp2"], "TC 5.2.1/BC tuyen dung vien chuc.pdf", "misleading",
        [P("Thực hiện Kế hoạch số 97/KH-UBND, Hội đồng xét tuyển viên chức đã xét tuyển 46 chỉ tiêu, có 44 người trúng "
           "tuyển; 02 chỉ tiêu giáo viên tiếng Anh không có người đăng ký."),
         P("Công tác tuyển dụng bảo đảm công khai, đúng quy trình.")],
        rec=["UBND huyện", "Sở Nội vụ", "Lưu: VT"]),
    # ---------------------------------------------------------------- 5.3 / 5.4 professional titles, appointments
    doc("k070", "huyen", "QĐ", "1715", (2022, 7, 19),
        ["Về việc bổ nhiệm và xếp lương chức danh nghề nghiệp", "đối với viên chức giáo viên tiểu học"],
        "", QD_PCT, ["5.3.1/sp1"], "QD 1715 bo nhiem CDNN.pdf", "nocode",
        _qd_huyen([I("Căn cứ Thông tư số 02/2021/TT-BGDĐT ngày 02/02/2021 của Bộ Giáo dục và Đào tạo;")],
                  "Bổ nhiệm và xếp lương chức danh nghề nghiệp giáo viên tiểu học hạng III (mã số V.07.03.29) đối với "
                  "63 viên chức có tên trong danh sách kèm theo.",
                  "Quyết định có hiệu lực kể từ ngày ký.",
                  "Trưởng phòng Nội vụ, Trưởng phòng Giáo dục và Đào tạo, hiệu trưởng các trường và viên chức có tên "
                  "chịu trách nhiệm thi hành."),
        rec=["Như Điều 3", "Lưu: VT, NV"], stamp="Ủy ban nhân dân huyện Quảng Điền"),
    doc("k071", "noivu", "CV", "214", (2022, 9, 12),
        ["V/v đăng ký nhu cầu và cử viên chức dự xét thăng hạng", "chức danh nghề nghiệp giáo viên năm 2022"],
        "", NV_PP, ["5.3.2/sp1"], "5.3.2/CV 214 xet thang hang.pdf", "code",
        [P("Thực hiện kế hoạch xét thăng hạng chức danh nghề nghiệp giáo viên năm 2022 của UBND tỉnh, Phòng Nội vụ đề "
           "nghị các trường rà soát viên chức đủ tiêu chuẩn, điều kiện xét thăng hạng từ hạng III lên hạng II; lập hồ sơ "
           "gửi về Phòng Nội vụ trước ngày 30/9/2022.")],
        rec=["Như trên", "Lưu: VT"], layout="cv", sym="NV",
        kg=["Hiệu trưởng các trường mầm non, tiểu học, THCS"]),
    doc("k072", "noivu", "BC", "122", (2022, 11, 10),
        ["Danh sách trích ngang công chức, viên chức lãnh đạo", "được bổ nhiệm mới năm 2022"],
        "2022", NV_TP, ["5.4/sp1"], "TC5.4 trich ngang bo nhiem moi.pdf", "code",
        [T([["TT", "Họ và tên", "Chức vụ được bổ nhiệm", "Đơn vị", "Quyết định"],
            ["1", "Lê Thị Thanh Nhàn", "Phó Trưởng phòng", "Phòng Tư pháp", "1320/QĐ-UBND"],
            ["2", "Hồ Đắc Quang", "Phó Giám đốc", "Trung tâm DVNN", "1544/QĐ-UBND"],
            ["3", "Phạm Văn Tín", "Phó Chánh Thanh tra", "Thanh tra huyện", "2012/QĐ-UBND"]])],
        rec=["UBND huyện", "Lưu: VT"], lw=0.4),
    # ---------------------------------------------------------------- 5.5 evaluation, discipline, records
    doc("k073", "huyen", "BC", "395", (2022, 12, 5),
        ["Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức,", "viên chức năm 2022"],
        "2022", H_PCT, ["5.5.1/sp1"], "danh gia xep loai CBCCVC 2022.pdf", "nocode",
        [P("Thực hiện Nghị định số 90/2020/NĐ-CP và Quyết định số 24/2021/QĐ-UBND của UBND tỉnh, UBND huyện báo cáo kết "
           "quả đánh giá, xếp loại: tổng số 1.612 người; hoàn thành xuất sắc nhiệm vụ 214 người; hoàn thành tốt 1.305 "
           "người; hoàn thành nhiệm vụ 90 người; không hoàn thành nhiệm vụ 03 người."),
         P("Kèm theo biểu tổng hợp theo mẫu của Quyết định số 24/2021/QĐ-UBND.")],
        rec=REC_SNV, stamp="Ủy ban nhân dân huyện Quảng Điền"),
    doc("k074", "noivu", "BC", "115", (2022, 10, 31),
        ["Số lượng cán bộ, công chức bị xử lý kỷ luật năm 2022", "(biểu mẫu 0206.N/BNV-CB)"],
        "2022", NV_TP, ["5.5.2/sp1"], "TC 5.5.1/bieu 0206 ky luat.pdf", "misleading",
        [P("Báo cáo theo biểu mẫu 0206.N/BNV-CB ban hành kèm theo Thông tư số 03/2018/TT-BNV ngày 06/3/2018 của Bộ Nội vụ:"),
         T([["TT", "Đối tượng", "Khiển trách", "Cảnh cáo", "Cách chức", "Buộc thôi việc"],
            ["1", "Công chức cấp huyện", "0", "0", "0", "0"], ["2", "Cán bộ, công chức cấp xã", "1", "0", "0", "0"],
            ["3", "Viên chức", "2", "0", "0", "0"]])],
        rec=REC_SNV),
    doc("k075", "huyen", "BC", "341", (2022, 11, 3),
        ["Tình hình thực hiện kỷ luật, kỷ cương hành chính", "của cán bộ, công chức, viên chức năm 2022"],
        "2022", H_PCT2, ["5.5.2/sp2"], "5_5_2 ky luat ky cuong.pdf", "code",
        [P("UBND huyện đã ban hành Chỉ thị tăng cường kỷ luật, kỷ cương hành chính; tổ chức 14 cuộc kiểm tra đột xuất "
           "việc chấp hành giờ giấc, văn hóa công sở tại các phòng và UBND cấp xã."),
         P("Trong năm không có công chức cấp huyện bị kỷ luật; 01 công chức cấp xã bị khiển trách do chậm giải quyết "
           "hồ sơ hộ tịch.")],
        rec=REC_SNV, layout="daterow"),
    doc("k076", "noivu", "BC", "117", (2022, 11, 3),
        ["Công tác quản lý hồ sơ công chức, viên chức năm 2022", "và cập nhật dữ liệu trên phần mềm quản lý của tỉnh"],
        "2022", NV_TP, ["5.5.3/sp1", "5.5.3/sp2"], "Tieu chi 5.5.3/ho so CCVC.pdf", "code",
        [P("Phòng Nội vụ đang quản lý 1.612 hồ sơ cán bộ, công chức, viên chức; đã cập nhật đầy đủ thông tin của "
           "1.571 người trên phần mềm quản lý cán bộ, công chức, viên chức của tỉnh (97,5%)."),
         P("Các trường hợp còn lại là viên chức mới tuyển dụng, sẽ cập nhật trước ngày 30/11/2022.")],
        rec=["UBND huyện", "Sở Nội vụ", "Lưu: VT"]),
    # ---------------------------------------------------------------- 5.6 / 5.7
    doc("k077", "huyen", "KH", "273", (2021, 12, 16),
        ["Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "năm 2022"],
        "2022", H_PCT, ["5.6/sp1"], "KH 273 dao tao boi duong.pdf", "nocode",
        [P("Chỉ tiêu: bồi dưỡng kiến thức quản lý nhà nước cho 45 công chức; bồi dưỡng chức danh nghề nghiệp cho 120 "
           "viên chức; bồi dưỡng kỹ năng số cho 100% cán bộ, công chức cấp xã."),
         P("Kinh phí: ngân sách huyện và nguồn đào tạo của tỉnh.")],
        rec=["Sở Nội vụ", "Các cơ quan, đơn vị", "Lưu: VT, NV"]),
    doc("k078", "huyen", "BC", "352", (2022, 11, 8),
        ["Kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2022", "(biểu mẫu 0207.N/BNV-CBCCVC)"],
        "2022", H_PCT, ["5.6/sp2"], "TC 5.6/bieu 0207.pdf", "code",
        [P("Năm 2022 đã cử 52 công chức dự bồi dưỡng quản lý nhà nước, 131 viên chức bồi dưỡng chức danh nghề nghiệp; "
           "đạt 112% kế hoạch năm.")],
        rec=REC_SNV),
    doc("k079", "huyen", "BC", "330", (2022, 10, 30),
        ["Số lượng, chất lượng cán bộ, công chức cấp xã", "tính đến ngày 30/10/2022"],
        "", H_PCT, ["5.7.1/sp1"], "CBCC cap xa 30-10.pdf", "nocode",
        [P("Toàn huyện có 218 cán bộ, công chức cấp xã; trình độ chuyên môn đại học trở lên 203 người; 100% công chức "
           "cấp xã đạt chuẩn theo quy định. Người hoạt động không chuyên trách ở cấp xã: 112 người.")],
        rec=REC_SNV),
    doc("k080", "xa-thanh", "TTr", "46", (2022, 7, 11),
        ["Về việc đề nghị sáp nhập thôn Phú Ốc và thôn Phú Ốc Đông", "thành thôn Phú Ốc, xã Quảng Thành"],
        "", XA("Võ Văn Hạnh"), ["5.7.2/sp1"], "Xa Quang Thanh/TTr 46 sap nhap thon.pdf", "nocode",
        [P("Thực hiện chủ trương sắp xếp thôn, tổ dân phố không đủ tiêu chuẩn, thôn Phú Ốc Đông hiện có 76 hộ (dưới 50% "
           "quy mô quy định). Sau khi lấy ý kiến cử tri, 94,6% hộ gia đình đồng ý sáp nhập."),
         P("UBND xã Quảng Thành kính trình UBND huyện xem xét, đề nghị cấp có thẩm quyền quyết định.")],
        rec=["Như trên", "Lưu: VT"], kg=["Ủy ban nhân dân huyện Quảng Điền"], font="sans"),
    # ---------------------------------------------------------------- 6 public finance
    doc("k081", "huyen", "QĐ", "1411", (2022, 6, 17),
        ["Về việc công bố công khai số liệu quyết toán ngân sách", "huyện Quảng Điền năm 2021"],
        "2021", QD_CT, ["6.1.1/sp1"], "TC 6.1.1/QD cong khai quyet toan.pdf", "code",
        _qd_huyen([I("Căn cứ Thông tư số 343/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính hướng dẫn thực hiện công khai "
                     "ngân sách nhà nước;")],
                  "Công bố công khai số liệu quyết toán ngân sách huyện năm 2021 đã được HĐND huyện phê chuẩn (các biểu "
                  "kèm theo).",
                  "Quyết định có hiệu lực kể từ ngày ký.",
                  "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch chịu trách nhiệm thi hành."),
        rec=["Như Điều 3", "Sở Tài chính", "Lưu: VT"]),
    doc("k082", "sotc", "TB", "212", (2022, 9, 14),
        ["Thẩm định quyết toán ngân sách nhà nước năm 2021", "của huyện Quảng Điền"],
        "2021", STC_GD, ["6.1.2/sp1"], "thong bao tham dinh quyet toan STC.pdf", "nocode",
        [P("Căn cứ hồ sơ báo cáo quyết toán do UBND huyện gửi, Sở Tài chính thông báo kết quả thẩm định: tổng thu ngân "
           "sách địa phương 1.036,2 tỷ đồng; tổng chi 1.012,8 tỷ đồng. Hồ sơ quyết toán lập đúng biểu mẫu, gửi đúng "
           "thời gian quy định."),
         P("Đề nghị UBND huyện chỉ đạo thu hồi 46 triệu đồng chi sai chế độ tại 01 đơn vị.")],
        rec=["UBND huyện Quảng Điền", "Lưu: VT, QLNS"]),
    doc("k083", "huyen", "BC", "325", (2022, 10, 25),
        ["Tình hình thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2022"],
        "2022", H_PCT2, ["6.2.1/sp1"], "6_2_1 giai ngan von dau tu.pdf", "code",
        [P("Tổng kế hoạch vốn đầu tư công năm 2022 của huyện là 287,4 tỷ đồng. Đến ngày 20/10/2022 đã giải ngân 196,1 "
           "tỷ đồng, đạt 68,2% kế hoạch; dự kiến đến ngày 31/01/2023 giải ngân 100%.")],
        rec=REC_STC),
    doc("k084", "tckh", "BC", "97", (2022, 11, 4),
        ["Tình hình thực hiện và giải ngân vốn ngân sách nhà nước", "(số liệu đến ngày 31/10/2022)"],
        "", TCKH_TP, ["6.2.1/sp2"], "giai ngan 10 thang co xac nhan KB.pdf", "nocode",
        [P("Số liệu giải ngân vốn ngân sách nhà nước đến ngày 31/10/2022: 209,7/287,4 tỷ đồng (73%), đã được Kho bạc "
           "Nhà nước Quảng Điền xác nhận."),
         T([["TT", "Nguồn vốn", "Kế hoạch (tỷ đồng)", "Giải ngân (tỷ đồng)", "Tỷ lệ"],
            ["1", "Ngân sách tỉnh phân cấp", "121,0", "93,5", "77%"], ["2", "Ngân sách huyện", "166,4", "116,2", "70%"]])],
        rec=REC_STC),
    doc("k085", "tckh", "BC", "61", (2022, 7, 7),
        ["Kết quả thực hiện kiến nghị của Kiểm toán Nhà nước", "về ngân sách địa phương năm 2021"],
        "2021", TCKH_TP, ["6.2.2/sp2"], "TC 6.2.2/thuc hien kien nghi kiem toan.pdf", "code",
        [P("Kiểm toán Nhà nước khu vực II kiến nghị thu hồi, giảm thanh toán 1,27 tỷ đồng và rút kinh nghiệm trong lập "
           "dự toán. Đến nay huyện đã thực hiện 12/12 kiến nghị (100%), nộp ngân sách 1,27 tỷ đồng.")],
        rec=["UBND huyện", "Sở Tài chính", "Lưu: VT"]),
    doc("k086", "huyen", "BC", "39", (2022, 2, 15),
        ["Tổng hợp tình hình thực hiện chế độ tự chủ, tự chịu trách nhiệm", "về sử dụng biên chế và kinh phí quản lý hành chính",
         "năm 2021"],
        "2021", H_PCT2, ["6.3.1/sp1", "6.3.2/sp1"], "BC 39 Nghi dinh 130 nam 2021.pdf", "nocode",
        [P("Thực hiện Nghị định số 130/2005/NĐ-CP, 14 cơ quan hành chính cấp huyện thực hiện cơ chế tự chủ. Tổng kinh phí "
           "tiết kiệm năm 2021: 2,84 tỷ đồng; thu nhập tăng thêm bình quân 0,26 lần mức lương cơ sở/người/tháng.")],
        rec=REC_STC),
    doc("k087", "huyen", "BC", "44", (2022, 2, 21),
        ["Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", "trên địa bàn huyện năm 2021"],
        "2021", H_PCT2, ["6.4.1/sp1"], "Tieu chi 6.4.1/tu chu DVSN 2021.pdf", "code",
        [P("Trên địa bàn huyện có 43 đơn vị sự nghiệp công lập thực hiện tự chủ theo Nghị định số 16/2015/NĐ-CP và Nghị "
           "định số 60/2021/NĐ-CP; 02 đơn vị tự bảo đảm một phần chi thường xuyên, 41 đơn vị do ngân sách bảo đảm.")],
        rec=REC_STC, font="sans"),
    doc("k088", "dvnn", "QĐ", "08", (2022, 1, 20),
        ["Ban hành Quy chế chi tiêu nội bộ năm 2022", "của Trung tâm Dịch vụ Nông nghiệp huyện"],
        "2022", DVNN_GD, ["6.4.2/sp2"], "quy che chi tieu noi bo DVNN.pdf", "nocode",
        [A("GIÁM ĐỐC TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2022, trong đó Chương IV quy định tiêu chí "
              "chi trả thu nhập tăng thêm theo mức độ hoàn thành nhiệm vụ của viên chức."),
         D(2, "Quyết định có hiệu lực kể từ ngày 01/01/2022.")],
        rec=["Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước Quảng Điền", "Lưu: VT"], sym="QĐ-DVNN"),
    doc("k089", "huyen", "BC", "51", (2022, 3, 2),
        ["Kết quả thực hành tiết kiệm, chống lãng phí năm 2021"],
        "2021", H_PCT2, ["6.5/sp1"], "BC 51 tiet kiem 2021.pdf", "nocode",
        [P("Năm 2021, huyện tiết kiệm 10% chi thường xuyên (3,9 tỷ đồng) để tạo nguồn cải cách tiền lương; tiết kiệm "
           "trong mua sắm tài sản 0,74 tỷ đồng; không phát hiện vụ việc lãng phí."),
         P("Báo cáo được lập theo đề cương của Sở Tài chính.")],
        rec=REC_STC),
    doc("k090", "tuphap", "QĐ", "05", (2022, 2, 8),
        ["Ban hành Quy chế quản lý, sử dụng tài sản công", "của Phòng Tư pháp huyện Quảng Điền"],
        "", TP_TP, ["6.6.1/sp2"], "6.6.1/QD 05 quy che tai san TP.pdf", "code",
        [A("TRƯỞNG PHÒNG TƯ PHÁP HUYỆN QUẢNG ĐIỀN"),
         I("Căn cứ Thông tư số 144/2017/TT-BTC ngày 29/12/2017 của Bộ Tài chính;"),
         C("QUYẾT ĐỊNH:"),
         D(1, "Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng tài sản công của Phòng Tư pháp."),
         D(2, "Quyết định có hiệu lực kể từ ngày ký; công chức trong Phòng chịu trách nhiệm thi hành.")],
        rec=["Phòng Tài chính - Kế hoạch", "Lưu: VT"], sym="QĐ-TP"),
    doc("k091", "huyen", "BC", "58", (2022, 3, 10),
        ["Tình hình quản lý, sử dụng tài sản công năm 2021"],
        "2021", H_PCT2, ["6.6.2/sp1"], "tai san cong 2021.pdf", "nocode",
        [P("Tổng nguyên giá tài sản công do các cơ quan, đơn vị thuộc huyện quản lý đến ngày 31/12/2021 là 612,5 tỷ "
           "đồng, trong đó đất, nhà 548,1 tỷ đồng; xe ô tô 04 chiếc. Trong năm thanh lý 37 tài sản hư hỏng.")],
        rec=REC_STC, layout="daterow"),
    # ---------------------------------------------------------------- 7 digital government
    doc("k092", "huyen", "KH", "276", (2021, 12, 20),
        ["Ứng dụng công nghệ thông tin, phát triển chính quyền số", "và bảo đảm an toàn thông tin mạng năm 2022"],
        "2022", H_PCT, ["7.1.1/sp1"], "TC 7.1.1/KH 276 CNTT.pdf", "code",
        [P("Mục tiêu: 100% văn bản trao đổi giữa các cơ quan dưới dạng điện tử; 50% hồ sơ TTHC được xử lý trực tuyến "
           "toàn trình; duy trì Trang thông tin điện tử và chuyên mục Chuyển đổi số."),
         P("Kinh phí dự kiến: 1,35 tỷ đồng từ ngân sách huyện.")],
        rec=["Sở Thông tin và Truyền thông", "Lưu: VT, VHTT"]),
    doc("k093", "huyen", "KH", "121", (2022, 5, 9),
        ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "trên địa bàn huyện giai đoạn 2022 - 2025"],
        "", H_PCT, ["7.1.2/sp1"], "KH 121 so hoa ket qua TTHC.pdf", "nocode",
        [P("Thực hiện Nghị định số 45/2020/NĐ-CP và Nghị định số 107/2021/NĐ-CP, UBND huyện ban hành kế hoạch số hóa "
           "kết quả giải quyết TTHC còn hiệu lực; năm 2022 số hóa 100% kết quả đất đai, hộ tịch từ năm 2015 trở đi."),
         P("Trung tâm Hành chính công chủ trì, phối hợp UBND các xã, thị trấn.")],
        rec=["Văn phòng UBND tỉnh", "Lưu: VT, TTHCC"]),
    doc("k094", "tthcc", "BC", "26", (2022, 11, 16),
        ["Tình hình tiếp nhận hồ sơ và trả kết quả giải quyết", "thủ tục hành chính qua dịch vụ bưu chính công ích năm 2022"],
        "2022", HCC_GD, ["7.3.1/sp1", "7.3.2/sp1"], "Tieu chi 7.3/BCCI 2022.pdf", "code",
        [T([["TT", "Chỉ tiêu", "Tại Trung tâm", "Qua BCCI", "Tỷ lệ"],
            ["1", "Tiếp nhận hồ sơ", "9.846", "1.732", "17,6%"], ["2", "Trả kết quả", "9.512", "1.911", "20,1%"]])],
        rec=REC_HCC),
    doc("k095", "tthcc", "BC", "19", (2022, 7, 5),
        ["Thống kê hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích", "6 tháng đầu năm 2022"],
        "2022-H1", HCC_GD, ["7.3.1/sp1"], "TC 7.3.2/tiep nhan qua buu dien.pdf", "misleading",
        [P("Trong 6 tháng đầu năm 2022, Trung tâm Hành chính công tiếp nhận 4.990 hồ sơ, trong đó 846 hồ sơ do nhân viên "
           "bưu điện thu gom tại nhà người dân và chuyển đến Trung tâm (tỷ lệ 17%).")],
        rec=REC_HCC),
    doc("k096", "tthcc", "BC", "27", (2022, 11, 16),
        ["Thống kê kết quả giải quyết thủ tục hành chính", "được trả qua dịch vụ bưu chính công ích"],
        "", HCC_GD, ["7.3.2/sp1"], "tra ket qua BCCI.pdf", "nocode",
        [P("Từ ngày 01/01/2022 đến ngày 15/11/2022, số kết quả trả tại Trung tâm Hành chính công là 9.512, số kết quả "
           "chuyển phát đến tận nhà qua bưu điện là 1.911 (20,1%).")],
        rec=REC_HCC, font="cond"),
    doc("k097", "vp", "BC", "62", (2022, 11, 15),
        ["Thống kê văn bản, hồ sơ công việc của huyện năm 2022", "và số hồ sơ xử lý trên môi trường mạng"],
        "2022", VP_CVP, ["7.4.1/sp1"], "7_4_1 van ban dien tu.pdf", "code",
        [P("Tổng số văn bản, hồ sơ công việc của UBND huyện năm 2022 (đến ngày 15/11/2022): 18.422; số hồ sơ thực hiện "
           "trên môi trường mạng: 18.422 (100%).")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k098", "vp", "BC", "63", (2022, 11, 15),
        ["Tỷ lệ văn bản đi được ký số của UBND huyện năm 2022"],
        "2022", VP_PCVP, ["7.4.2/sp1"], "ty le ky so van ban di.pdf", "nocode",
        [P("Tổng số văn bản đi của UBND huyện: 5.917; số văn bản đi được ký số cá nhân và ký số cơ quan: 5.917 (100%).")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k099", "vhtt", "BC", "44", (2022, 11, 14),
        ["Kết quả triển khai cài đặt, sử dụng ứng dụng Hue-S", "của cán bộ, công chức, viên chức"],
        "", VHTT_TP, ["7.5/sp1"], "TC 7.5/Hue-S.pdf", "code",
        [P("1.612/1.612 cán bộ, công chức, viên chức các phòng, ban và đơn vị trực thuộc đã cài đặt và kích hoạt tài "
           "khoản trên nền tảng Hue-S (100%).")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k100", "huyen", "QĐ", "2188", (2022, 9, 26),
        ["Về việc công bố Hệ thống quản lý chất lượng phù hợp", "Tiêu chuẩn quốc gia TCVN ISO 9001:2015"],
        "", QD_CT, ["7.7.1/sp1"], "QD 2188 cong bo ISO.pdf", "nocode",
        _qd_huyen([I("Căn cứ Quyết định số 19/2014/QĐ-TTg và Quyết định số 101/QĐ-BKHCN;")],
                  "Công bố Hệ thống quản lý chất lượng của UBND huyện Quảng Điền phù hợp Tiêu chuẩn quốc gia TCVN ISO "
                  "9001:2015 đối với 312 thủ tục hành chính.",
                  "Quyết định được niêm yết tại trụ sở và đăng tải trên Trang thông tin điện tử huyện; gửi Sở Khoa học "
                  "và Công nghệ để theo dõi.",
                  "Quyết định có hiệu lực kể từ ngày ký."),
        rec=["Sở Khoa học và Công nghệ", "Lưu: VT, KTHT"], stamp="Ủy ban nhân dân huyện Quảng Điền"),
    doc("k101", "huyen", "BC", "380", (2022, 11, 25),
        ["Tình hình xây dựng, áp dụng, duy trì và cải tiến", "hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         "năm 2022"],
        "2022", H_PCT, ["7.7.2/sp1", "7.7.3/sp1"], "TC 7.7.2/BC ISO 2022.pdf", "code",
        [P("Năm 2022, 12/12 phòng chuyên môn và 11/11 UBND xã, thị trấn duy trì, cải tiến hệ thống quản lý chất lượng: "
           "lập kế hoạch, rà soát cập nhật, đánh giá nội bộ và họp xem xét của lãnh đạo."),
         P("Kèm theo danh sách đơn vị thực hiện đầy đủ các bước.")],
        rec=["Sở Khoa học và Công nghệ", "Lưu: VT, KTHT"]),
    doc("k102", "kthh", "BC", "71", (2022, 11, 21),
        ["Danh sách UBND các xã, thị trấn thực hiện đầy đủ các bước", "duy trì, cải tiến ISO 9001:2015"],
        "", KTHT_TP, ["7.7.3/sp2"], "7_7_3 danh sach xa ISO.pdf", "code",
        [T([["TT", "Đơn vị", "Kế hoạch ISO 2022", "Đánh giá nội bộ", "Xem xét lãnh đạo"],
            ["1", "UBND xã Quảng An", "Có", "Có", "Có"], ["2", "UBND xã Quảng Thọ", "Có", "Có", "Có"],
            ["3", "UBND thị trấn Sịa", "Có", "Có", "Có"]])],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k103", "vp", "BC", "65", (2022, 11, 15),
        ["Thống kê văn bản đi, văn bản đến của UBND huyện", "trên Hệ thống quản lý văn bản và điều hành"],
        "", VP_CVP, ["7.8.1/sp1"], "TC 7.8.2/thong ke van ban di den.pdf", "misleading",
        [P("Từ ngày 01/01/2022 đến ngày 15/11/2022: văn bản đến 12.505, văn bản đi 5.917; 100% được tiếp nhận, xử lý, "
           "phát hành trên Hệ thống quản lý văn bản và điều hành.")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k104", "vp", "BC", "67", (2022, 11, 15),
        ["Thống kê số lượng hồ sơ được lập năm 2022", "theo Danh mục hồ sơ của UBND huyện"],
        "2022", VP_PCVP, ["7.8.2/sp1", "7.8.3/sp1"], "ho so duoc lap 2022.pdf", "nocode",
        [P("Danh mục hồ sơ năm 2022 của UBND huyện gồm 418 hồ sơ, đã cập nhật lên Hệ thống quản lý văn bản và điều "
           "hành. Đến ngày 15/11/2022 đã lập 396 hồ sơ điện tử theo Danh mục.")],
        rec=["UBND huyện", "Lưu: VT"]),
    # ---------------------------------------------------------------- 8 socio-economic impact
    doc("k105", "tckh", "BC", "93", (2022, 10, 27),
        ["Thống kê các dự án đầu tư và vốn đăng ký đầu tư", "trên địa bàn huyện năm 2021 và năm 2022"],
        "2021", TCKH_TP, ["8.1/sp1"], "TC 8.1/du an dau tu 2021-2022.pdf", "code",
        [T([["TT", "Năm", "Số dự án", "Vốn đăng ký (tỷ đồng)"],
            ["1", "2021", "6", "418,0"], ["2", "2022 (đến 15/10)", "9", "736,5"]]),
         P("Mức độ thu hút đầu tư năm 2022 tăng 76% so với năm 2021.")],
        rec=["UBND huyện", "Lưu: VT"]),
    doc("k106", "huyen", "BC", "279", (2021, 12, 3),
        ["Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2021;", "mục tiêu, nhiệm vụ năm 2022"],
        "2021", H_CT, ["8.2/sp1"], "BC KTXH nam 2021.pdf", "nocode",
        _ktxh(2021, "7,8%", "1.942", "58,6", "2.371", "215", 41, "2,9%"),
        rec=["Thường trực Huyện ủy", "HĐND huyện", "Lưu: VT"], stamp="Ủy ban nhân dân huyện Quảng Điền"),
    doc("k107", "huyen", "BC", "371", (2022, 11, 24),
        ["Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2022;", "kế hoạch năm 2023"],
        "2022", H_CT, ["8.2/sp2", "8.4/sp1"], "Tieu chi 8.4/BC KTXH 2022.pdf", "code",
        [P("Năm 2022 có 21/21 chỉ tiêu đạt và vượt kế hoạch HĐND huyện giao; thành lập mới 52 doanh nghiệp (tăng 26,8% "
           "so với năm 2021).")] + _ktxh(2022, "8,4%", "2.108", "60,1", "2.690", "248", 52, "2,2%"),
        rec=["Thường trực Huyện ủy", "HĐND huyện", "Lưu: VT"]),
    doc("k108", "hdndtinh", "NQ", "47", (2021, 12, 10),
        ["Về dự toán thu ngân sách nhà nước trên địa bàn,", "chi ngân sách địa phương năm 2022"],
        "2022", HDND_CT, ["8.3/sp3"], "NQ 47 HDND tinh du toan 2022.pdf", "nocode",
        [A("HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ"), A("KHÓA VIII, KỲ HỌP THỨ 3"),
         I("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
         C("QUYẾT NGHỊ:"),
         D(1, "Thông qua dự toán thu ngân sách nhà nước trên địa bàn năm 2022; giao chỉ tiêu thu cho từng huyện, thị "
              "xã, thành phố, trong đó huyện Quảng Điền 205 tỷ đồng."),
         D(2, "Giao UBND tỉnh tổ chức thực hiện Nghị quyết.")],
        rec=["UBND tỉnh", "UBND các huyện", "Lưu: VT"]),
    doc("k109", "tckh", "BC", "99", (2022, 11, 4),
        ["Tình hình thực hiện thu ngân sách nhà nước trên địa bàn huyện", "đến ngày 31/10/2022"],
        "", TCKH_TP, ["8.3/sp2", "8.3/sp1"], "TC 6.2.1/thu ngan sach 31-10.pdf", "misleading",
        [P("Thu ngân sách nhà nước trên địa bàn đến ngày 31/10/2022 đạt 191,3 tỷ đồng, bằng 93,3% dự toán HĐND tỉnh "
           "giao; số liệu đã được Kho bạc Nhà nước Quảng Điền xác nhận.")],
        rec=["UBND huyện", "Sở Tài chính", "Lưu: VT"]),
]

# motto variants as clerks type them (HÒA/HOÀ, hyphen/en dash)
for _d in DOCS:
    _d.setdefault("motto", {"k049": 1, "k055": 2, "k063": 1, "k071": 2, "k080": 1, "k087": 2, "k096": 1,
                            "k101": 2, "k105": 1}.get(_d["id"], 0))
