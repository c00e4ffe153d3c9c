"""A signature block laid out beside the recipients, whose gap a PDF lost, is read apart from them again
(index.collapsed_signature), and the document's signer comes out as from the typed original."""

from __future__ import annotations

from pathlib import Path

from evals.convert import paragraphs, to_docx, to_pdf
from index.clean import clean_text
from index.collapsed_signature import restore_signature_gaps
from index.pipeline import parse_source

TYPED = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐĂK PÉK                                       Độc lập - Tự do - Hạnh phúc

Số: 36/KH-UBND                             Đăk Pék, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời năm 2025

I. CHẾ ĐỘ BÁO CÁO
Các thôn báo cáo kết quả về UBND xã (qua công chức Văn hóa - Xã hội) trước ngày 10/11 hằng năm.
Trong quá trình thực hiện, nếu có vướng mắc, các thôn phản ánh về UBND xã để được hướng dẫn./.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- UBND huyện Đăk Glei (b/c);                     KT. CHỦ TỊCH
- Phòng GD&ĐT huyện (b/c);                       PHÓ CHỦ TỊCH
- TT Đảng ủy, TT HĐND xã;
- Các phòng: GD&ĐT, VH&TT, Nội vụ;              (Đã ký)
- Hội Khuyến học xã; TTHTCĐ xã;                  A Thuấn
- Lưu: VT, VHXH.
"""

RECIPIENTS = ["Nơi nhận:", "- UBND huyện Đăk Glei (b/c);", "- Phòng GD&ĐT huyện (b/c);", "- TT Đảng ủy, TT HĐND xã;",
              "- Các phòng: GD&ĐT, VH&TT, Nội vụ;", "- Hội Khuyến học xã; TTHTCĐ xã;",
              "- Lưu: VT, VHXH."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "A Thuấn"]


def test_the_collapsed_lines_get_their_gap_back() -> None:
    lines = ["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND huyện (b/c); KT. CHỦ TỊCH", "- Các phòng: GD&ĐT, VH&TT,",
             "TC-KH, Nội vụ; (Đã ký)", "- Lưu: TTHTCĐ. PHÓ CHỦ TỊCH UBND XÃ", "Nguyễn Thị Thu Hà", "",
             "- Lưu: VT, BCĐ"]
    gap = " " * 8
    assert restore_signature_gaps(lines) == [
        f"Nơi nhận:{gap}TM. ỦY BAN NHÂN DÂN", f"- UBND huyện (b/c);{gap}KT. CHỦ TỊCH", "- Các phòng: GD&ĐT, VH&TT,",
        f"TC-KH, Nội vụ;{gap}(Đã ký)", f"- Lưu: TTHTCĐ.{gap}PHÓ CHỦ TỊCH UBND XÃ", " " * 40 + "Nguyễn Thị Thu Hà", "",
        "- Lưu: VT, BCĐ"]


def test_a_page_break_inside_the_block_leaves_its_page_number_out() -> None:
    lines = ["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND thành phố (b/c); CHỦ TỊCH", "3", "", "",
             "- Phòng GD&ĐT thành phố; (Đã ký)", "- Các tổ dân phố; Dương Văn Toàn", "- Lưu: VT."]
    gap = " " * 8
    assert restore_signature_gaps(lines) == [
        f"Nơi nhận:{gap}TM. ỦY BAN NHÂN DÂN", f"- UBND thành phố (b/c);{gap}CHỦ TỊCH", "", "", "",
        f"- Phòng GD&ĐT thành phố;{gap}(Đã ký)", f"- Các tổ dân phố;{gap}Dương Văn Toàn", "- Lưu: VT."]
    assert clean_text("\n".join(lines)) == [
        "Nơi nhận:", "- UBND thành phố (b/c);", "- Phòng GD&ĐT thành phố;", "- Các tổ dân phố;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Dương Văn Toàn"]


def test_a_name_glued_to_the_last_recipient_is_split_off() -> None:
    # an office suite's PDF can drop the whole gap: "- Các chi hội khuyến học;Nguyễn Văn Quảng"
    lines = ["Nơi nhận: TM. BAN THƯỜNG VỤ", "- Hội Khuyến học tỉnh (b/c); CHỦ TỊCH", "- Phòng GD&ĐT huyện; (Đã ký)",
             "- Các chi hội khuyến học;Nguyễn Văn Quảng", "- Lưu: VP Hội."]
    assert clean_text("\n".join(lines))[-4:] == ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn Quảng"]


def test_recipients_alone_are_left_as_they_are() -> None:
    lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, BCĐ", "- Hội Khuyến học xã; TTHTCĐ xã;", "HƯỚNG DẪN CHẤM ĐIỂM"]
    assert restore_signature_gaps(lines) == lines


def test_a_block_whose_gap_was_lost_reads_as_the_typed_one() -> None:
    collapsed = "\n".join(" ".join(line.split()) for line in TYPED.splitlines())
    out = clean_text(collapsed)
    assert out[-len(RECIPIENTS) - len(SIGNATURE):] == RECIPIENTS + SIGNATURE
    assert clean_text(TYPED)[-len(RECIPIENTS) - len(SIGNATURE):] == RECIPIENTS + SIGNATURE


def test_printed_to_pdf_or_saved_as_docx_the_signer_is_the_typed_one(tmp_path: Path) -> None:
    source = tmp_path / "dak-pek_KH-UBND_2025.txt"
    source.write_text(TYPED, encoding="utf-8")
    typed = parse_source(source, source.name, 10**8)[0][0]
    assert (typed.signer, typed.signer_title) == ("A Thuấn", "Phó Chủ tịch")
    for form, convert in (("pdf", to_pdf), ("docx", to_docx)):
        made = tmp_path / f"dak-pek_KH-UBND_2025.{form}"
        convert(paragraphs(TYPED), made)
        meta = parse_source(made, made.name, 10**8)[0][0]
        assert (meta.signer, meta.signer_title) == (typed.signer, typed.signer_title), form
