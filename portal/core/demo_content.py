"""Demo content for the ``seed_demo`` management command.

Pure data, no logic: the government record, the organisational units, the news
categories and a set of news articles for the first user of the portal,
Ủy ban nhân dân huyện Krông Pắc, tỉnh Đắk Lắk (administrative map before 2025:
thị trấn Phước An and 15 xã, as in the 2011 website regulation).

Everything here is DEMO data: heads' names, reporters, phone numbers, e-mail
addresses, document numbers and the licence line are invented, and the news
articles are plausible illustrations, not real events. The only real person
cited is the signer of Quyết định số 4635/QĐ-UBND (19/8/2011), quoted as the
source of one article. All Vietnamese text is Unicode NFC (TCVN 6909:2001).

Article ``state`` values follow the three-step workflow of Điều 15 of the
regulation: "draft" (step 1, not yet submitted), "editing" (waiting for the
deputy head, step 2), "approving" (waiting for the head, step 3), "sent_back"
(returned with ``comment``) and "published".
"""

from __future__ import annotations

GOVERNMENT = {
    "level": "huyen",
    "name": "Ủy ban nhân dân huyện Krông Pắc",
    "short_name": "UBND huyện Krông Pắc",
    "place": "Krông Pắc",
    "province": "tỉnh Đắk Lắk",
    "address": "Thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
    "phone": "0262.3500.100",
    "email": "ubnd@krongpac.daklak.gov.vn",
    "domain": "krongpac.daklak.gov.vn",
    "portal_name": "Trang thông tin điện tử huyện Krông Pắc",
    "responsible_person": "Nguyễn Thị Thanh Hương – Phó Chủ tịch UBND huyện, Trưởng Ban Biên tập",
    "license": (
        "Giấy phép số 00/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Đắk Lắk cấp (số hiệu minh "
        "họa – dữ liệu demo, không phải giấy phép thật)"
    ),
}

UNITS = [
    {
        "code": "hdnd",
        "name": "Hội đồng nhân dân huyện Krông Pắc",
        "kind": "hdnd",
        "parent": None,
        "head_name": "Lê Quang Tùng",
        "head_title": "Chủ tịch HĐND huyện",
        "email": "hdnd@krongpac.daklak.gov.vn",
        "phone": "0262.3500.101",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Hội đồng nhân dân huyện là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý "
            "chí, nguyện vọng và quyền làm chủ của Nhân dân, do Nhân dân địa phương bầu ra, chịu "
            "trách nhiệm trước Nhân dân địa phương và cơ quan nhà nước cấp trên. HĐND huyện ban "
            "hành nghị quyết về những vấn đề thuộc nhiệm vụ, quyền hạn; quyết định dự toán thu, "
            "chi ngân sách, phân bổ dự toán và phê chuẩn quyết toán ngân sách huyện; quyết định "
            "chủ trương đầu tư và kế hoạch phát triển kinh tế – xã hội của huyện. HĐND huyện bầu, "
            "miễn nhiệm, bãi nhiệm các chức danh theo quy định của pháp luật; giám sát việc tuân "
            "theo Hiến pháp, pháp luật ở địa phương và việc thực hiện nghị quyết của HĐND huyện."
        ),
    },
    {
        "code": "ubnd",
        "name": "Ủy ban nhân dân huyện Krông Pắc",
        "kind": "ubnd",
        "parent": None,
        "head_name": "Phạm Đức Hưng",
        "head_title": "Chủ tịch UBND huyện",
        "email": "ubnd@krongpac.daklak.gov.vn",
        "phone": "0262.3500.102",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân huyện do Hội đồng nhân dân huyện bầu, là cơ quan chấp hành của HĐND "
            "huyện, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa "
            "phương, HĐND huyện và cơ quan hành chính nhà nước cấp trên. UBND huyện xây dựng, "
            "trình HĐND huyện quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện nghị "
            "quyết của HĐND huyện. UBND huyện quy định tổ chức bộ máy, nhiệm vụ, quyền hạn cụ thể "
            "của các cơ quan chuyên môn; tổ chức thực hiện ngân sách, quản lý nhà nước trên các "
            "lĩnh vực và thực hiện nhiệm vụ do cơ quan nhà nước cấp trên phân cấp, ủy quyền."
        ),
    },
    {
        "code": "vp",
        "name": "Văn phòng HĐND và UBND huyện",
        "kind": "van_phong",
        "parent": "ubnd",
        "head_name": "Đỗ Minh Tuấn",
        "head_title": "Chánh Văn phòng",
        "email": "vanphong@krongpac.daklak.gov.vn",
        "phone": "0262.3500.103",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Văn phòng HĐND và UBND huyện là cơ quan chuyên môn thuộc UBND huyện, tham mưu tổng "
            "hợp cho HĐND và UBND huyện về hoạt động của HĐND, UBND; tham mưu cho Chủ tịch UBND "
            "huyện về chỉ đạo, điều hành và kiểm soát thủ tục hành chính. Văn phòng cung cấp thông "
            "tin phục vụ quản lý, bảo đảm cơ sở vật chất, kỹ thuật cho hoạt động của HĐND và UBND "
            "huyện. Văn phòng trực tiếp quản lý, vận hành Trang thông tin điện tử huyện và Bộ phận "
            "Tiếp nhận và Trả kết quả thủ tục hành chính của huyện."
        ),
    },
    {
        "code": "phong-noi-vu",
        "name": "Phòng Nội vụ",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Hoàng Thị Lan",
        "head_title": "Trưởng phòng",
        "email": "noivu@krongpac.daklak.gov.vn",
        "phone": "0262.3500.104",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Nội vụ là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND "
            "huyện quản lý nhà nước về tổ chức bộ máy; vị trí việc làm, biên chế công chức và số "
            "lượng người làm việc trong đơn vị sự nghiệp công lập; cán bộ, công chức, viên chức; "
            "tổ chức chính quyền, địa giới hành chính; văn thư, lưu trữ nhà nước; tôn giáo; thi "
            "đua, khen thưởng và công tác thanh niên. Phòng thẩm định đề án vị trí việc làm, tham "
            "mưu tuyển dụng, đào tạo, bồi dưỡng cán bộ, công chức, viên chức và theo dõi công tác "
            "cải cách chế độ công vụ. Phòng Nội vụ chịu sự chỉ đạo, quản lý về tổ chức, vị trí "
            "việc làm, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, kiểm tra, "
            "hướng dẫn về chuyên môn, nghiệp vụ của Sở Nội vụ."
        ),
    },
    {
        "code": "phong-tu-phap",
        "name": "Phòng Tư pháp",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Vũ Đình Khoa",
        "head_title": "Trưởng phòng",
        "email": "tuphap@krongpac.daklak.gov.vn",
        "phone": "0262.3500.105",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Tư pháp là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp "
            "UBND huyện quản lý nhà nước về công tác xây dựng và thi hành văn bản quy phạm pháp "
            "luật; theo dõi thi hành pháp luật; phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; hộ "
            "tịch; chứng thực; bồi thường nhà nước; trợ giúp pháp lý và quản lý công tác thi hành "
            "pháp luật về xử lý vi phạm hành chính. Phòng là cơ quan thường trực của Hội đồng phối "
            "hợp phổ biến, giáo dục pháp luật huyện, thẩm định dự thảo văn bản và kiểm tra văn bản "
            "quy phạm pháp luật của HĐND, UBND cấp xã. Phòng Tư pháp chịu sự chỉ đạo, quản lý về "
            "tổ chức, vị trí việc làm, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ "
            "đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Tư pháp."
        ),
    },
    {
        "code": "phong-tai-chinh-ke-hoach",
        "name": "Phòng Tài chính – Kế hoạch",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Trần Thị Mai Anh",
        "head_title": "Trưởng phòng",
        "email": "taichinh@krongpac.daklak.gov.vn",
        "phone": "0262.3500.106",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Tài chính – Kế hoạch là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham "
            "mưu, giúp UBND huyện quản lý nhà nước về tài chính, ngân sách; giá; kế hoạch và đầu "
            "tư; đăng ký kinh doanh hộ kinh doanh, hợp tác xã; kinh tế tập thể, kinh tế hợp tác và "
            "kinh tế tư nhân. Phòng xây dựng dự toán ngân sách hằng năm, tham mưu kế hoạch phát "
            "triển kinh tế – xã hội, kế hoạch đầu tư công và thẩm tra quyết toán vốn đầu tư theo "
            "phân cấp. Phòng Tài chính – Kế hoạch chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc "
            "làm, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng "
            "dẫn về chuyên môn, nghiệp vụ của Sở Tài chính và Sở Kế hoạch và Đầu tư."
        ),
    },
    {
        "code": "phong-tai-nguyen-moi-truong",
        "name": "Phòng Tài nguyên và Môi trường",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Bùi Văn Sơn",
        "head_title": "Trưởng phòng",
        "email": "tnmt@krongpac.daklak.gov.vn",
        "phone": "0262.3500.107",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Tài nguyên và Môi trường là cơ quan chuyên môn thuộc UBND huyện, có chức năng "
            "tham mưu, giúp UBND huyện quản lý nhà nước về đất đai; tài nguyên nước; tài nguyên "
            "khoáng sản; môi trường; biến đổi khí hậu; đo đạc và bản đồ. Phòng tham mưu lập quy "
            "hoạch, kế hoạch sử dụng đất cấp huyện, giao đất, cho thuê đất, chuyển mục đích sử "
            "dụng đất và bồi thường, hỗ trợ, tái định cư theo thẩm quyền. Phòng Tài nguyên và Môi "
            "trường chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế và công tác của "
            "UBND huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ "
            "của Sở Tài nguyên và Môi trường."
        ),
    },
    {
        "code": "phong-lao-dong-tbxh",
        "name": "Phòng Lao động – Thương binh và Xã hội",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Ngô Thị Hạnh",
        "head_title": "Trưởng phòng",
        "email": "ldtbxh@krongpac.daklak.gov.vn",
        "phone": "0262.3500.108",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Lao động – Thương binh và Xã hội là cơ quan chuyên môn thuộc UBND huyện, có "
            "chức năng tham mưu, giúp UBND huyện quản lý nhà nước về lao động; việc làm; giáo dục "
            "nghề nghiệp; tiền lương; bảo hiểm xã hội; an toàn, vệ sinh lao động; người có công; "
            "bảo trợ xã hội; trẻ em; bình đẳng giới và phòng, chống tệ nạn xã hội. Phòng tổ chức "
            "thực hiện chính sách ưu đãi người có công, chính sách giảm nghèo và trợ giúp xã hội "
            "trên địa bàn huyện. Phòng Lao động – Thương binh và Xã hội chịu sự chỉ đạo, quản lý "
            "về tổ chức, vị trí việc làm, biên chế và công tác của UBND huyện, đồng thời chịu sự "
            "chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Lao động – Thương binh "
            "và Xã hội."
        ),
    },
    {
        "code": "phong-van-hoa-thong-tin",
        "name": "Phòng Văn hóa và Thông tin",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Đinh Công Thành",
        "head_title": "Trưởng phòng",
        "email": "vhtt@krongpac.daklak.gov.vn",
        "phone": "0262.3500.109",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Văn hóa và Thông tin là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham "
            "mưu, giúp UBND huyện quản lý nhà nước về văn hóa; gia đình; thể dục, thể thao; du "
            "lịch; quảng cáo; báo chí; xuất bản; bưu chính; viễn thông; công nghệ thông tin; phát "
            "thanh, truyền hình và thông tin cơ sở. Phòng hướng dẫn phong trào “Toàn dân đoàn kết "
            "xây dựng đời sống văn hóa”, quản lý hoạt động thông tin cơ sở và tham mưu triển khai "
            "chuyển đổi số, chính quyền số của huyện. Phòng Văn hóa và Thông tin chịu sự chỉ đạo, "
            "quản lý về tổ chức, vị trí việc làm, biên chế và công tác của UBND huyện, đồng thời "
            "chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Văn hóa, Thể "
            "thao và Du lịch và Sở Thông tin và Truyền thông."
        ),
    },
    {
        "code": "phong-giao-duc-dao-tao",
        "name": "Phòng Giáo dục và Đào tạo",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Lương Thị Thu Hà",
        "head_title": "Trưởng phòng",
        "email": "gddt@krongpac.daklak.gov.vn",
        "phone": "0262.3500.110",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham "
            "mưu, giúp UBND huyện quản lý nhà nước về giáo dục mầm non, giáo dục tiểu học, giáo "
            "dục trung học cơ sở và giáo dục thường xuyên; chương trình, nội dung giáo dục; nhà "
            "giáo và cán bộ quản lý giáo dục; cơ sở vật chất, thiết bị trường học. Phòng chỉ đạo "
            "các trường thực hiện kế hoạch năm học, công tác phổ cập giáo dục, xóa mù chữ và xây "
            "dựng trường đạt chuẩn quốc gia. Phòng Giáo dục và Đào tạo chịu sự chỉ đạo, quản lý về "
            "tổ chức, vị trí việc làm, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ "
            "đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo."
        ),
    },
    {
        "code": "phong-y-te",
        "name": "Phòng Y tế",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Phan Văn Định",
        "head_title": "Trưởng phòng",
        "email": "yte@krongpac.daklak.gov.vn",
        "phone": "0262.3500.111",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Y tế là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND "
            "huyện quản lý nhà nước về y tế dự phòng; khám bệnh, chữa bệnh; phục hồi chức năng; y "
            "dược cổ truyền; dược; mỹ phẩm; an toàn thực phẩm; bảo hiểm y tế và dân số. Phòng là "
            "cơ quan thường trực về an toàn thực phẩm của huyện, theo dõi hoạt động của các trạm y "
            "tế xã, thị trấn và công tác phòng, chống dịch bệnh. Phòng Y tế chịu sự chỉ đạo, quản "
            "lý về tổ chức, vị trí việc làm, biên chế và công tác của UBND huyện, đồng thời chịu "
            "sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Y tế."
        ),
    },
    {
        "code": "phong-kinh-te-ha-tang",
        "name": "Phòng Kinh tế và Hạ tầng",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Nguyễn Hữu Phước",
        "head_title": "Trưởng phòng",
        "email": "ktht@krongpac.daklak.gov.vn",
        "phone": "0262.3500.112",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Kinh tế và Hạ tầng là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham "
            "mưu, giúp UBND huyện quản lý nhà nước về công nghiệp; tiểu thủ công nghiệp; thương "
            "mại; xây dựng; quy hoạch xây dựng; kiến trúc; phát triển đô thị; hạ tầng kỹ thuật; "
            "nhà ở; giao thông vận tải và khoa học, công nghệ. Phòng tham mưu quản lý trật tự xây "
            "dựng, cấp giấy phép xây dựng theo thẩm quyền và quản lý, bảo trì hệ thống đường giao "
            "thông do huyện quản lý. Phòng Kinh tế và Hạ tầng chịu sự chỉ đạo, quản lý về tổ chức, "
            "vị trí việc làm, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, kiểm "
            "tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Xây dựng, Sở Giao thông vận tải, Sở "
            "Công Thương và Sở Khoa học và Công nghệ."
        ),
    },
    {
        "code": "phong-nong-nghiep-ptnt",
        "name": "Phòng Nông nghiệp và Phát triển nông thôn",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Trịnh Văn Cường",
        "head_title": "Trưởng phòng",
        "email": "nnptnt@krongpac.daklak.gov.vn",
        "phone": "0262.3500.113",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc UBND huyện, có "
            "chức năng tham mưu, giúp UBND huyện quản lý nhà nước về nông nghiệp; lâm nghiệp; thủy "
            "sản; thủy lợi; phát triển nông thôn; phòng, chống thiên tai; chất lượng, an toàn thực "
            "phẩm đối với nông, lâm, thủy sản. Phòng là cơ quan thường trực giúp Ban Chỉ đạo các "
            "Chương trình mục tiêu quốc gia huyện về xây dựng nông thôn mới và Ban Chỉ huy phòng, "
            "chống thiên tai và tìm kiếm cứu nạn huyện. Phòng Nông nghiệp và Phát triển nông thôn "
            "chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế và công tác của UBND "
            "huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở "
            "Nông nghiệp và Phát triển nông thôn."
        ),
    },
    {
        "code": "phong-dan-toc",
        "name": "Phòng Dân tộc",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Y Kông Niê",
        "head_title": "Trưởng phòng",
        "email": "dantoc@krongpac.daklak.gov.vn",
        "phone": "0262.3500.114",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Phòng Dân tộc là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp "
            "UBND huyện quản lý nhà nước về công tác dân tộc. Phòng theo dõi, tổng hợp việc thực "
            "hiện chính sách dân tộc, Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội "
            "vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn huyện. Phòng Dân tộc chịu sự "
            "chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế và công tác của UBND huyện, "
            "đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Ban Dân "
            "tộc tỉnh."
        ),
    },
    {
        "code": "thanh-tra",
        "name": "Thanh tra huyện",
        "kind": "phong_ban",
        "parent": "ubnd",
        "head_name": "Hà Văn Quyết",
        "head_title": "Chánh Thanh tra huyện",
        "email": "thanhtra@krongpac.daklak.gov.vn",
        "phone": "0262.3500.115",
        "address": "Trụ sở HĐND và UBND huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Thanh tra huyện là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp "
            "UBND huyện quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu "
            "nại, tố cáo và phòng, chống tham nhũng, tiêu cực. Thanh tra huyện tiến hành thanh tra "
            "việc thực hiện chính sách, pháp luật, nhiệm vụ của các cơ quan chuyên môn và UBND cấp "
            "xã; tham mưu Chủ tịch UBND huyện giải quyết khiếu nại, tố cáo thuộc thẩm quyền. Thanh "
            "tra huyện chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế và công tác "
            "của UBND huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp "
            "vụ của Thanh tra tỉnh."
        ),
    },
    {
        "code": "tt-phuoc-an",
        "name": "Ủy ban nhân dân thị trấn Phước An",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Lê Thị Kim Oanh",
        "head_title": "Chủ tịch UBND thị trấn",
        "email": "phuocan@krongpac.daklak.gov.vn",
        "phone": "0262.3500.116",
        "address": "Trụ sở UBND thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân thị trấn Phước An do Hội đồng nhân dân thị trấn bầu, là cơ quan chấp "
            "hành của HĐND thị trấn, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm "
            "trước Nhân dân, HĐND thị trấn và UBND huyện. UBND thị trấn tổ chức thực hiện nghị "
            "quyết của HĐND thị trấn, dự toán ngân sách và các nhiệm vụ quản lý nhà nước trên địa "
            "bàn; giải quyết thủ tục hành chính về hộ tịch, chứng thực, đất đai theo thẩm quyền "
            "tại Bộ phận Một cửa. Thị trấn Phước An là trung tâm hành chính, kinh tế, văn hóa của "
            "huyện, có Quốc lộ 26 đi qua; UBND thị trấn chú trọng quản lý đô thị, trật tự xây dựng "
            "và vệ sinh môi trường."
        ),
    },
    {
        "code": "xa-ea-kly",
        "name": "Ủy ban nhân dân xã Ea Kly",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Nguyễn Văn Đạt",
        "head_title": "Chủ tịch UBND xã",
        "email": "eakly@krongpac.daklak.gov.vn",
        "phone": "0262.3500.117",
        "address": "Trụ sở UBND xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Kly do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã tập trung phát "
            "triển sản xuất nông nghiệp, chăm lo đời sống Nhân dân và thực hiện Chương trình mục "
            "tiêu quốc gia xây dựng nông thôn mới trên địa bàn."
        ),
    },
    {
        "code": "xa-ea-kenh",
        "name": "Ủy ban nhân dân xã Ea Kênh",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Trần Quốc Việt",
        "head_title": "Chủ tịch UBND xã",
        "email": "eakenh@krongpac.daklak.gov.vn",
        "phone": "0262.3500.118",
        "address": "Trụ sở UBND xã Ea Kênh, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Kênh do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã chỉ đạo sản "
            "xuất nông nghiệp, quản lý công trình thủy lợi nhỏ, phòng, chống thiên tai và giữ gìn "
            "an ninh trật tự ở thôn, buôn."
        ),
    },
    {
        "code": "xa-ea-phe",
        "name": "Ủy ban nhân dân xã Ea Phê",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Phạm Văn Lâm",
        "head_title": "Chủ tịch UBND xã",
        "email": "eaphe@krongpac.daklak.gov.vn",
        "phone": "0262.3500.119",
        "address": "Trụ sở UBND xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Phê do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã tập trung phát "
            "triển sản xuất nông nghiệp, chăm lo đời sống Nhân dân và thực hiện Chương trình mục "
            "tiêu quốc gia xây dựng nông thôn mới trên địa bàn."
        ),
    },
    {
        "code": "xa-ea-knuec",
        "name": "Ủy ban nhân dân xã Ea Knuếc",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Y Bhin Êban",
        "head_title": "Chủ tịch UBND xã",
        "email": "eaknuec@krongpac.daklak.gov.vn",
        "phone": "0262.3500.120",
        "address": "Trụ sở UBND xã Ea Knuếc, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Knuếc do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã quan tâm "
            "thực hiện chính sách dân tộc, giảm nghèo bền vững và bảo tồn bản sắc văn hóa của đồng "
            "bào dân tộc thiểu số tại các buôn."
        ),
    },
    {
        "code": "xa-ea-yong",
        "name": "Ủy ban nhân dân xã Ea Yông",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Đặng Văn Hòa",
        "head_title": "Chủ tịch UBND xã",
        "email": "eayong@krongpac.daklak.gov.vn",
        "phone": "0262.3500.121",
        "address": "Trụ sở UBND xã Ea Yông, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Yông do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã chỉ đạo sản "
            "xuất nông nghiệp, quản lý công trình thủy lợi nhỏ, phòng, chống thiên tai và giữ gìn "
            "an ninh trật tự ở thôn, buôn."
        ),
    },
    {
        "code": "xa-hoa-an",
        "name": "Ủy ban nhân dân xã Hòa An",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Võ Thị Ngọc",
        "head_title": "Chủ tịch UBND xã",
        "email": "hoaan@krongpac.daklak.gov.vn",
        "phone": "0262.3500.122",
        "address": "Trụ sở UBND xã Hòa An, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Hòa An do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã tập trung phát "
            "triển sản xuất nông nghiệp, chăm lo đời sống Nhân dân và thực hiện Chương trình mục "
            "tiêu quốc gia xây dựng nông thôn mới trên địa bàn."
        ),
    },
    {
        "code": "xa-krong-buk",
        "name": "Ủy ban nhân dân xã Krông Búk",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "H'Mai Mlô",
        "head_title": "Chủ tịch UBND xã",
        "email": "krongbuk@krongpac.daklak.gov.vn",
        "phone": "0262.3500.123",
        "address": "Trụ sở UBND xã Krông Búk, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Krông Búk do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã quan tâm "
            "thực hiện chính sách dân tộc, giảm nghèo bền vững và bảo tồn bản sắc văn hóa của đồng "
            "bào dân tộc thiểu số tại các buôn."
        ),
    },
    {
        "code": "xa-ea-hiu",
        "name": "Ủy ban nhân dân xã Ea Hiu",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Y Thơ Byă",
        "head_title": "Chủ tịch UBND xã",
        "email": "eahiu@krongpac.daklak.gov.vn",
        "phone": "0262.3500.124",
        "address": "Trụ sở UBND xã Ea Hiu, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Hiu do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã quan tâm thực "
            "hiện chính sách dân tộc, giảm nghèo bền vững và bảo tồn bản sắc văn hóa của đồng bào "
            "dân tộc thiểu số tại các buôn."
        ),
    },
    {
        "code": "xa-hoa-tien",
        "name": "Ủy ban nhân dân xã Hòa Tiến",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Lê Văn Nghĩa",
        "head_title": "Chủ tịch UBND xã",
        "email": "hoatien@krongpac.daklak.gov.vn",
        "phone": "0262.3500.125",
        "address": "Trụ sở UBND xã Hòa Tiến, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Hòa Tiến do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã chỉ đạo sản "
            "xuất nông nghiệp, quản lý công trình thủy lợi nhỏ, phòng, chống thiên tai và giữ gìn "
            "an ninh trật tự ở thôn, buôn."
        ),
    },
    {
        "code": "xa-tan-tien",
        "name": "Ủy ban nhân dân xã Tân Tiến",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Huỳnh Văn Tâm",
        "head_title": "Chủ tịch UBND xã",
        "email": "tantien@krongpac.daklak.gov.vn",
        "phone": "0262.3500.126",
        "address": "Trụ sở UBND xã Tân Tiến, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Tân Tiến do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã tập trung "
            "phát triển sản xuất nông nghiệp, chăm lo đời sống Nhân dân và thực hiện Chương trình "
            "mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn."
        ),
    },
    {
        "code": "xa-ea-kuang",
        "name": "Ủy ban nhân dân xã Ea Kuăng",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Trương Văn Hải",
        "head_title": "Chủ tịch UBND xã",
        "email": "eakuang@krongpac.daklak.gov.vn",
        "phone": "0262.3500.127",
        "address": "Trụ sở UBND xã Ea Kuăng, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Kuăng do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã chỉ đạo sản "
            "xuất nông nghiệp, quản lý công trình thủy lợi nhỏ, phòng, chống thiên tai và giữ gìn "
            "an ninh trật tự ở thôn, buôn."
        ),
    },
    {
        "code": "xa-vu-bon",
        "name": "Ủy ban nhân dân xã Vụ Bổn",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Nguyễn Đình Thắng",
        "head_title": "Chủ tịch UBND xã",
        "email": "vubon@krongpac.daklak.gov.vn",
        "phone": "0262.3500.128",
        "address": "Trụ sở UBND xã Vụ Bổn, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Vụ Bổn do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã tập trung phát "
            "triển sản xuất nông nghiệp, chăm lo đời sống Nhân dân và thực hiện Chương trình mục "
            "tiêu quốc gia xây dựng nông thôn mới trên địa bàn."
        ),
    },
    {
        "code": "xa-ea-uy",
        "name": "Ủy ban nhân dân xã Ea Uy",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Y Khu Niê",
        "head_title": "Chủ tịch UBND xã",
        "email": "eauy@krongpac.daklak.gov.vn",
        "phone": "0262.3500.129",
        "address": "Trụ sở UBND xã Ea Uy, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Uy do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của HĐND "
            "xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, HĐND "
            "xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân sách "
            "và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về hộ "
            "tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã quan tâm thực "
            "hiện chính sách dân tộc, giảm nghèo bền vững và bảo tồn bản sắc văn hóa của đồng bào "
            "dân tộc thiểu số tại các buôn."
        ),
    },
    {
        "code": "xa-ea-yieng",
        "name": "Ủy ban nhân dân xã Ea Yiêng",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Phùng Văn Kiên",
        "head_title": "Chủ tịch UBND xã",
        "email": "eayieng@krongpac.daklak.gov.vn",
        "phone": "0262.3500.130",
        "address": "Trụ sở UBND xã Ea Yiêng, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Ea Yiêng do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã chỉ đạo sản "
            "xuất nông nghiệp, quản lý công trình thủy lợi nhỏ, phòng, chống thiên tai và giữ gìn "
            "an ninh trật tự ở thôn, buôn."
        ),
    },
    {
        "code": "xa-hoa-dong",
        "name": "Ủy ban nhân dân xã Hòa Đông",
        "kind": "xa",
        "parent": "ubnd",
        "head_name": "Cao Thị Liên",
        "head_title": "Chủ tịch UBND xã",
        "email": "hoadong@krongpac.daklak.gov.vn",
        "phone": "0262.3500.131",
        "address": "Trụ sở UBND xã Hòa Đông, huyện Krông Pắc, tỉnh Đắk Lắk",
        "functions": (
            "Ủy ban nhân dân xã Hòa Đông do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
            "HĐND xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, "
            "HĐND xã và UBND huyện. UBND xã tổ chức thực hiện nghị quyết của HĐND xã, dự toán ngân "
            "sách và các nhiệm vụ quản lý nhà nước trên địa bàn; giải quyết thủ tục hành chính về "
            "hộ tịch, chứng thực, đất đai theo thẩm quyền tại Bộ phận Một cửa. UBND xã tập trung "
            "phát triển sản xuất nông nghiệp, chăm lo đời sống Nhân dân và thực hiện Chương trình "
            "mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn."
        ),
    },
    {
        "code": "mttq",
        "name": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        "kind": "doan_the",
        "parent": None,
        "head_name": "H'Nga Êban",
        "head_title": "Chủ tịch Ủy ban MTTQ Việt Nam huyện",
        "email": "mttq@krongpac.daklak.gov.vn",
        "phone": "0262.3500.132",
        "address": (
            "Khối Mặt trận và các đoàn thể huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"
        ),
        "functions": (
            "Mặt trận Tổ quốc Việt Nam là tổ chức liên minh chính trị, liên hiệp tự nguyện của tổ "
            "chức chính trị, các tổ chức chính trị – xã hội, tổ chức xã hội và các cá nhân tiêu "
            "biểu trong các giai cấp, tầng lớp xã hội, dân tộc, tôn giáo. Ủy ban MTTQ Việt Nam "
            "huyện tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, đại diện, bảo vệ quyền và lợi "
            "ích hợp pháp, chính đáng của Nhân dân. Ủy ban thực hiện giám sát và phản biện xã hội, "
            "tham gia xây dựng Đảng, chính quyền và chủ trì Cuộc vận động “Toàn dân đoàn kết xây "
            "dựng nông thôn mới, đô thị văn minh” trên địa bàn huyện."
        ),
    },
    {
        "code": "huyen-doan",
        "name": "Huyện đoàn Krông Pắc",
        "kind": "doan_the",
        "parent": None,
        "head_name": "Nguyễn Thành Trung",
        "head_title": "Bí thư Huyện đoàn",
        "email": "huyendoan@krongpac.daklak.gov.vn",
        "phone": "0262.3500.133",
        "address": (
            "Khối Mặt trận và các đoàn thể huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"
        ),
        "functions": (
            "Huyện đoàn là cơ quan lãnh đạo của Đoàn Thanh niên Cộng sản Hồ Chí Minh cấp huyện, "
            "tập hợp, đoàn kết, giáo dục đoàn viên, thanh thiếu nhi trên địa bàn. Huyện đoàn tổ "
            "chức các phong trào hành động của tuổi trẻ, xung kích tham gia phát triển kinh tế – "
            "xã hội, xây dựng nông thôn mới, chuyển đổi số. Huyện đoàn phụ trách Đội Thiếu niên "
            "Tiền phong Hồ Chí Minh và Hội Liên hiệp Thanh niên Việt Nam huyện."
        ),
    },
    {
        "code": "hoi-phu-nu",
        "name": "Hội Liên hiệp Phụ nữ huyện",
        "kind": "doan_the",
        "parent": None,
        "head_name": "Mai Thị Thu",
        "head_title": "Chủ tịch Hội LHPN huyện",
        "email": "hoiphunu@krongpac.daklak.gov.vn",
        "phone": "0262.3500.134",
        "address": (
            "Khối Mặt trận và các đoàn thể huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"
        ),
        "functions": (
            "Hội Liên hiệp Phụ nữ huyện đại diện cho quyền và lợi ích hợp pháp, chính đáng của phụ "
            "nữ, phấn đấu vì sự phát triển của phụ nữ và bình đẳng giới. Hội tuyên truyền, vận "
            "động hội viên thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Hội "
            "hỗ trợ phụ nữ phát triển kinh tế, xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn "
            "minh."
        ),
    },
    {
        "code": "hoi-nong-dan",
        "name": "Hội Nông dân huyện",
        "kind": "doan_the",
        "parent": None,
        "head_name": "Lý Văn Bình",
        "head_title": "Chủ tịch Hội Nông dân huyện",
        "email": "hoinongdan@krongpac.daklak.gov.vn",
        "phone": "0262.3500.135",
        "address": (
            "Khối Mặt trận và các đoàn thể huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"
        ),
        "functions": (
            "Hội Nông dân huyện là tổ chức chính trị – xã hội của giai cấp nông dân, đại diện "
            "quyền và lợi ích hợp pháp, chính đáng của nông dân. Hội tổ chức phong trào nông dân "
            "thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền "
            "vững. Hội hỗ trợ hội viên tiếp cận vốn vay, khoa học kỹ thuật, dịch vụ và tham gia "
            "xây dựng nông thôn mới."
        ),
    },
    {
        "code": "hoi-ccb",
        "name": "Hội Cựu chiến binh huyện",
        "kind": "doan_the",
        "parent": None,
        "head_name": "Tạ Văn Hùng",
        "head_title": "Chủ tịch Hội Cựu chiến binh huyện",
        "email": "hoiccb@krongpac.daklak.gov.vn",
        "phone": "0262.3500.136",
        "address": (
            "Khối Mặt trận và các đoàn thể huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"
        ),
        "functions": (
            "Hội Cựu chiến binh huyện đoàn kết, tập hợp cựu chiến binh, giữ gìn và phát huy bản "
            "chất, truyền thống Bộ đội Cụ Hồ. Hội tham gia xây dựng và bảo vệ Đảng, chính quyền, "
            "bảo vệ quyền và lợi ích hợp pháp, chính đáng của hội viên. Hội giúp nhau phát triển "
            "kinh tế, cải thiện đời sống và tham gia giáo dục truyền thống cho thế hệ trẻ."
        ),
    },
    {
        "code": "ldld",
        "name": "Liên đoàn Lao động huyện",
        "kind": "doan_the",
        "parent": None,
        "head_name": "Đoàn Thị Hồng",
        "head_title": "Chủ tịch Liên đoàn Lao động huyện",
        "email": "ldld@krongpac.daklak.gov.vn",
        "phone": "0262.3500.137",
        "address": (
            "Khối Mặt trận và các đoàn thể huyện, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk"
        ),
        "functions": (
            "Liên đoàn Lao động huyện là tổ chức công đoàn cấp trên trực tiếp cơ sở, đại diện, bảo "
            "vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên công đoàn và người lao động. "
            "Liên đoàn chỉ đạo, hướng dẫn hoạt động của công đoàn cơ sở, tham gia quản lý nhà "
            "nước, quản lý kinh tế – xã hội. Liên đoàn tuyên truyền, vận động người lao động chấp "
            "hành pháp luật và chăm lo đời sống đoàn viên."
        ),
    },
]

CATEGORIES = [
    {
        "slug": "hoat-dong-lanh-dao",
        "title": "Hoạt động của lãnh đạo huyện",
        "intro": "Tin về hoạt động chỉ đạo, điều hành của lãnh đạo Huyện ủy, HĐND và UBND huyện.",
        "parent": None,
    },
    {
        "slug": "hoat-dong-co-quan-don-vi",
        "title": "Hoạt động của các phòng, ban, ngành",
        "intro": (
            "Tin về hoạt động của các cơ quan chuyên môn, ban, ngành và đơn vị sự nghiệp thuộc "
            "huyện."
        ),
        "parent": None,
    },
    {
        "slug": "hoat-dong-co-so",
        "title": "Hoạt động xã, thị trấn",
        "intro": "Tin về hoạt động của chính quyền các xã, thị trấn và đời sống Nhân dân ở cơ sở.",
        "parent": None,
    },
    {
        "slug": "doanh-nghiep",
        "title": "Doanh nghiệp",
        "intro": (
            "Thông tin về hoạt động sản xuất, kinh doanh của doanh nghiệp, hợp tác xã trên địa bàn "
            "huyện."
        ),
        "parent": None,
    },
    {
        "slug": "tuyen-truyen-pho-bien-phap-luat",
        "title": "Tuyên truyền, phổ biến pháp luật",
        "intro": (
            "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách đến cán bộ "
            "và Nhân dân."
        ),
        "parent": None,
    },
    {
        "slug": "pho-bien-van-ban-moi",
        "title": "Phổ biến văn bản mới",
        "intro": (
            "Giới thiệu nội dung các luật, nghị định và văn bản quy phạm pháp luật mới có hiệu lực."
        ),
        "parent": "tuyen-truyen-pho-bien-phap-luat",
    },
    {
        "slug": "cai-cach-hanh-chinh",
        "title": "Cải cách hành chính",
        "intro": (
            "Thông tin về cải cách thủ tục hành chính, dịch vụ công trực tuyến và chuyển đổi số."
        ),
        "parent": "tuyen-truyen-pho-bien-phap-luat",
    },
    {
        "slug": "chinh-sach-quy-hoach-ke-hoach",
        "title": "Chính sách, quy hoạch, kế hoạch",
        "intro": (
            "Chủ trương, chính sách, chiến lược, quy hoạch và kế hoạch phát triển của huyện và các "
            "ngành."
        ),
        "parent": None,
    },
    {
        "slug": "xay-dung-nong-thon-moi",
        "title": "Xây dựng nông thôn mới",
        "intro": (
            "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn "
            "huyện."
        ),
        "parent": "chinh-sach-quy-hoach-ke-hoach",
    },
    {
        "slug": "du-an-dau-tu-dau-thau",
        "title": "Dự án, đầu tư, đấu thầu, mua sắm công",
        "intro": "Thông tin về dự án, hạng mục đầu tư, đấu thầu và mua sắm công của huyện.",
        "parent": None,
    },
    {
        "slug": "thong-bao",
        "title": "Thông báo",
        "intro": "Thông báo, lịch tiếp công dân và các thông tin cần biết của UBND huyện.",
        "parent": None,
    },
]

ARTICLES = [
    {
        "title": "UBND huyện Krông Pắc tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
        "category": "hoat-dong-lanh-dao",
        "date": "2024-01-05",
        "sapo": (
            "Ngày 4/1, UBND huyện Krông Pắc tổ chức hội nghị tổng kết công tác chỉ đạo, điều hành "
            "năm 2023 và triển khai nhiệm vụ phát triển kinh tế – xã hội năm 2024."
        ),
        "body": [
            (
                "Dự hội nghị có lãnh đạo Thường trực Huyện ủy, Thường trực HĐND huyện, Ủy ban MTTQ "
                "Việt Nam huyện, thủ trưởng các phòng, ban, ngành và Chủ tịch UBND các xã, thị "
                "trấn. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến điểm "
                "cầu các xã, thị trấn."
            ),
            (
                "Theo báo cáo tại hội nghị, năm 2023 tình hình kinh tế – xã hội của huyện tiếp tục "
                "ổn định. Sản xuất nông nghiệp được duy trì, các cây trồng chủ lực như lúa, cà "
                "phê, hồ tiêu, sầu riêng cho thu nhập khá. Công tác giáo dục, y tế, an sinh xã hội "
                "được quan tâm; quốc phòng – an ninh, trật tự an toàn xã hội được giữ vững."
            ),
            (
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế. Tiến độ giải ngân "
                "vốn đầu tư công ở một số dự án còn chậm; công tác quản lý đất đai, trật tự xây "
                "dựng tại một số địa phương chưa chặt chẽ."
            ),
            (
                "Phát biểu chỉ đạo, Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị bám sát kế "
                "hoạch năm 2024, đẩy mạnh cải cách hành chính và chuyển đổi số. Các địa phương cần "
                "tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh và nâng cao chất lượng các "
                "tiêu chí nông thôn mới."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": "Thông báo số 05/TB-VP ngày 05/01/2024 của Văn phòng HĐND và UBND huyện",
        "tags": ["tổng kết năm", "kinh tế – xã hội"],
        "featured": True,
        "state": "published",
    },
    {
        "title": "HĐND huyện Krông Pắc tổ chức kỳ họp thường lệ giữa năm 2024",
        "category": "hoat-dong-lanh-dao",
        "date": "2024-07-12",
        "sapo": (
            "Trong hai ngày 10 và 11/7, HĐND huyện Krông Pắc tổ chức kỳ họp thường lệ giữa năm "
            "2024 để xem xét, quyết định nhiều nội dung quan trọng về kinh tế – xã hội, ngân sách "
            "và đầu tư công."
        ),
        "body": [
            (
                "Tại kỳ họp, các đại biểu HĐND huyện đã nghe UBND huyện báo cáo tình hình thực "
                "hiện nhiệm vụ phát triển kinh tế – xã hội, quốc phòng – an ninh 6 tháng đầu năm "
                "và phương hướng nhiệm vụ 6 tháng cuối năm 2024. Các ban của HĐND huyện trình bày "
                "báo cáo thẩm tra đối với các báo cáo, tờ trình trình kỳ họp."
            ),
            (
                "Phiên chất vấn và trả lời chất vấn tập trung vào các vấn đề cử tri quan tâm như "
                "quản lý đất đai, sửa chữa đường giao thông nông thôn, bảo đảm nước tưới cho sản "
                "xuất trong mùa khô. Lãnh đạo UBND huyện và thủ trưởng các phòng chuyên môn đã trả "
                "lời, làm rõ trách nhiệm và nêu giải pháp khắc phục."
            ),
            (
                "Kỳ họp đã thảo luận và thông qua các nghị quyết về điều chỉnh kế hoạch đầu tư "
                "công, phân bổ nguồn vốn sự nghiệp và một số nội dung khác thuộc thẩm quyền. Các "
                "nghị quyết là cơ sở để UBND huyện tổ chức thực hiện trong những tháng cuối năm."
            ),
            (
                "Phát biểu bế mạc, Chủ tịch HĐND huyện đề nghị UBND huyện và các cơ quan liên quan "
                "khẩn trương triển khai các nghị quyết. Các đại biểu HĐND được đề nghị tăng cường "
                "tiếp xúc cử tri, giám sát việc giải quyết kiến nghị của cử tri."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["HĐND huyện", "kỳ họp"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Lãnh đạo huyện thăm, tặng quà gia đình chính sách, hộ nghèo nhân dịp Tết Ất Tỵ 2025"
        ),
        "category": "hoat-dong-lanh-dao",
        "date": "2025-01-20",
        "sapo": (
            "Từ ngày 15 đến 20/1, các đoàn công tác do lãnh đạo Huyện ủy, HĐND, UBND huyện dẫn đầu "
            "đã đến thăm, chúc Tết và tặng quà các gia đình chính sách, hộ nghèo và đơn vị làm "
            "nhiệm vụ trực Tết trên địa bàn."
        ),
        "body": [
            (
                "Tại các xã Ea Yông, Vụ Bổn, Ea Hiu và thị trấn Phước An, các đoàn đã ân cần hỏi "
                "thăm sức khỏe, đời sống của các gia đình người có công với cách mạng, thân nhân "
                "liệt sĩ và hộ nghèo. Mỗi suất quà gồm tiền mặt và nhu yếu phẩm, được trích từ "
                "ngân sách và các nguồn vận động xã hội hóa."
            ),
            (
                "Đoàn cũng đến thăm, động viên cán bộ, chiến sĩ các lực lượng vũ trang, Trung tâm "
                "Y tế huyện và một số đơn vị làm nhiệm vụ trực Tết. Lãnh đạo huyện đề nghị các đơn "
                "vị bố trí lực lượng trực nghiêm túc, bảo đảm an ninh trật tự, phòng, chống cháy "
                "nổ và chăm sóc sức khỏe Nhân dân trong dịp Tết."
            ),
            (
                "Cùng với các đoàn của huyện, UBND các xã, thị trấn, Ủy ban MTTQ Việt Nam và các "
                "đoàn thể cũng tổ chức thăm hỏi, tặng quà tại cơ sở. Qua đó, bảo đảm mọi người, "
                "mọi nhà đều được đón Tết vui tươi, an toàn."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["an sinh xã hội", "Tết Ất Tỵ"],
        "featured": True,
        "state": "published",
    },
    {
        "title": (
            "Phó Chủ tịch UBND huyện kiểm tra công tác phòng, chống thiên tai tại các hồ chứa nước"
        ),
        "category": "hoat-dong-lanh-dao",
        "date": "2024-10-15",
        "sapo": (
            "Trước diễn biến mưa lớn kéo dài, ngày 14/10, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ "
            "huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện đã kiểm tra công tác bảo đảm an "
            "toàn tại một số hồ chứa và khu vực trũng thấp."
        ),
        "body": [
            (
                "Đoàn kiểm tra đã đến một số hồ chứa thủy lợi vừa và nhỏ trên địa bàn các xã Ea "
                "Kênh, Krông Búk và Ea Yông. Tại đây, đoàn kiểm tra tình trạng đập, tràn xả lũ, "
                "cống lấy nước và phương án vận hành trong mùa mưa; đơn vị quản lý báo cáo mực "
                "nước hiện tại và công tác trực, quan trắc."
            ),
            (
                "Qua kiểm tra, Phó Chủ tịch UBND huyện ghi nhận các đơn vị đã chủ động chuẩn bị "
                "vật tư, phương tiện và lực lượng theo phương châm “bốn tại chỗ”. Tuy nhiên, một "
                "số tuyến kênh mương còn bồi lắng, một số đoạn mái đập có hiện tượng xói lở nhỏ "
                "cần được khắc phục sớm."
            ),
            (
                "Phó Chủ tịch UBND huyện yêu cầu UBND các xã theo dõi chặt chẽ dự báo thời tiết, "
                "thông báo kịp thời cho Nhân dân và chuẩn bị phương án sơ tán người dân ở vùng có "
                "nguy cơ ngập lụt. Các địa phương tuyệt đối không để người dân đánh bắt cá, qua "
                "lại tại các ngầm tràn khi nước lên."
            ),
            (
                "Phòng Nông nghiệp và Phát triển nông thôn được giao chủ trì, phối hợp với các đơn "
                "vị liên quan tổng hợp tình hình. Phòng có trách nhiệm tham mưu UBND huyện xử lý "
                "kịp thời các sự cố phát sinh."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["phòng, chống thiên tai", "thủy lợi"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Lãnh đạo UBND huyện làm việc với xã Vụ Bổn về sản xuất nông nghiệp, nông thôn mới"
        ),
        "category": "hoat-dong-lanh-dao",
        "date": "2026-10-28",
        "sapo": (
            "Ngày 27/10, đoàn công tác của UBND huyện đã làm việc với Đảng ủy, UBND xã Vụ Bổn về "
            "kết quả sản xuất vụ Hè Thu và việc thực hiện các tiêu chí nông thôn mới trong thời "
            "gian tới."
        ),
        "body": [
            (
                "Theo báo cáo của UBND xã, vụ Hè Thu năm nay người dân cơ bản đã thu hoạch xong "
                "diện tích lúa, năng suất tương đương cùng kỳ. Xã đang hướng dẫn bà con làm đất, "
                "chuẩn bị giống và kế hoạch nước tưới cho vụ Đông Xuân tới."
            ),
            (
                "Về xây dựng nông thôn mới, xã đã vận động người dân hiến đất, góp công làm một số "
                "tuyến đường thôn, buôn và duy trì mô hình tự quản về bảo vệ môi trường ở khu dân "
                "cư. Một số tiêu chí về thu nhập, môi trường vẫn còn gặp khó khăn do giá vật tư "
                "nông nghiệp tăng."
            ),
            (
                "Lãnh đạo UBND huyện đề nghị xã phối hợp với Phòng Nông nghiệp và Phát triển nông "
                "thôn hướng dẫn người dân áp dụng tiến bộ kỹ thuật, sử dụng giống xác nhận. Xã cần "
                "rà soát từng tiêu chí để có giải pháp cụ thể, tránh hình thức."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["nông nghiệp", "nông thôn mới"],
        "featured": False,
        "state": "approving",
    },
    {
        "title": "Phòng Y tế huyện kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2024",
        "category": "hoat-dong-co-quan-don-vi",
        "date": "2024-09-10",
        "sapo": (
            "Từ ngày 3 đến 10/9, Đoàn kiểm tra liên ngành về an toàn thực phẩm huyện do Phòng Y tế "
            "chủ trì đã kiểm tra các cơ sở sản xuất, kinh doanh bánh trung thu và thực phẩm trên "
            "địa bàn."
        ),
        "body": [
            (
                "Đoàn đã kiểm tra các cơ sở tại thị trấn Phước An và các xã Ea Phê, Ea Kly, Hòa "
                "An. Nội dung kiểm tra tập trung vào điều kiện vệ sinh cơ sở, nguồn gốc nguyên "
                "liệu, nhãn hàng hóa và hạn sử dụng của sản phẩm; đa số cơ sở chấp hành tương đối "
                "tốt các quy định."
            ),
            (
                "Qua kiểm tra, đoàn đã nhắc nhở một số cơ sở chưa lưu giữ đầy đủ hóa đơn, chứng từ "
                "nguồn gốc nguyên liệu và hướng dẫn khắc phục. Một số sản phẩm không rõ nguồn gốc "
                "đã được yêu cầu ngừng kinh doanh."
            ),
            (
                "Phòng Y tế khuyến cáo người tiêu dùng lựa chọn sản phẩm có nhãn mác rõ ràng, còn "
                "hạn sử dụng, bao bì nguyên vẹn. Khi phát hiện dấu hiệu vi phạm, người dân cần "
                "thông báo cho chính quyền địa phương hoặc cơ quan chức năng để xử lý."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["an toàn thực phẩm", "y tế"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Ngành Giáo dục và Đào tạo huyện tổng kết năm học 2023–2024, triển khai nhiệm vụ năm "
            "học mới"
        ),
        "category": "hoat-dong-co-quan-don-vi",
        "date": "2024-08-20",
        "sapo": (
            "Ngày 19/8, Phòng Giáo dục và Đào tạo huyện tổ chức hội nghị tổng kết năm học "
            "2023–2024 và triển khai nhiệm vụ trọng tâm năm học 2024–2025."
        ),
        "body": [
            (
                "Năm học 2023–2024, các trường học trên địa bàn huyện đã thực hiện Chương trình "
                "giáo dục phổ thông 2018 theo lộ trình, duy trì kết quả phổ cập giáo dục và xóa mù "
                "chữ. Công tác huy động trẻ ra lớp, duy trì sĩ số học sinh ở vùng đồng bào dân tộc "
                "thiểu số được quan tâm."
            ),
            (
                "Hội nghị cũng chỉ ra những khó khăn như một số trường còn thiếu phòng học bộ môn, "
                "thiếu giáo viên ở một số môn học mới. Cơ sở vật chất ở một số điểm trường lẻ đã "
                "xuống cấp, cần được sửa chữa."
            ),
            (
                "Năm học 2024–2025, ngành tập trung nâng cao chất lượng dạy và học, đẩy mạnh "
                "chuyển đổi số trong quản lý, xây dựng trường chuẩn quốc gia và bảo đảm an toàn "
                "trường học. Phòng Giáo dục và Đào tạo đề nghị các trường chuẩn bị tốt cơ sở vật "
                "chất, sách giáo khoa để khai giảng năm học mới đúng kế hoạch vào ngày 5/9."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["giáo dục", "năm học mới"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Phòng Lao động – Thương binh và Xã hội thăm, tặng quà người có công nhân dịp 27/7"
        ),
        "category": "hoat-dong-co-quan-don-vi",
        "date": "2024-07-25",
        "sapo": (
            "Nhân kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2024), Phòng Lao "
            "động – Thương binh và Xã hội huyện phối hợp với UBND các xã, thị trấn tổ chức thăm, "
            "tặng quà các gia đình chính sách."
        ),
        "body": [
            (
                "Đoàn công tác đã đến thăm hỏi, động viên thương binh, bệnh binh, thân nhân liệt "
                "sĩ tại các xã Hòa Tiến, Tân Tiến, Ea Kuăng và thị trấn Phước An. Tại mỗi gia "
                "đình, đoàn bày tỏ lòng biết ơn đối với những hy sinh, cống hiến của các thế hệ "
                "cha anh cho sự nghiệp giải phóng dân tộc và bảo vệ Tổ quốc."
            ),
            (
                "Cùng với việc tặng quà, Phòng Lao động – Thương binh và Xã hội phối hợp với các "
                "địa phương rà soát, chi trả đầy đủ, kịp thời quà của Chủ tịch nước. Các chế độ "
                "trợ cấp ưu đãi hằng tháng được chi trả đúng đối tượng, đúng quy định."
            ),
            (
                "Dịp này, Huyện đoàn và các cơ sở đoàn tổ chức dọn dẹp, chăm sóc Nghĩa trang liệt "
                "sĩ huyện. Buổi tối ngày 26/7, đoàn viên, thanh niên đã thắp nến tri ân các anh "
                "hùng liệt sĩ."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["người có công", "đền ơn đáp nghĩa"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Thanh tra huyện tăng cường công tác tiếp công dân, giải quyết đơn thư ngay từ cơ sở"
        ),
        "category": "hoat-dong-co-quan-don-vi",
        "date": "2025-03-12",
        "sapo": (
            "Thực hiện chỉ đạo của UBND huyện, Thanh tra huyện phối hợp với Ban Tiếp công dân "
            "huyện và UBND các xã, thị trấn đẩy mạnh việc tiếp công dân, giải quyết khiếu nại, tố "
            "cáo ngay tại cơ sở."
        ),
        "body": [
            (
                "Theo thông báo của Văn phòng HĐND và UBND huyện, Chủ tịch UBND huyện tiếp công "
                "dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân huyện; nếu trùng ngày "
                "nghỉ thì chuyển sang ngày làm việc kế tiếp. Lịch tiếp công dân được niêm yết công "
                "khai và đăng tải trên Trang thông tin điện tử huyện."
            ),
            (
                "Thanh tra huyện được giao hướng dẫn các xã, thị trấn phân loại, xử lý đơn đúng "
                "thẩm quyền, tổ chức đối thoại với công dân và công khai kết quả giải quyết. Đối "
                "với các vụ việc phức tạp, kéo dài, Thanh tra huyện tham mưu UBND huyện thành lập "
                "tổ công tác để xác minh, làm rõ."
            ),
            (
                "Thủ trưởng các cơ quan, đơn vị có trách nhiệm trực tiếp tiếp công dân theo quy "
                "định của Luật Tiếp công dân. Các đơn vị không để đơn thư tồn đọng, kéo dài, phát "
                "sinh khiếu nại vượt cấp."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": "Thông báo số 21/TB-VP ngày 10/3/2025 của Văn phòng HĐND và UBND huyện",
        "tags": ["tiếp công dân", "thanh tra"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn kỹ thuật tái canh cà phê cho nông "
            "dân"
        ),
        "category": "hoat-dong-co-quan-don-vi",
        "date": "2026-10-20",
        "sapo": (
            "Phòng Nông nghiệp và Phát triển nông thôn huyện vừa tổ chức các lớp tập huấn hướng "
            "dẫn kỹ thuật tái canh cà phê cho nông dân tại một số xã có diện tích cà phê già cỗi."
        ),
        "body": [
            (
                "Tại lớp tập huấn, cán bộ kỹ thuật đã hướng dẫn bà con quy trình nhổ bỏ cây già "
                "cỗi, xử lý đất và luân canh cây trồng ngắn ngày trước khi trồng lại. Nông dân "
                "được tư vấn lựa chọn giống cà phê có năng suất, chất lượng cao và khả năng kháng "
                "bệnh tốt."
            ),
            (
                "Học viên cũng được giới thiệu kỹ thuật bón phân cân đối, tưới nước tiết kiệm, "
                "quản lý sâu bệnh tổng hợp. Việc ghi chép nhật ký sản xuất được khuyến khích để "
                "đáp ứng yêu cầu truy xuất nguồn gốc của thị trường."
            ),
            (
                "Qua trao đổi, nhiều nông dân mong muốn được hỗ trợ giống và tiếp cận nguồn vốn "
                "vay ưu đãi để tái canh. Phòng Nông nghiệp và Phát triển nông thôn ghi nhận và sẽ "
                "tổng hợp, báo cáo UBND huyện xem xét."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["cà phê", "tái canh"],
        "featured": False,
        "state": "editing",
    },
    {
        "title": (
            "Xã Ea Kly ra quân tổng vệ sinh môi trường hưởng ứng Tháng hành động vì môi trường"
        ),
        "category": "hoat-dong-co-so",
        "date": "2024-06-03",
        "sapo": (
            "Sáng 2/6, UBND xã Ea Kly phối hợp với Ủy ban MTTQ Việt Nam và các đoàn thể xã tổ chức "
            "lễ ra quân tổng vệ sinh môi trường, thu gom rác thải trên các tuyến đường chính của "
            "xã."
        ),
        "body": [
            (
                "Tham gia buổi ra quân có đông đảo cán bộ, đoàn viên, hội viên và người dân các "
                "thôn, buôn. Các lực lượng đã phát quang bụi rậm, khơi thông cống rãnh, thu gom "
                "rác thải và bao bì thuốc bảo vệ thực vật dọc các tuyến đường và khu vực công cộng."
            ),
            (
                "Dịp này, xã phát động người dân thực hiện phân loại rác tại nguồn, không xả rác "
                "ra kênh mương, đường giao thông. Các hộ gia đình được khuyến khích trồng hoa, cây "
                "xanh dọc tuyến đường trước nhà."
            ),
            (
                "Lãnh đạo UBND xã cho biết, hoạt động vệ sinh môi trường sẽ được duy trì định kỳ "
                "vào ngày cuối tuần hằng tháng. Việc làm này góp phần giữ vững tiêu chí môi trường "
                "trong xây dựng nông thôn mới."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["môi trường", "Ea Kly"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Thị trấn Phước An tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư",
        "category": "hoat-dong-co-so",
        "date": "2024-11-16",
        "sapo": (
            "Hướng tới kỷ niệm 94 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam "
            "(18/11/1930 – 18/11/2024), các tổ dân phố trên địa bàn thị trấn Phước An đồng loạt tổ "
            "chức Ngày hội Đại đoàn kết toàn dân tộc."
        ),
        "body": [
            (
                "Ngày hội là dịp để Nhân dân ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt "
                "Nam. Các khu dân cư cũng đánh giá kết quả thực hiện Cuộc vận động “Toàn dân đoàn "
                "kết xây dựng nông thôn mới, đô thị văn minh” trong năm qua."
            ),
            (
                "Tại các điểm tổ chức, Ban Công tác Mặt trận các tổ dân phố đã biểu dương những hộ "
                "gia đình tiêu biểu, trao quà cho hộ nghèo, hộ có hoàn cảnh khó khăn. Phần hội "
                "diễn ra sôi nổi với các tiết mục văn nghệ, trò chơi dân gian do chính người dân "
                "biểu diễn."
            ),
            (
                "Lãnh đạo UBND thị trấn Phước An đề nghị các tổ dân phố tiếp tục phát huy tinh "
                "thần đoàn kết, giữ gìn an ninh trật tự và vệ sinh môi trường. Mỗi người dân cùng "
                "chung tay xây dựng thị trấn ngày càng văn minh, sạch đẹp."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["đại đoàn kết", "Phước An"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Người dân xã Hòa Tiến góp công, hiến đất làm đường giao thông nông thôn",
        "category": "hoat-dong-co-so",
        "date": "2025-05-14",
        "sapo": (
            "Với cách làm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, "
            "nhiều tuyến đường bê tông ở xã Hòa Tiến đã được hoàn thành, tạo thuận lợi cho việc đi "
            "lại và vận chuyển nông sản."
        ),
        "body": [
            (
                "Theo lãnh đạo UBND xã Hòa Tiến, ngay từ đầu năm, xã đã tổ chức họp dân tại các "
                "thôn để thống nhất danh mục tuyến đường cần làm, mức đóng góp và phương thức thi "
                "công. Nhà nước hỗ trợ xi măng, người dân góp ngày công, cát, đá và tự nguyện hiến "
                "phần đất cần thiết để mở rộng mặt đường."
            ),
            (
                "Trong quá trình thi công, Ban giám sát đầu tư của cộng đồng thường xuyên theo "
                "dõi, kiểm tra chất lượng công trình. Nhiều hộ dân đã chủ động tháo dỡ hàng rào, "
                "di dời cây trồng để bàn giao mặt bằng đúng tiến độ."
            ),
            (
                "Các tuyến đường mới hoàn thành giúp người dân đi lại thuận lợi hơn trong mùa mưa. "
                "Chi phí vận chuyển lúa, cà phê, hoa màu cũng giảm, tạo diện mạo mới cho vùng quê."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "quoted",
        "source_name": "Báo Đắk Lắk",
        "source_ref": "https://baodaklak.vn/xa-hoi/nguoi-dan-hoa-tien-gop-cong-hien-dat-lam-duong",
        "tags": ["giao thông nông thôn", "Hòa Tiến"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Đồng bào Ê Đê xã Ea Yông tổ chức lễ cúng mừng lúa mới sau mùa thu hoạch",
        "category": "hoat-dong-co-so",
        "date": "2025-12-08",
        "sapo": (
            "Sau mùa thu hoạch, đồng bào Ê Đê tại một buôn trên địa bàn xã Ea Yông đã tổ chức lễ "
            "cúng mừng lúa mới theo nghi thức truyền thống, thu hút đông đảo người dân tham gia."
        ),
        "body": [
            (
                "Lễ cúng mừng lúa mới là nghi lễ quan trọng trong đời sống văn hóa của đồng bào Ê "
                "Đê. Nghi lễ thể hiện lòng biết ơn đối với thần linh đã phù hộ cho mùa màng bội "
                "thu và cầu mong sức khỏe, bình an cho mọi người trong gia đình, buôn làng."
            ),
            (
                "Buổi lễ diễn ra trang nghiêm với các lễ vật truyền thống như rượu cần, gà, cơm "
                "mới. Sau phần lễ, người dân cùng nhau giao lưu cồng chiêng, múa hát trong không "
                "khí vui tươi, đoàn kết."
            ),
            (
                "UBND xã Ea Yông cho biết, việc hỗ trợ tổ chức các lễ hội truyền thống góp phần "
                "bảo tồn, phát huy giá trị văn hóa của đồng bào các dân tộc thiểu số. Hoạt động "
                "này được gắn với vận động bà con xóa bỏ hủ tục lạc hậu, xây dựng đời sống văn hóa "
                "mới ở khu dân cư."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["văn hóa", "Ê Đê"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Xã Ea Kuăng triển khai tiêm vắc xin phòng bệnh lở mồm long móng cho đàn gia súc",
        "category": "hoat-dong-co-so",
        "date": "2026-11-03",
        "sapo": (
            "UBND xã Ea Kuăng đang phối hợp với cơ quan chuyên môn thú y triển khai đợt tiêm vắc "
            "xin phòng bệnh lở mồm long móng cho đàn trâu, bò, lợn trên địa bàn."
        ),
        "body": [
            (
                "Để bảo đảm hiệu quả, xã đã thành lập các tổ tiêm phòng tại các thôn, buôn. Lịch "
                "tiêm được thông báo đến từng hộ chăn nuôi qua hệ thống loa truyền thanh và trưởng "
                "thôn, buôn."
            ),
            (
                "Cán bộ thú y khuyến cáo người chăn nuôi không mua bán, vận chuyển gia súc không "
                "rõ nguồn gốc, thường xuyên vệ sinh, tiêu độc khử trùng chuồng trại. Khi phát hiện "
                "gia súc có biểu hiện bệnh, người dân cần báo ngay cho chính quyền địa phương."
            ),
            (
                "Đợt tiêm phòng dự kiến hoàn thành trong tháng 11. Sau khi kết thúc, xã sẽ tổng "
                "hợp kết quả và tổ chức tiêm bổ sung cho gia súc mới phát sinh."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["chăn nuôi", "thú y"],
        "featured": False,
        "state": "draft",
    },
    {
        "title": "UBND huyện gặp mặt doanh nghiệp, hợp tác xã nhân Ngày Doanh nhân Việt Nam 13/10",
        "category": "doanh-nghiep",
        "date": "2024-10-10",
        "sapo": (
            "Ngày 9/10, UBND huyện Krông Pắc tổ chức hội nghị gặp mặt, đối thoại với các doanh "
            "nghiệp, hợp tác xã và hộ kinh doanh tiêu biểu nhân kỷ niệm 20 năm Ngày Doanh nhân "
            "Việt Nam."
        ),
        "body": [
            (
                "Tại hội nghị, đại diện các doanh nghiệp, hợp tác xã đã nêu một số khó khăn, vướng "
                "mắc liên quan đến thủ tục đất đai, tiếp cận vốn vay, mặt bằng sản xuất. Một số ý "
                "kiến đề nghị huyện hỗ trợ kết nối, liên kết tiêu thụ nông sản."
            ),
            (
                "Lãnh đạo các phòng Tài chính – Kế hoạch, Tài nguyên và Môi trường, Kinh tế và Hạ "
                "tầng đã trực tiếp giải đáp, hướng dẫn. Những nội dung vượt thẩm quyền được UBND "
                "huyện ghi nhận để kiến nghị cấp có thẩm quyền xem xét."
            ),
            (
                "Chủ tịch UBND huyện khẳng định huyện luôn đồng hành cùng cộng đồng doanh nghiệp, "
                "tiếp tục cải thiện môi trường đầu tư, kinh doanh, giải quyết thủ tục hành chính "
                "nhanh gọn, minh bạch. Dịp này, UBND huyện tặng giấy khen cho một số doanh nghiệp, "
                "hợp tác xã có thành tích tiêu biểu trong sản xuất, kinh doanh và tham gia công "
                "tác an sinh xã hội."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["doanh nghiệp", "đối thoại"],
        "featured": True,
        "state": "published",
    },
    {
        "title": "Hợp tác xã ở Krông Pắc đẩy mạnh cấp mã số vùng trồng sầu riêng phục vụ xuất khẩu",
        "category": "doanh-nghiep",
        "date": "2025-06-18",
        "sapo": (
            "Nhiều hợp tác xã trên địa bàn huyện Krông Pắc đang phối hợp với doanh nghiệp và cơ "
            "quan chuyên môn hoàn thiện hồ sơ cấp mã số vùng trồng, đáp ứng yêu cầu xuất khẩu sầu "
            "riêng chính ngạch."
        ),
        "body": [
            (
                "Theo các hợp tác xã, để được cấp và duy trì mã số vùng trồng, thành viên phải ghi "
                "chép nhật ký canh tác, sử dụng thuốc bảo vệ thực vật trong danh mục được phép và "
                "bảo đảm thời gian cách ly trước thu hoạch. Việc này giúp nông sản đáp ứng yêu cầu "
                "kiểm dịch của thị trường nhập khẩu."
            ),
            (
                "Một số doanh nghiệp thu mua đã ký hợp đồng bao tiêu với hợp tác xã, hỗ trợ tập "
                "huấn kỹ thuật và vật tư đầu vào. Nhờ liên kết này, đầu ra của sản phẩm ổn định "
                "hơn, hạn chế tình trạng bị ép giá vào chính vụ."
            ),
            (
                "Cơ quan chuyên môn của huyện khuyến cáo người dân không phát triển diện tích sầu "
                "riêng ồ ạt ở những vùng không chủ động được nước tưới. Việc sử dụng mã số vùng "
                "trồng cũng được kiểm tra, giám sát chặt chẽ, tránh tình trạng cho mượn, sử dụng "
                "sai mục đích."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "quoted",
        "source_name": "Báo Đắk Lắk",
        "source_ref": (
            "https://baodaklak.vn/kinh-te/krong-pac-day-manh-cap-ma-so-vung-trong-sau-rieng"
        ),
        "tags": ["sầu riêng", "hợp tác xã", "xuất khẩu"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Doanh nghiệp thu mua cà phê tại Krông Pắc chuẩn bị cho niên vụ 2025–2026",
        "category": "doanh-nghiep",
        "date": "2025-11-25",
        "sapo": (
            "Bước vào mùa thu hoạch cà phê, các doanh nghiệp, cơ sở thu mua trên địa bàn huyện đã "
            "chủ động chuẩn bị kho bãi, sân phơi và nguồn vốn để thu mua sản phẩm cho người dân."
        ),
        "body": [
            (
                "Tại thị trấn Phước An và các xã Ea Phê, Ea Kly, Ea Kênh, nhiều cơ sở đã sửa chữa "
                "sân phơi, kiểm tra máy sấy và thiết bị xát. Các cơ sở sẵn sàng tiếp nhận cà phê "
                "tươi và cà phê nhân từ người dân."
            ),
            (
                "Một số doanh nghiệp đẩy mạnh thu mua cà phê chín đồng đều, có chứng nhận sản xuất "
                "bền vững với giá cao hơn cà phê thông thường. Cách làm này khuyến khích người dân "
                "thu hái đúng độ chín, nâng cao chất lượng sản phẩm."
            ),
            (
                "Cơ quan chức năng của huyện khuyến cáo người dân chỉ gửi cà phê tại các cơ sở có "
                "uy tín, có hợp đồng, giấy biên nhận rõ ràng. Lực lượng chức năng cũng tăng cường "
                "kiểm tra, xử lý hành vi trộm cắp nông sản trong mùa thu hoạch."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["cà phê", "thu hoạch"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Tập huấn chuyển đổi số và thương mại điện tử cho hợp tác xã, hộ kinh doanh",
        "category": "doanh-nghiep",
        "date": "2026-03-19",
        "sapo": (
            "Phòng Tài chính – Kế hoạch phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức lớp "
            "tập huấn về chuyển đổi số, bán hàng trên sàn thương mại điện tử cho đại diện hợp tác "
            "xã và hộ kinh doanh."
        ),
        "body": [
            (
                "Tại lớp tập huấn, học viên được hướng dẫn đăng ký, sử dụng hóa đơn điện tử và "
                "thanh toán không dùng tiền mặt. Các học viên cũng được hướng dẫn quảng bá sản "
                "phẩm trên mạng xã hội và đưa sản phẩm lên sàn thương mại điện tử."
            ),
            (
                "Các báo cáo viên lưu ý những quy định về kê khai, nộp thuế đối với hoạt động kinh "
                "doanh trên môi trường mạng. Học viên được hướng dẫn cách bảo vệ thông tin cá nhân "
                "và phòng tránh lừa đảo trực tuyến."
            ),
            (
                "Nhiều hợp tác xã cho biết sẽ áp dụng ngay kiến thức được học để giới thiệu các "
                "sản phẩm chủ lực của địa phương. Các sản phẩm như cà phê, hồ tiêu, sầu riêng, gạo "
                "sẽ được quảng bá đến người tiêu dùng trong và ngoài tỉnh."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "quoted",
        "source_name": "Phòng Tài chính – Kế hoạch huyện",
        "source_ref": "Kế hoạch số 12/KH-TCKH ngày 02/3/2026 của Phòng Tài chính – Kế hoạch huyện",
        "tags": ["chuyển đổi số", "thương mại điện tử"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Cơ sở sản xuất tại Krông Pắc hoàn thiện hồ sơ đăng ký đánh giá sản phẩm OCOP năm 2026"
        ),
        "category": "doanh-nghiep",
        "date": "2026-10-30",
        "sapo": (
            "Nhiều cơ sở sản xuất, hợp tác xã trên địa bàn huyện đang hoàn thiện hồ sơ đăng ký "
            "tham gia đánh giá, phân hạng sản phẩm theo Chương trình Mỗi xã một sản phẩm (OCOP) "
            "năm 2026."
        ),
        "body": [
            (
                "Các chủ thể đăng ký chủ yếu có sản phẩm chế biến từ cà phê, mắc ca, gạo, mật ong "
                "và một số sản phẩm từ sầu riêng. Cán bộ chuyên môn đã trực tiếp đến cơ sở hướng "
                "dẫn xây dựng câu chuyện sản phẩm, hoàn thiện bao bì, nhãn mác và hồ sơ công bố "
                "chất lượng."
            ),
            (
                "Theo kế hoạch, sau khi tiếp nhận hồ sơ, Hội đồng đánh giá, phân hạng sản phẩm "
                "OCOP cấp huyện sẽ tổ chức chấm điểm. Các sản phẩm đủ điều kiện sẽ được đề nghị "
                "cấp tỉnh đánh giá, công nhận."
            ),
            "Khoảng 20 sản phẩm đã đăng ký. Con số này tăng mạnh so với năm trước.",
        ],
        "author": "Đức Anh",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["OCOP", "sản phẩm địa phương"],
        "featured": False,
        "state": "sent_back",
        "comment": (
            "Đề nghị ghi rõ nguồn của số liệu “khoảng 20 sản phẩm” (văn bản nào, của cơ quan nào) "
            "hoặc bỏ con số nếu chưa có báo cáo chính thức. Đoạn cuối quá sơ sài, cần viết lại cho "
            "đầy đủ; kiểm tra lại năm nay có sản phẩm mắc ca đăng ký hay không rồi gửi lại."
        ),
    },
    {
        "title": (
            "Krông Pắc hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024"
        ),
        "category": "tuyen-truyen-pho-bien-phap-luat",
        "date": "2024-11-08",
        "sapo": (
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), các cơ quan, "
            "đơn vị và UBND các xã, thị trấn trên địa bàn huyện đã triển khai nhiều hoạt động "
            "tuyên truyền, phổ biến pháp luật thiết thực."
        ),
        "body": [
            (
                "Phòng Tư pháp huyện, cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục "
                "pháp luật huyện, đã ban hành kế hoạch và hướng dẫn các đơn vị tổ chức hưởng ứng. "
                "Các đơn vị treo băng rôn, khẩu hiệu, đăng tải tin bài trên Trang thông tin điện "
                "tử huyện và hệ thống loa truyền thanh cơ sở."
            ),
            (
                "Nội dung tuyên truyền tập trung vào các luật mới có hiệu lực hoặc sắp có hiệu lực "
                "như Luật Đất đai, Luật Căn cước, Luật Trật tự, an toàn giao thông đường bộ. Các "
                "quy định liên quan trực tiếp đến đời sống người dân được ưu tiên phổ biến."
            ),
            (
                "Tại các xã, thị trấn, nhiều hoạt động như tọa đàm, sân khấu hóa, tư vấn pháp luật "
                "miễn phí được tổ chức tại nhà văn hóa thôn, buôn. Qua đó, góp phần nâng cao ý "
                "thức tôn trọng, chấp hành pháp luật của cán bộ và Nhân dân."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["Ngày Pháp luật", "phổ biến pháp luật"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Tuyên truyền pháp luật song ngữ Việt – Ê Đê cho đồng bào dân tộc thiểu số xã Ea Hiu"
        ),
        "category": "tuyen-truyen-pho-bien-phap-luat",
        "date": "2025-04-16",
        "sapo": (
            "Phòng Tư pháp phối hợp với Phòng Dân tộc huyện và UBND xã Ea Hiu tổ chức hội nghị "
            "tuyên truyền pháp luật cho đồng bào dân tộc thiểu số, sử dụng cả tiếng Việt và tiếng "
            "Ê Đê."
        ),
        "body": [
            (
                "Nội dung tuyên truyền gồm các quy định về hôn nhân và gia đình, phòng, chống tảo "
                "hôn và hôn nhân cận huyết thống. Người dân cũng được phổ biến quy định về phòng, "
                "chống bạo lực gia đình, đất đai và bảo vệ rừng."
            ),
            (
                "Để người dân dễ hiểu, báo cáo viên sử dụng nhiều tình huống thực tế, kết hợp với "
                "người có uy tín trong buôn trực tiếp giải thích bằng tiếng Ê Đê. Người dân được "
                "phát tài liệu hỏi đáp pháp luật song ngữ để tiếp tục tìm hiểu."
            ),
            (
                "Kết thúc hội nghị, nhiều người dân đã đặt câu hỏi về thủ tục đăng ký kết hôn, "
                "khai sinh, cấp giấy chứng nhận quyền sử dụng đất. Các câu hỏi được cán bộ chuyên "
                "môn trả lời, hướng dẫn cụ thể."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["đồng bào dân tộc thiểu số", "song ngữ"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Hội thi hòa giải viên giỏi huyện Krông Pắc năm 2025 thu hút các đội thi từ cơ sở",
        "category": "tuyen-truyen-pho-bien-phap-luat",
        "date": "2025-09-24",
        "sapo": (
            "Phòng Tư pháp huyện tổ chức Hội thi hòa giải viên giỏi năm 2025 với sự tham gia của "
            "các đội thi đến từ các xã, thị trấn."
        ),
        "body": [
            (
                "Hội thi gồm các phần thi chào hỏi, kiến thức pháp luật và xử lý tình huống hòa "
                "giải. Các tình huống được xây dựng từ những mâu thuẫn thường gặp ở cơ sở như "
                "tranh chấp ranh giới đất, mâu thuẫn gia đình, va chạm trong sinh hoạt cộng đồng."
            ),
            (
                "Các đội thi thể hiện sự chuẩn bị công phu, vận dụng linh hoạt quy định của Luật "
                "Hòa giải ở cơ sở. Nhiều đội kết hợp khéo léo với phong tục, tập quán tốt đẹp của "
                "địa phương để thuyết phục các bên."
            ),
            (
                "Ban Tổ chức đã trao giải nhất, nhì, ba và các giải khuyến khích cho các đội thi "
                "có thành tích tốt. Hội thi là dịp để các hòa giải viên trao đổi kinh nghiệm, nâng "
                "cao kỹ năng, góp phần giữ gìn tình đoàn kết ở khu dân cư."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "quoted",
        "source_name": "Phòng Tư pháp huyện",
        "source_ref": "Kế hoạch số 08/KH-PTP ngày 12/8/2025 của Phòng Tư pháp huyện",
        "tags": ["hòa giải ở cơ sở"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Krông Pắc mít tinh hưởng ứng Ngày Toàn dân phòng, chống ma túy 26/6",
        "category": "tuyen-truyen-pho-bien-phap-luat",
        "date": "2026-06-26",
        "sapo": (
            "Sáng 25/6, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội huyện tổ chức lễ mít tinh "
            "hưởng ứng Tháng hành động phòng, chống ma túy, Ngày Quốc tế và Ngày Toàn dân phòng, "
            "chống ma túy 26/6."
        ),
        "body": [
            (
                "Tại lễ mít tinh, đại diện lực lượng Công an thông tin về tác hại của ma túy và "
                "thủ đoạn lôi kéo thanh thiếu niên. Các đối tượng thường ngụy trang ma túy tổng "
                "hợp dưới dạng bánh kẹo, nước uống, thuốc lá điện tử."
            ),
            (
                "Đại diện Huyện đoàn phát động đoàn viên, thanh niên nói không với ma túy, tích "
                "cực tố giác tội phạm ma túy. Nhiều trường học ký cam kết xây dựng môi trường học "
                "đường không ma túy."
            ),
            (
                "Sau lễ mít tinh, đoàn diễu hành tuyên truyền đã đi qua các tuyến đường chính của "
                "thị trấn Phước An. Hoạt động góp phần lan tỏa thông điệp phòng, chống ma túy đến "
                "đông đảo người dân."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["phòng, chống ma túy"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Những điểm mới của Luật Đất đai năm 2024 người dân cần biết",
        "category": "pho-bien-van-ban-moi",
        "date": "2024-08-02",
        "sapo": (
            "Luật Đất đai năm 2024 chính thức có hiệu lực từ ngày 1/8/2024 với nhiều quy định mới "
            "liên quan trực tiếp đến quyền và lợi ích của người sử dụng đất."
        ),
        "body": [
            (
                "Theo quy định mới, Nhà nước không còn ban hành khung giá đất. Bảng giá đất do "
                "UBND cấp tỉnh xây dựng, trình HĐND cùng cấp quyết định, được công bố áp dụng từ "
                "ngày 1/1/2026 và điều chỉnh, sửa đổi, bổ sung khi cần thiết."
            ),
            (
                "Luật mở rộng hạn mức nhận chuyển quyền sử dụng đất nông nghiệp của cá nhân lên "
                "không quá 15 lần hạn mức giao đất nông nghiệp. Cá nhân không trực tiếp sản xuất "
                "nông nghiệp được nhận chuyển nhượng, nhận tặng cho đất trồng lúa trong hạn mức "
                "theo quy định."
            ),
            (
                "Hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử dụng đất, "
                "không vi phạm pháp luật về đất đai, đã sử dụng ổn định trước ngày 1/7/2014 thì "
                "được xem xét cấp giấy chứng nhận. Điều kiện là UBND cấp xã xác nhận đất không có "
                "tranh chấp và phù hợp quy hoạch theo quy định."
            ),
            (
                "Người dân có nhu cầu tìm hiểu thêm có thể liên hệ Phòng Tài nguyên và Môi trường "
                "huyện, Chi nhánh Văn phòng đăng ký đất đai huyện. Công chức địa chính xã, thị "
                "trấn cũng có trách nhiệm hướng dẫn người dân."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "quoted",
        "source_name": "Cổng thông tin điện tử tỉnh Đắk Lắk",
        "source_ref": "https://www.daklak.gov.vn/tin-tuc/nhung-diem-moi-cua-luat-dat-dai-nam-2024",
        "tags": ["Luật Đất đai", "văn bản mới"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Luật Căn cước có hiệu lực từ ngày 1/7/2024: những thay đổi người dân cần lưu ý",
        "category": "pho-bien-van-ban-moi",
        "date": "2024-06-28",
        "sapo": (
            "Từ ngày 1/7/2024, Luật Căn cước năm 2023 chính thức có hiệu lực, thay thế Luật Căn "
            "cước công dân năm 2014, với nhiều quy định mới về thẻ căn cước và căn cước điện tử."
        ),
        "body": [
            (
                "Theo Luật Căn cước, thẻ căn cước công dân được đổi tên thành thẻ căn cước. Thông "
                "tin quê quán được thay bằng nơi đăng ký khai sinh, nơi thường trú được thay bằng "
                "nơi cư trú và không còn in vân tay trên thẻ."
            ),
            (
                "Thẻ căn cước công dân đã được cấp trước ngày 1/7/2024 vẫn có giá trị sử dụng đến "
                "hết thời hạn ghi trên thẻ. Chứng minh nhân dân còn hạn được sử dụng đến hết ngày "
                "31/12/2024."
            ),
            (
                "Công dân Việt Nam từ đủ 14 tuổi trở lên phải thực hiện thủ tục cấp thẻ căn cước; "
                "công dân dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu. Người dân có thể liên "
                "hệ cơ quan Công an nơi cư trú để được hướng dẫn thủ tục."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["Luật Căn cước", "văn bản mới"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Luật Trật tự, an toàn giao thông đường bộ có hiệu lực từ ngày 1/1/2025",
        "category": "pho-bien-van-ban-moi",
        "date": "2024-12-26",
        "sapo": (
            "Luật Trật tự, an toàn giao thông đường bộ năm 2024 có hiệu lực từ ngày 1/1/2025 với "
            "nhiều quy định mới nhằm nâng cao ý thức chấp hành pháp luật của người tham gia giao "
            "thông."
        ),
        "body": [
            (
                "Luật nghiêm cấm điều khiển phương tiện tham gia giao thông đường bộ mà trong máu "
                "hoặc hơi thở có nồng độ cồn. Luật cũng nghiêm cấm điều khiển phương tiện khi "
                "trong cơ thể có chất ma túy, chất kích thích mà luật cấm sử dụng."
            ),
            (
                "Một điểm mới đáng chú ý là điểm của giấy phép lái xe: mỗi giấy phép lái xe có 12 "
                "điểm và bị trừ điểm khi người lái xe vi phạm pháp luật. Trường hợp bị trừ hết "
                "điểm, người lái xe không được điều khiển phương tiện cho đến khi tham gia kiểm "
                "tra kiến thức theo quy định."
            ),
            (
                "UBND huyện đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn tăng cường tuyên "
                "truyền nội dung Luật đến cán bộ, công chức, người lao động và Nhân dân. Học sinh, "
                "thanh thiếu niên đi xe mô tô, xe gắn máy là đối tượng cần được chú trọng tuyên "
                "truyền."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["an toàn giao thông", "văn bản mới"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Bộ phận Một cửa huyện đẩy mạnh tiếp nhận hồ sơ trực tuyến trên Cổng Dịch vụ công",
        "category": "cai-cach-hanh-chinh",
        "date": "2024-05-21",
        "sapo": (
            "Bộ phận Tiếp nhận và Trả kết quả thuộc Văn phòng HĐND và UBND huyện đang tích cực "
            "hướng dẫn người dân, doanh nghiệp nộp hồ sơ thủ tục hành chính trực tuyến trên Cổng "
            "Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."
        ),
        "body": [
            (
                "Tại Bộ phận Một cửa, công chức được bố trí hỗ trợ người dân đăng nhập bằng tài "
                "khoản định danh điện tử VNeID, điền tờ khai và đính kèm thành phần hồ sơ. Nhiều "
                "thủ tục trong các lĩnh vực hộ tịch, chứng thực, đăng ký hộ kinh doanh có thể nộp "
                "hoàn toàn trực tuyến."
            ),
            (
                "Kết quả giải quyết thủ tục hành chính được trả qua dịch vụ bưu chính công ích "
                "hoặc trực tiếp tại Bộ phận Một cửa theo lựa chọn của người dân. Người dân có thể "
                "theo dõi tình trạng hồ sơ và đánh giá mức độ hài lòng ngay trên hệ thống."
            ),
            (
                "Văn phòng HĐND và UBND huyện sẽ tiếp tục phối hợp với các phòng chuyên môn rà "
                "soát, công khai đầy đủ quy trình, thời hạn giải quyết thủ tục hành chính. Tên "
                "người chịu trách nhiệm trong từng khâu cũng được công khai theo Điều 7 Quy chế "
                "hoạt động của Trang thông tin điện tử huyện."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["cải cách hành chính", "dịch vụ công trực tuyến"],
        "featured": True,
        "state": "published",
    },
    {
        "title": "Đẩy mạnh triển khai Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử",
        "category": "cai-cach-hanh-chinh",
        "date": "2025-02-18",
        "sapo": (
            "UBND huyện vừa ban hành kế hoạch tiếp tục triển khai Đề án phát triển ứng dụng dữ "
            "liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án "
            "06) trên địa bàn huyện năm 2025."
        ),
        "body": [
            (
                "Theo kế hoạch, các cơ quan, đơn vị tập trung làm sạch dữ liệu chuyên ngành, kết "
                "nối với Cơ sở dữ liệu quốc gia về dân cư. Người dân được hướng dẫn kích hoạt và "
                "sử dụng tài khoản định danh điện tử mức độ 2 để thực hiện thủ tục hành chính."
            ),
            (
                "Ngành giáo dục, y tế và bảo hiểm xã hội được giao đẩy mạnh thanh toán không dùng "
                "tiền mặt đối với học phí, viện phí và chi trả an sinh xã hội. Người dân có thể sử "
                "dụng thẻ căn cước hoặc ứng dụng VNeID thay thẻ bảo hiểm y tế giấy khi khám, chữa "
                "bệnh."
            ),
            (
                "UBND huyện yêu cầu thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị "
                "trấn chịu trách nhiệm về kết quả triển khai Đề án 06 tại đơn vị, địa phương mình. "
                "Kết quả thực hiện được báo cáo định kỳ về Công an huyện và Văn phòng HĐND và UBND "
                "huyện để tổng hợp."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": "Kế hoạch số 36/KH-UBND ngày 14/02/2025 của UBND huyện Krông Pắc",
        "tags": ["Đề án 06", "chuyển đổi số"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "UBND huyện triển khai nhiệm vụ cải cách hành chính và chuyển đổi số năm 2026",
        "category": "cai-cach-hanh-chinh",
        "date": "2026-02-10",
        "sapo": (
            "UBND huyện Krông Pắc tổ chức hội nghị triển khai kế hoạch cải cách hành chính, chuyển "
            "đổi số năm 2026 đối với các cơ quan chuyên môn và UBND các xã, thị trấn."
        ),
        "body": [
            (
                "Kế hoạch năm 2026 tập trung vào sáu nội dung: cải cách thể chế, cải cách thủ tục "
                "hành chính, cải cách tổ chức bộ máy, cải cách chế độ công vụ, cải cách tài chính "
                "công và xây dựng, phát triển chính quyền điện tử, chính quyền số. Mỗi nội dung "
                "đều được giao cơ quan chủ trì và thời hạn hoàn thành cụ thể."
            ),
            (
                "Các đơn vị được yêu cầu tiếp tục rà soát, cắt giảm thành phần hồ sơ, thời gian "
                "giải quyết thủ tục hành chính và tăng tỷ lệ hồ sơ nộp trực tuyến toàn trình. Việc "
                "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính phải được thực hiện theo quy "
                "định."
            ),
            (
                "Chủ tịch UBND huyện nhấn mạnh, kết quả cải cách hành chính là một trong những "
                "tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị. "
                "Các đơn vị cần tăng cường kiểm tra công vụ, xử lý nghiêm cán bộ, công chức gây "
                "phiền hà cho người dân, doanh nghiệp."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["cải cách hành chính", "chuyển đổi số"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Hướng dẫn nộp trực tuyến nhóm thủ tục liên thông khai sinh, thường trú, bảo hiểm y tế"
        ),
        "category": "cai-cach-hanh-chinh",
        "date": "2026-10-25",
        "sapo": (
            "Người dân có thể thực hiện đồng thời các thủ tục đăng ký khai sinh, đăng ký thường "
            "trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi qua một lần nộp hồ sơ trực tuyến."
        ),
        "body": [
            (
                "Để thực hiện, cha hoặc mẹ của trẻ truy cập Cổng Dịch vụ công quốc gia hoặc ứng "
                "dụng VNeID, đăng nhập bằng tài khoản định danh điện tử mức độ 2. Sau đó, người "
                "dân lựa chọn nhóm thủ tục liên thông đăng ký khai sinh – đăng ký thường trú – cấp "
                "thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi."
            ),
            (
                "Người dân điền đầy đủ thông tin theo biểu mẫu điện tử, tải lên bản chụp giấy "
                "chứng sinh và các giấy tờ liên quan. Kết quả giải quyết được gửi qua tài khoản "
                "trên Cổng Dịch vụ công hoặc trả qua dịch vụ bưu chính nếu người dân có yêu cầu."
            ),
            (
                "Trường hợp gặp khó khăn, người dân liên hệ công chức tư pháp – hộ tịch tại UBND "
                "xã, thị trấn nơi cư trú. Công chức có trách nhiệm hỗ trợ người dân thực hiện thủ "
                "tục trực tuyến."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["hộ tịch", "dịch vụ công trực tuyến"],
        "featured": False,
        "state": "editing",
    },
    {
        "title": "HĐND huyện thông qua Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm 2025",
        "category": "chinh-sach-quy-hoach-ke-hoach",
        "date": "2024-12-20",
        "sapo": (
            "Tại kỳ họp cuối năm 2024, HĐND huyện Krông Pắc đã thông qua Nghị quyết về nhiệm vụ "
            "phát triển kinh tế – xã hội, quốc phòng – an ninh năm 2025, đề ra các mục tiêu và "
            "giải pháp trọng tâm."
        ),
        "body": [
            (
                "Nghị quyết xác định tiếp tục phát triển nông nghiệp theo hướng ứng dụng công nghệ "
                "cao, nâng cao giá trị các cây trồng chủ lực. Huyện đẩy mạnh xây dựng nông thôn "
                "mới, phát triển đô thị Phước An, tăng cường thu hút đầu tư, phát triển thương "
                "mại, dịch vụ."
            ),
            (
                "Về văn hóa – xã hội, huyện tập trung nâng cao chất lượng giáo dục, chăm sóc sức "
                "khỏe Nhân dân và thực hiện tốt chính sách đối với người có công. Công tác giảm "
                "nghèo bền vững, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo được "
                "xác định là nhiệm vụ ưu tiên."
            ),
            (
                "HĐND huyện giao UBND huyện cụ thể hóa Nghị quyết thành kế hoạch, chương trình "
                "hành động. Thường trực HĐND, các ban của HĐND và đại biểu HĐND huyện giám sát "
                "việc thực hiện."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": "Nghị quyết số 45/NQ-HĐND ngày 18/12/2024 của HĐND huyện Krông Pắc",
        "tags": ["kế hoạch năm 2025", "HĐND huyện"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Krông Pắc tập trung hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
        "category": "chinh-sach-quy-hoach-ke-hoach",
        "date": "2025-03-28",
        "sapo": (
            "Hưởng ứng phong trào thi đua chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước, "
            "huyện Krông Pắc đang huy động các nguồn lực để hỗ trợ hộ nghèo, hộ cận nghèo, gia "
            "đình chính sách có nhà ở hư hỏng."
        ),
        "body": [
            (
                "Ban Chỉ đạo của huyện đã chỉ đạo các xã, thị trấn rà soát, lập danh sách các hộ "
                "đủ điều kiện hỗ trợ xây mới hoặc sửa chữa nhà ở. Việc bình xét bảo đảm công khai, "
                "đúng đối tượng, có sự giám sát của Ủy ban MTTQ Việt Nam và các đoàn thể."
            ),
            (
                "Nguồn kinh phí hỗ trợ được huy động từ ngân sách nhà nước, Quỹ Vì người nghèo và "
                "sự đóng góp của doanh nghiệp, nhà hảo tâm. Nhiều địa phương còn huy động đoàn "
                "viên thanh niên, hội viên cựu chiến binh góp ngày công giúp các gia đình dựng nhà."
            ),
            (
                "UBND huyện yêu cầu các đơn vị đôn đốc tiến độ, bảo đảm các căn nhà được xây dựng "
                "theo tiêu chí “ba cứng” gồm nền cứng, khung – tường cứng và mái cứng. Các công "
                "trình phải hoàn thành đúng kế hoạch để người dân sớm ổn định cuộc sống."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["an sinh xã hội", "nhà ở"],
        "featured": True,
        "state": "published",
    },
    {
        "title": "UBND huyện ban hành kế hoạch phòng, chống hạn cho cây trồng mùa khô 2025–2026",
        "category": "chinh-sach-quy-hoach-ke-hoach",
        "date": "2026-01-15",
        "sapo": (
            "Để chủ động ứng phó với tình trạng thiếu nước trong mùa khô, UBND huyện Krông Pắc đã "
            "ban hành kế hoạch phòng, chống hạn cho cây trồng mùa khô 2025–2026."
        ),
        "body": [
            (
                "Theo kế hoạch, các đơn vị quản lý công trình thủy lợi phải kiểm tra, nạo vét kênh "
                "mương, sửa chữa cống, bảo đảm dẫn nước thông suốt. Lịch tưới luân phiên được xây "
                "dựng hợp lý giữa các vùng, ưu tiên nước sinh hoạt và cây trồng lâu năm."
            ),
            (
                "UBND các xã, thị trấn được giao rà soát diện tích có nguy cơ thiếu nước, vận động "
                "người dân không xuống giống ở những vùng không chủ động được nguồn nước. Người "
                "dân được khuyến khích chuyển đổi sang cây trồng cạn ít dùng nước."
            ),
            (
                "Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn người dân áp dụng biện pháp "
                "tưới tiết kiệm như tưới nhỏ giọt, tưới phun mưa, tủ gốc giữ ẩm cho cà phê, hồ "
                "tiêu, sầu riêng. Các địa phương theo dõi diễn biến thời tiết và báo cáo kịp thời "
                "khi có thiệt hại."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["phòng, chống hạn", "thủy lợi"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Chính sách tín dụng ưu đãi cho hộ cận nghèo, hộ mới thoát nghèo năm 2026",
        "category": "chinh-sach-quy-hoach-ke-hoach",
        "date": "2026-11-05",
        "sapo": (
            "Ngân hàng Chính sách xã hội tiếp tục triển khai các chương trình cho vay ưu đãi đối "
            "với hộ cận nghèo, hộ mới thoát nghèo để phát triển sản xuất, ổn định cuộc sống."
        ),
        "body": [
            (
                "Hộ cận nghèo, hộ mới thoát nghèo có nhu cầu vay vốn để sản xuất, kinh doanh làm "
                "đơn đề nghị và gửi Tổ tiết kiệm và vay vốn tại thôn, buôn. Tổ sẽ tổ chức bình xét "
                "theo quy định."
            ),
            (
                "Việc bình xét cho vay được thực hiện công khai tại cuộc họp tổ, có sự tham gia "
                "của đại diện chính quyền và hội đoàn thể nhận ủy thác. Danh sách hộ đề nghị vay "
                "được UBND xã, thị trấn xác nhận trước khi chuyển đến ngân hàng."
            ),
            (
                "Mức cho vay, lãi suất và thời hạn vay thực hiện theo quy định hiện hành của Chính "
                "phủ và hướng dẫn của Ngân hàng Chính sách xã hội. Người dân cần tìm hiểu kỹ và sử "
                "dụng vốn vay đúng mục đích."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "quoted",
        "source_name": "",
        "source_ref": "",
        "tags": ["tín dụng chính sách", "giảm nghèo"],
        "featured": False,
        "state": "draft",
    },
    {
        "title": "Đoàn công tác của huyện kiểm tra tiến độ xây dựng nông thôn mới tại các xã",
        "category": "xay-dung-nong-thon-moi",
        "date": "2024-06-19",
        "sapo": (
            "Từ ngày 12 đến 18/6, đoàn công tác của Ban Chỉ đạo các Chương trình mục tiêu quốc gia "
            "huyện đã kiểm tra tiến độ thực hiện các tiêu chí nông thôn mới tại một số xã."
        ),
        "body": [
            (
                "Đoàn đã làm việc tại các xã Ea Knuếc, Hòa Đông, Ea Uy và Ea Yiêng. Tại mỗi xã, "
                "đoàn kiểm tra thực tế các công trình giao thông, trường học, nhà văn hóa thôn và "
                "việc thực hiện tiêu chí môi trường, an toàn thực phẩm."
            ),
            (
                "Qua kiểm tra, đoàn ghi nhận các xã đã chủ động lồng ghép nguồn vốn, huy động "
                "người dân tham gia xây dựng nông thôn mới. Tuy nhiên, một số tiêu chí như thu "
                "nhập, hộ nghèo, môi trường còn gặp khó khăn, cần có giải pháp căn cơ hơn."
            ),
            (
                "Đoàn đề nghị các xã tập trung hoàn thiện hồ sơ minh chứng từng tiêu chí, chú "
                "trọng chất lượng và tính bền vững. Các địa phương cần phát huy vai trò chủ thể "
                "của người dân, tránh chạy theo thành tích."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["nông thôn mới"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Krông Pắc tổ chức chấm điểm năm 2025"
        ),
        "category": "xay-dung-nong-thon-moi",
        "date": "2025-08-21",
        "sapo": (
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện đã tổ chức đánh giá các sản phẩm do "
            "các chủ thể trên địa bàn huyện đăng ký tham gia Chương trình năm 2025."
        ),
        "body": [
            (
                "Các sản phẩm tham gia đánh giá chủ yếu thuộc nhóm thực phẩm như cà phê rang xay, "
                "hồ tiêu, gạo và sản phẩm chế biến từ trái cây. Hội đồng đã nghe đại diện các chủ "
                "thể giới thiệu sản phẩm, quy trình sản xuất và câu chuyện sản phẩm."
            ),
            (
                "Việc chấm điểm được thực hiện theo Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP "
                "hiện hành. Các sản phẩm đủ điều kiện sẽ được hoàn thiện hồ sơ, đề nghị cấp tỉnh "
                "xem xét, công nhận theo quy định."
            ),
            (
                "Thông qua Chương trình OCOP, các chủ thể được hỗ trợ cải tiến mẫu mã, nâng cao "
                "chất lượng sản phẩm. Từng bước xây dựng thương hiệu cho nông sản địa phương, góp "
                "phần nâng cao thu nhập cho người dân nông thôn."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "quoted",
        "source_name": "Phòng Nông nghiệp và Phát triển nông thôn huyện",
        "source_ref": (
            "Thông báo số 17/TB-HĐ ngày 20/8/2025 của Hội đồng đánh giá, phân hạng sản phẩm OCOP "
            "huyện"
        ),
        "tags": ["OCOP", "nông thôn mới"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Xây dựng khu dân cư nông thôn mới kiểu mẫu gắn với vai trò chủ thể của người dân",
        "category": "xay-dung-nong-thon-moi",
        "date": "2026-05-12",
        "sapo": (
            "Nhiều thôn, buôn trên địa bàn huyện Krông Pắc đang tích cực xây dựng khu dân cư nông "
            "thôn mới kiểu mẫu với những tuyến đường hoa, hàng rào xanh và các mô hình tự quản về "
            "an ninh trật tự."
        ),
        "body": [
            (
                "Tại các thôn đăng ký xây dựng khu dân cư kiểu mẫu, người dân tự nguyện chỉnh "
                "trang nhà cửa, hàng rào, cổng ngõ và trồng hoa, cây xanh dọc các tuyến đường. "
                "Việc thu gom, phân loại rác thải được thực hiện ngay tại hộ gia đình."
            ),
            (
                "Các mô hình “Camera an ninh”, “Tổ tự quản an ninh trật tự” được duy trì, góp phần "
                "phòng ngừa trộm cắp tài sản, nông sản. Ban Công tác Mặt trận thôn thường xuyên "
                "vận động người dân thực hiện nếp sống văn minh trong việc cưới, việc tang."
            ),
            (
                "Theo cơ quan thường trực nông thôn mới của huyện, khu dân cư kiểu mẫu không chỉ "
                "dựa vào nguồn lực nhà nước mà quan trọng hơn là sự đồng thuận của người dân. Từ "
                "các thôn, buôn điểm, phong trào sẽ tạo sức lan tỏa ra toàn xã."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["nông thôn mới", "khu dân cư kiểu mẫu"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Mời thầu gói thầu sửa chữa, nâng cấp phòng học một số trường tiểu học trên địa bàn "
            "huyện"
        ),
        "category": "du-an-dau-tu-dau-thau",
        "date": "2024-03-11",
        "sapo": (
            "Ban Quản lý dự án đầu tư xây dựng huyện thông báo mời thầu gói thầu thi công sửa "
            "chữa, nâng cấp phòng học và công trình phụ trợ tại một số trường tiểu học trên địa "
            "bàn huyện."
        ),
        "body": [
            (
                "Gói thầu được tổ chức lựa chọn nhà thầu theo hình thức đấu thầu rộng rãi trong "
                "nước, qua mạng, phương thức một giai đoạn một túi hồ sơ. Nguồn vốn thực hiện từ "
                "ngân sách huyện năm 2024."
            ),
            (
                "Hồ sơ mời thầu được phát hành miễn phí trên Hệ thống mạng đấu thầu quốc gia. Nhà "
                "thầu quan tâm tham khảo thông tin chi tiết về thời điểm đóng thầu, yêu cầu về "
                "năng lực, kinh nghiệm và bảo đảm dự thầu trong thông báo mời thầu đăng tải trên "
                "hệ thống."
            ),
            (
                "Mọi đề nghị làm rõ hồ sơ mời thầu được gửi qua Hệ thống mạng đấu thầu quốc gia "
                "theo quy định. Bên mời thầu không giải quyết các yêu cầu gửi qua kênh khác."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "quoted",
        "source_name": "Ban Quản lý dự án đầu tư xây dựng huyện",
        "source_ref": (
            "Thông báo mời thầu đăng trên Hệ thống mạng đấu thầu quốc gia (muasamcong.mpi.gov.vn), "
            "tháng 3/2024"
        ),
        "tags": ["đấu thầu", "trường học"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Khởi công nâng cấp tuyến đường giao thông liên xã qua địa bàn xã Ea Phê",
        "category": "du-an-dau-tu-dau-thau",
        "date": "2024-09-26",
        "sapo": (
            "Ngày 25/9, UBND huyện Krông Pắc tổ chức lễ khởi công công trình nâng cấp, mở rộng "
            "tuyến đường giao thông liên xã đi qua địa bàn xã Ea Phê."
        ),
        "body": [
            (
                "Công trình do Ban Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư. Nguồn vốn "
                "thực hiện từ ngân sách huyện và nguồn vốn Chương trình mục tiêu quốc gia xây dựng "
                "nông thôn mới."
            ),
            (
                "Tuyến đường sau khi hoàn thành sẽ được thảm nhựa, có hệ thống rãnh thoát nước và "
                "biển báo. Công trình góp phần kết nối các vùng sản xuất cà phê, sầu riêng với "
                "Quốc lộ 26, thuận lợi cho việc vận chuyển nông sản."
            ),
            (
                "Phát biểu tại lễ khởi công, lãnh đạo UBND huyện đề nghị đơn vị thi công bố trí đủ "
                "nhân lực, máy móc, bảo đảm chất lượng, tiến độ và an toàn giao thông. Chính quyền "
                "địa phương và người dân được đề nghị phối hợp, tạo điều kiện về mặt bằng thi công."
            ),
        ],
        "author": "Quang Huy",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["giao thông", "đầu tư công"],
        "featured": True,
        "state": "published",
    },
    {
        "title": "Phê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị dạy học trung học cơ sở",
        "category": "du-an-dau-tu-dau-thau",
        "date": "2025-07-08",
        "sapo": (
            "UBND huyện vừa phê duyệt kế hoạch lựa chọn nhà thầu gói thầu mua sắm thiết bị dạy học "
            "tối thiểu phục vụ Chương trình giáo dục phổ thông 2018 cho các trường trung học cơ sở "
            "trên địa bàn."
        ),
        "body": [
            (
                "Theo kế hoạch, gói thầu được thực hiện theo hình thức đấu thầu rộng rãi qua mạng, "
                "loại hợp đồng trọn gói. Nguồn vốn từ kinh phí sự nghiệp giáo dục năm 2025 đã được "
                "giao."
            ),
            (
                "Phòng Giáo dục và Đào tạo được giao tổ chức lựa chọn nhà thầu theo đúng quy định "
                "của Luật Đấu thầu, bảo đảm cạnh tranh, công bằng, minh bạch và hiệu quả kinh tế. "
                "Thiết bị phải đúng danh mục, tiêu chuẩn kỹ thuật theo quy định của Bộ Giáo dục và "
                "Đào tạo."
            ),
            (
                "Sau khi hoàn thành mua sắm, các trường có trách nhiệm tiếp nhận, quản lý, sử dụng "
                "thiết bị đúng mục đích. Kết quả tiếp nhận được báo cáo về Phòng Giáo dục và Đào "
                "tạo."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": "Quyết định số 1520/QĐ-UBND ngày 04/7/2025 của UBND huyện Krông Pắc",
        "tags": ["mua sắm công", "giáo dục"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Nghiệm thu, đưa vào sử dụng công trình cải tạo Trạm Y tế xã Hòa Đông",
        "category": "du-an-dau-tu-dau-thau",
        "date": "2026-10-29",
        "sapo": (
            "Công trình cải tạo, sửa chữa Trạm Y tế xã Hòa Đông vừa được nghiệm thu, bàn giao đưa "
            "vào sử dụng, góp phần nâng cao chất lượng khám, chữa bệnh ban đầu cho người dân."
        ),
        "body": [
            (
                "Công trình gồm các hạng mục sửa chữa mái, chống thấm, lát lại nền, cải tạo phòng "
                "khám, phòng tiêm chủng, khu vệ sinh và hệ thống điện, nước. Nguồn vốn từ Chương "
                "trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách huyện."
            ),
            (
                "Hội đồng nghiệm thu gồm đại diện chủ đầu tư, đơn vị tư vấn giám sát, đơn vị thi "
                "công, Phòng Y tế huyện và UBND xã. Sau khi kiểm tra hiện trường, hồ sơ chất "
                "lượng, hội đồng thống nhất nghiệm thu đưa công trình vào sử dụng."
            ),
            (
                "Trạm Y tế xã được giao quản lý, sử dụng và bảo trì công trình theo quy định. Các "
                "phòng chức năng được bố trí lại hợp lý để phục vụ người dân tốt hơn."
            ),
        ],
        "author": "Ngọc Lan",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["y tế cơ sở", "đầu tư công"],
        "featured": False,
        "state": "approving",
    },
    {
        "title": "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2024",
        "category": "thong-bao",
        "date": "2024-02-01",
        "sapo": (
            "Văn phòng HĐND và UBND huyện thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND "
            "huyện Krông Pắc năm 2024 để các tổ chức, cá nhân biết, liên hệ."
        ),
        "body": [
            (
                "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp "
                "công dân huyện, thị trấn Phước An; nếu trùng ngày nghỉ, ngày lễ thì chuyển sang "
                "ngày làm việc tiếp theo. Trường hợp Chủ tịch UBND huyện bận công tác đột xuất, "
                "việc tiếp công dân do Phó Chủ tịch UBND huyện được ủy quyền thực hiện."
            ),
            (
                "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo giấy "
                "tờ tùy thân và các tài liệu liên quan. Trường hợp nhiều người cùng khiếu nại về "
                "một nội dung thì cử người đại diện theo quy định của Luật Tiếp công dân."
            ),
            (
                "Ngoài lịch tiếp định kỳ, Ban Tiếp công dân huyện tiếp công dân thường xuyên vào "
                "các ngày làm việc trong tuần. Lịch tiếp công dân được niêm yết tại trụ sở và đăng "
                "trên Trang thông tin điện tử huyện."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": "Thông báo số 12/TB-VP ngày 30/01/2024 của Văn phòng HĐND và UBND huyện",
        "tags": ["tiếp công dân", "thông báo"],
        "featured": False,
        "state": "published",
    },
    {
        "title": "Thông báo tuyển dụng viên chức sự nghiệp giáo dục huyện Krông Pắc năm 2024",
        "category": "thong-bao",
        "date": "2024-06-10",
        "sapo": (
            "UBND huyện Krông Pắc thông báo tuyển dụng viên chức làm việc tại các trường mầm non, "
            "tiểu học và trung học cơ sở công lập trực thuộc năm 2024."
        ),
        "body": [
            (
                "Người đăng ký dự tuyển phải đáp ứng các điều kiện theo quy định của Luật Viên "
                "chức. Người dự tuyển phải có trình độ đào tạo phù hợp với vị trí việc làm theo "
                "chuẩn trình độ đào tạo của nhà giáo và có đủ sức khỏe để thực hiện nhiệm vụ."
            ),
            (
                "Chỉ tiêu theo từng vị trí việc làm, hình thức tuyển dụng, thời gian và địa điểm "
                "nhận Phiếu đăng ký dự tuyển được nêu cụ thể trong thông báo kèm theo. Người dự "
                "tuyển nộp Phiếu đăng ký tại Phòng Nội vụ huyện hoặc gửi qua đường bưu chính."
            ),
            (
                "Mọi thông tin chi tiết, đề nghị liên hệ Phòng Nội vụ huyện trong giờ hành chính. "
                "Danh sách thí sinh đủ điều kiện dự tuyển sẽ được niêm yết công khai tại trụ sở và "
                "đăng trên Trang thông tin điện tử huyện."
            ),
        ],
        "author": "Đức Anh",
        "source_kind": "quoted",
        "source_name": "Phòng Nội vụ huyện",
        "source_ref": "Thông báo số 85/TB-UBND ngày 07/6/2024 của UBND huyện Krông Pắc",
        "tags": ["tuyển dụng", "viên chức"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Thông báo lịch trực Tết Nguyên đán Bính Ngọ năm 2026 của các cơ quan, đơn vị huyện"
        ),
        "category": "thong-bao",
        "date": "2026-02-06",
        "sapo": (
            "UBND huyện yêu cầu các cơ quan, đơn vị và UBND các xã, thị trấn bố trí lịch trực Tết "
            "Nguyên đán Bính Ngọ năm 2026, bảo đảm giải quyết kịp thời các công việc phát sinh."
        ),
        "body": [
            (
                "Thủ trưởng các cơ quan, đơn vị phân công cán bộ, công chức trực 24/24 giờ trong "
                "những ngày nghỉ Tết theo quy định. Danh sách trực và số điện thoại liên hệ được "
                "gửi về Văn phòng HĐND và UBND huyện để tổng hợp."
            ),
            (
                "Các lực lượng công an, quân sự, y tế, điện lực và đơn vị cấp nước xây dựng phương "
                "án trực sẵn sàng. Nhiệm vụ trọng tâm là bảo đảm an ninh trật tự, phòng, chống "
                "cháy nổ, cấp cứu người bệnh và cung cấp điện, nước sinh hoạt cho Nhân dân."
            ),
            (
                "Khi có tình huống đột xuất, các đơn vị báo cáo ngay về Thường trực UBND huyện. Số "
                "điện thoại trực của Văn phòng HĐND và UBND huyện là 0262.3500.103."
            ),
        ],
        "author": "Thu Trang",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["Tết Bính Ngọ", "lịch trực"],
        "featured": False,
        "state": "published",
    },
    {
        "title": (
            "Lấy ý kiến Nhân dân về dự thảo quy hoạch chi tiết khu dân cư tại thị trấn Phước An"
        ),
        "category": "thong-bao",
        "date": "2026-11-02",
        "sapo": (
            "UBND huyện tổ chức lấy ý kiến cơ quan, tổ chức, cộng đồng dân cư về dự thảo đồ án quy "
            "hoạch chi tiết xây dựng một khu dân cư trên địa bàn thị trấn Phước An."
        ),
        "body": [
            (
                "Hồ sơ dự thảo đồ án gồm thuyết minh, bản vẽ quy hoạch tổng mặt bằng sử dụng đất "
                "và quy hoạch hệ thống hạ tầng kỹ thuật. Hồ sơ được niêm yết tại trụ sở UBND thị "
                "trấn Phước An và Phòng Kinh tế và Hạ tầng huyện."
            ),
            (
                "Tổ chức, cá nhân có ý kiến góp ý bằng văn bản gửi về Phòng Kinh tế và Hạ tầng "
                "huyện. Người dân cũng có thể góp ý trực tiếp tại mục Lấy ý kiến trên Trang thông "
                "tin điện tử huyện."
            ),
            (
                "Sau thời hạn lấy ý kiến, cơ quan tổ chức lập quy hoạch sẽ tổng hợp, tiếp thu, "
                "giải trình. Hồ sơ được hoàn thiện để trình cấp có thẩm quyền phê duyệt."
            ),
        ],
        "author": "Hồng Nhung",
        "source_kind": "own",
        "source_name": "",
        "source_ref": "",
        "tags": ["quy hoạch", "lấy ý kiến"],
        "featured": False,
        "state": "sent_back",
        "comment": (
            "Tin còn thiếu thời hạn lấy ý kiến (từ ngày nào đến ngày nào), vị trí và quy mô khu "
            "dân cư. Đề nghị bổ sung theo văn bản của UBND huyện, ghi số hiệu văn bản làm nguồn "
            "tin rồi gửi lại để biên tập."
        ),
    },
    {
        "title": (
            "Thực hiện nghiêm Quy chế cung cấp, cập nhật thông tin lên Trang thông tin điện tử "
            "huyện"
        ),
        "category": "thong-bao",
        "date": "2025-04-08",
        "sapo": (
            "Văn phòng HĐND và UBND huyện đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn thực "
            "hiện nghiêm Quy chế hoạt động của Trang thông tin điện tử huyện trong việc cung cấp, "
            "cập nhật thông tin."
        ),
        "body": [
            (
                "Theo Quy chế, các đơn vị có trách nhiệm cập nhật đầy đủ, chính xác, kịp thời các "
                "thông tin thuộc lĩnh vực quản lý, nhất là quy trình, thủ tục hành chính, tên "
                "người chịu trách nhiệm từng khâu và thời hạn giải quyết. Thủ trưởng đơn vị chịu "
                "trách nhiệm trước UBND huyện về thông tin do đơn vị mình cung cấp."
            ),
            (
                "Mỗi đơn vị phân công cán bộ phụ trách việc cập nhật thông tin và bảo mật tài "
                "khoản, mật khẩu được cấp. Thông tin sử dụng tiếng Việt theo bảng mã Unicode – "
                "TCVN 6909:2001."
            ),
            (
                "Tin, bài được đăng theo quy trình ba bước: cập nhật tin, biên tập tin và duyệt "
                "tin. Tin biên tập mới hoặc đăng lại từ nguồn khác phải ghi rõ trích nguồn tin; "
                "chỉ tin đã được Trưởng Ban Biên tập hoặc người được ủy quyền duyệt mới được hiển "
                "thị trên trang."
            ),
        ],
        "author": "Minh Hà",
        "source_kind": "quoted",
        "source_name": "Văn phòng HĐND và UBND huyện",
        "source_ref": (
            "Quy chế ban hành kèm theo Quyết định số 4635/QĐ-UBND ngày 19/8/2011 của UBND huyện "
            "Krông Pắc (Chủ tịch UBND huyện Nguyễn Sỹ Kỳ ký)"
        ),
        "tags": ["Trang thông tin điện tử", "quy chế"],
        "featured": False,
        "state": "published",
    },
]
