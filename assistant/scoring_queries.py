"""Realistic officer queries used by `xhht bench` (timing only, never scored)."""

BENCH_QUERIES = [
    "ai báo cáo về Sở GD&ĐT trước 20/11",
    "ninh bình báo cáo trước ngày 30 tháng 12",
    "Hà Nam các đơn vị báo cáo về Sở nào",
    "An Nghiệp giai đoạn 2 ai tham mưu",
    "chỉ tiêu gia đình học tập 2030 Bình Dương",
    "UBND huyện ở Bình Dương gửi báo cáo cho ai",
    "hình thức khen thưởng sơ kết giai đoạn 2023 - 2025",
    "kinh phí thực hiện phong trào lấy từ đâu",
    "Sở Nội vụ có nhiệm vụ gì",
    "tiêu chí thi đua đối với cấp xã",
    "kế hoạch 3853 căn cứ quyết định nào",
    "Hội Khuyến học tỉnh chủ trì việc gì",
    "thành lập Ban Chỉ đạo Phong trào thi đua",
    "Sở Tài chính bố trí kinh phí như thế nào",
    "tổng kết phong trào vào năm nào",
    "Công văn 09 của Hội Khuyến học đề nghị gì",
    "MTTQ tỉnh vận động những ai",
    "trường học ở xã An Nghiệp làm gì",
    "đơn vị học tập được công nhận theo tiêu chí của ai",
    "hội nghị sơ kết 5 năm công dân học tập tổ chức khi nào",
]
