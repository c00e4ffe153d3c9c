"""Yes/no verdicts: each value the question asserts is checked against the answering clause."""

from __future__ import annotations

import dataclasses

from assistant.answering.claims import NO, YES, document_verdict
from assistant.answering.understand import understand
from assistant.answering.verdict import verdict

from .units import DOC, unit

REPORT = unit("Kiểm tra, giám sát và định kỳ trước ngày 20 tháng 11 hàng năm, gửi báo cáo tình hình, kết quả thực "
              "hiện về Sở Giáo dục và Đào tạo để tổng hợp báo cáo Ủy ban nhân dân tỉnh",
              "VII. Tổ chức thực hiện › 11. Ủy ban nhân dân các huyện, thị xã, thành phố")


def test_the_asserted_agency_and_date_hold() -> None:
    q = understand("UBND huyện gửi báo cáo về Sở GD&ĐT trước 20/11 phải không?")
    assert verdict(q, [REPORT], 0.9) == YES


def test_a_wrong_recipient_or_date_is_no() -> None:
    assert verdict(understand("ubnd huyen gui bc ve so noi vu truoc 20/11 ha"), [REPORT], 0.9) == NO
    assert verdict(understand("UBND huyện báo cáo trước ngày 15/12 đúng không?"), [REPORT], 0.9) == NO


def test_another_role_or_another_actor_is_no() -> None:
    lead = unit("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo hướng dẫn khen thưởng sơ kết, tổng kết.",
                "VII. Tổ chức thực hiện › 2. Sở Nội vụ")
    # a "no" answers with the verb the question asks with
    assert verdict(understand("Sở GD&ĐT có phải là cơ quan chủ trì hướng dẫn khen thưởng không?"), [lead], 0.9) == "Không phải."
    assert verdict(understand("Sở Nội vụ chủ trì hướng dẫn khen thưởng phải không?"), [lead], 0.9) == YES
    helper = unit("Phối hợp với Sở Giáo dục và Đào tạo lồng ghép các danh hiệu thi đua.",
                  "VII. Tổ chức thực hiện › 5. Sở Văn hóa, Thể thao và Du lịch")
    assert verdict(understand("Sở Văn hóa chủ trì lồng ghép danh hiệu phải không?"), [helper], 0.9) == NO


def test_a_no_echoes_the_questions_verb_and_a_yes_stays_plain() -> None:
    assert verdict(understand("ubnd huyen co duoc gui bc ve so noi vu truoc 20/11 ko"), [REPORT], 0.9) == "Không được."
    assert verdict(understand("UBND huyện có cần báo cáo trước ngày 15/12 không?"), [REPORT], 0.9) == "Không cần."
    assert verdict(understand("UBND huyện có phải gửi báo cáo về Sở GD&ĐT trước 20/11 không?"), [REPORT], 0.9) == YES


def test_a_percentage_is_checked_for_the_title_asked() -> None:
    targets = unit("- 70% gia đình được công nhận Gia đình học tập , 65% Cộng đồng khu , ấp đạt danh hiệu "
                   "Cộng đồng học tập , 25% Huyện, Thị, Thành đạt danh hiệu Huyện học tập .")
    assert verdict(understand("chỉ tiêu cộng đồng học tập là 65% đúng không?"), [targets], 0.9) == YES
    assert verdict(understand("chỉ tiêu cộng đồng học tập là 70% đúng không?"), [targets], 0.9) == NO


def test_nothing_checkable_leaves_it_to_the_evidence() -> None:
    plain = unit("Tổ chức các phong trào thi đua thiết thực, hiệu quả.")
    q = understand("có tổ chức phong trào thi đua không?")
    assert verdict(q, [plain], 0.9) == YES and verdict(q, [plain], 0.1) == ""


def test_document_attributes() -> None:
    doc = dataclasses.replace(DOC, signer="Nguyễn Văn A", signer_title="Phó Chủ tịch",
                              signing="TM. Ủy ban nhân dân, KT. Chủ tịch", date="29/07/2022", year=2022)
    assert document_verdict(understand("kh 12 do chu tich ubnd tinh ky truc tiep a"), doc, []) == NO
    assert document_verdict(understand("Kế hoạch 12 được ký năm 2023 à?"), doc, []) == NO
    assert document_verdict(understand("Kế hoạch 12 ký năm 2022 phải không?"), doc, []) == YES
    legal = understand("kế hoạch có căn cứ quyết định 1315 không?")
    assert document_verdict(legal, doc, [("87", "26/3/2024")]) == NO
    assert document_verdict(legal, doc, [("1315", "09/11/2023"), ("87", "")]) == YES
    wrong_date = understand("kế hoạch tiếp theo kh 1315 ngày 09/11/2022 đúng không?")
    assert document_verdict(wrong_date, doc, [("1315", "09/11/2023")]) == NO


def test_an_asserted_quantity_is_checked_against_the_bound_the_clause_sets() -> None:
    age = unit("Đối tượng đánh giá: công dân từ 15 tuổi trở lên đang cư trú trên địa bàn huyện.")
    assert verdict(understand("Học sinh 14 tuổi có thuộc đối tượng đánh giá không?"), [age], 0.9) == NO
    assert verdict(understand("người 15 tuổi có được đánh giá ko"), [age], 0.9) == YES
    assert verdict(understand("Cụ ông 80 tuổi có thuộc đối tượng đánh giá không?"), [age], 0.9) == YES
    cap = unit("Mỗi xã, thị trấn đề nghị không quá 02 cá nhân.")
    assert verdict(understand("Một xã đề nghị 3 cá nhân có được không?"), [cap], 0.9) == "Không được."
    assert verdict(understand("xã đề nghị 2 cá nhân được không"), [cap], 0.9) == YES
    # "15 lao động" counts what "10 người lao động" does
    scope = unit("Hướng dẫn này áp dụng đối với trạm y tế, hợp tác xã, doanh nghiệp có từ 10 người lao động trở lên.")
    assert verdict(understand("Doanh nghiệp có 15 lao động có thuộc đối tượng không?"), [scope], 0.9) == YES
    assert verdict(understand("Doanh nghiệp có 8 lao động có thuộc đối tượng không?"), [scope], 0.9) == NO


def test_a_quantity_the_clause_does_not_state_gets_no_verdict() -> None:
    other = unit("Thực hiện Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ, Hội Khuyến học "
                 "huyện hướng dẫn việc đánh giá, công nhận danh hiệu Công dân học tập năm 2024.")
    assert verdict(understand("Học sinh 14 tuổi có thuộc đối tượng đánh giá Công dân học tập không?"),
                   [other], 0.9) == ""


def test_a_clause_denying_what_is_asked_is_no() -> None:
    paper = unit("Sở Giáo dục và Đào tạo không tiếp nhận báo cáo bằng bản giấy gửi qua đường bưu chính.")
    assert verdict(understand("Sở GD&ĐT có nhận báo cáo bằng bản giấy gửi qua bưu điện không?"), [paper], 0.9) == NO
    both = unit('Trường không gửi danh sách "Công dân học tập" sẽ không được công nhận "Đơn vị học tập" năm 2024.')
    # the question's own "không gửi" is its premise; the clause denies the recognition it asks about
    asked = understand("Trường không gửi danh sách Công dân học tập thì có được công nhận Đơn vị học tập không?")
    assert verdict(asked, [both], 0.9) == "Không được."
    # "không quá 02 cá nhân" bounds a count; it denies nothing
    cap = unit("Mỗi xã, thị trấn đề nghị không quá 02 cá nhân.")
    assert verdict(understand("xã đề nghị 2 cá nhân được không"), [cap], 0.9) == YES


def test_a_body_asked_as_a_destination_is_checked_as_one() -> None:
    both = unit("Trước ngày 05 tháng 12 hằng năm, các đơn vị báo cáo tình hình thực hiện về Sở Giáo dục và Đào tạo "
                "và Sở Nội vụ để tổng hợp.")
    assert verdict(understand("báo cáo hằng năm có phải gửi cả Sở Nội vụ không?"), [both], 0.9) == YES
    assert verdict(understand("các đơn vị báo cáo về Sở GD&ĐT trước ngày 05/12 đúng không"), [both], 0.9) == YES
    # a body only named in a target, with no one acting, is nothing to check
    target = unit("Phấn đấu 100% Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học cấp xã tham gia quản lý Trung tâm học tập "
                  "cộng đồng.")
    asked = understand("có phấn đấu 100% Chủ tịch Hội Khuyến học cấp xã tham gia quản lý Trung tâm không?")
    assert verdict(asked, [target], 0.9) == YES


def test_a_target_met_is_read_off_the_result_the_clause_gives() -> None:
    row = unit('3 | Tỷ lệ thôn đạt danh hiệu "Cộng đồng học tập" | 68% | 65,7% | Chưa đạt')
    assert verdict(understand("Năm 2025 có đạt kế hoạch về tỷ lệ thôn đạt Cộng đồng học tập không?"), [row], 0.9) == NO
    over = unit('Tỷ lệ "Cộng đồng học tập" cấp thôn chưa đạt kế hoạch (65,7%/68%).')
    assert verdict(understand("tỷ lệ cộng đồng học tập có đạt kế hoạch không"), [over], 0.9) == NO
    mixed = unit("Toàn huyện có 02 chỉ tiêu đạt là Dòng họ học tập (60,9%) và Cộng đồng học tập (58,5%); chỉ tiêu Gia "
                 "đình học tập đạt 69,5%, chưa đạt kế hoạch.")
    assert verdict(understand("có đạt chỉ tiêu Gia đình học tập không"), [mixed], 0.9) == NO
    assert verdict(understand("có đạt chỉ tiêu Dòng họ học tập không"), [mixed], 0.9) == YES


def test_a_grade_asserted_is_checked_against_the_grade_given() -> None:
    graded = unit("Kết quả đánh giá, xếp loại năm 2024: TTHTCĐ xã đạt loại Khá (năm 2023 xếp loại Trung bình).")
    assert verdict(understand("tthtcd xa nam 2024 xep loai tot ha?"), [graded], 0.9) == NO
    assert verdict(understand("TTHTCĐ xã năm 2024 xếp loại Khá phải không?"), [graded], 0.9) == YES
    # a share of members with no total gives no verdict on a count of them
    quorum = unit("Cuộc họp được tiến hành khi có ít nhất 2/3 số thành viên Ban Chỉ đạo tham dự.")
    assert verdict(understand("Nếu chỉ có 8 thành viên dự, cuộc họp có được tiến hành không?"), [quorum], 0.9) == ""


def test_a_person_asserted_is_checked_against_the_person_named() -> None:
    contact = unit("Trong quá trình triển khai, nếu có vướng mắc, đề nghị các đơn vị liên hệ ông Trần Minh Khôi, chuyên "
                   "viên Phòng Giáo dục thường xuyên, điện thoại 0297.3862.145.")
    assert verdict(understand("Đầu mối liên hệ có phải bà Lâm Thị Ngọc Diệp không?"), [contact], 0.9) == "Không phải."
    assert verdict(understand("Đầu mối liên hệ có phải ông Trần Minh Khôi không?"), [contact], 0.9) == YES
