#!/usr/bin/env bash
# The README's "Bắt đầu" (getting started), command by command, in an empty folder: CI runs it
# (tests/VanKien.Tests/Cli/TutorialTests.cs) so that the tutorial cannot rot. Usage:
#   VANKIEN="vankien" tests/tutorial/bat-dau.sh FOLDER
# Each step prints what a user would see; the script stops at the first step that fails.
set -euo pipefail
vankien() { ${VANKIEN:-vankien} "$@"; }
work=${1:?usage: bat-dau.sh FOLDER}
mkdir -p "$work" && cd "$work"
fill() { # fill FILE 'placeholder' 'value'… : what the author types in the editor
  local file=$1; shift
  while [ $# -gt 1 ]; do
    python3 - "$file" "$1" "$2" <<'PY'
import sys
path, old, new = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
assert old in text, f"{old!r} not in {path}"
open(path, "w", encoding="utf-8").write(text.replace(old, new))
PY
    shift 2
  done
}

echo "== 1. A repository and a project"
git init -q
vankien init

echo "== 2. The committee's resolution, the parent every program implements"
vankien new nghi-quyet -o nghi-quyet-dai-hoi.md
fill nghi-quyet-dai-hoi.md \
  '«số»-NQ/«cơ quan, ví dụ CB»' '01-NQ/ĐH' \
  '«cơ quan cấp trên, ví dụ Đảng bộ tỉnh Hưng Yên»' 'Đảng bộ tỉnh Hưng Yên' \
  '«cơ quan ban hành, ví dụ Đảng bộ xã Hùng An»' 'Đảng bộ xã Hùng An' \
  '«tên gọi trong văn bản, ví dụ Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I»' 'Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I' \
  '«địa danh, ví dụ Hùng An»' 'Hùng An' \
  '«ngày ban hành, dạng 2026-01-15»' '2025-08-08' \
  '«trích yếu nội dung»' 'Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I, nhiệm kỳ 2025 - 2030' \
  '«nhiệm kỳ, ví dụ 2025-2030»' '2025-2030' \
  '«Căn cứ …»' 'Căn cứ Điều lệ Đảng' \
  '«tên nhóm chỉ tiêu»' 'Về xây dựng Đảng' \
  '«nơi nhận, ví dụ Đảng ủy xã (b/c)»' 'Ban Thường vụ Tỉnh ủy (b/c)' \
  'Lưu «cơ quan»' 'Lưu Văn phòng Đảng ủy' \
  '«T/M ĐẢNG ỦY»' 'T/M ĐẠI HỘI' \
  '«BÍ THƯ»' 'CHỦ TỊCH ĐOÀN' \
  '«họ và tên người ký»' 'Nguyễn Văn Bình' \
  '«Đoạn mở đầu, ví dụ: Chi bộ xây dựng chương trình như sau:»' 'Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I quyết nghị:' \
  '«Kết quả đạt được, hạn chế và nguyên nhân.»' 'Nhiệm kỳ qua, Đảng bộ hoàn thành các chỉ tiêu chủ yếu.' \
  '«Phương hướng và nhiệm vụ thời gian tới.»' 'Tiếp tục xây dựng Đảng bộ trong sạch, vững mạnh.' \
  '«Các nhiệm vụ chủ yếu.»' 'Nâng cao chất lượng sinh hoạt chi bộ.' \
  '«Các giải pháp chủ yếu.»' 'Đổi mới phương thức lãnh đạo.' \
  '«Mục tiêu chung, rồi các chỉ tiêu cụ thể (khối chi-tieu ở phần đầu).»' 'Xây dựng Đảng bộ trong sạch, vững mạnh; các chỉ tiêu chủ yếu:' \
  '«Phân công từng đơn vị, cá nhân; chế độ báo cáo.»' 'Các chi bộ xây dựng chương trình hành động thực hiện nghị quyết.'
# The targets, under "muc:" of the group.
fill nghi-quyet-dai-hoi.md '    muc: []' \
'    muc:
      - id: CT-01
        noi-dung: Hằng năm có 85% trở lên đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.
        gia-tri: ">= 85%"
        ky: hang-nam
      - id: CT-02
        noi-dung: Kết nạp từ 04 đảng viên mới trở lên trong nhiệm kỳ.
        gia-tri: ">= 4 đảng viên"
        ky: nhiem-ky'
vankien check nghi-quyet-dai-hoi.md

program() { # program FILE NUMBER DATE: `new --parent` fills in every parent target; the author writes the rest
  vankien new chuong-trinh-hanh-dong --parent nghi-quyet-dai-hoi.md -o "$1"
  fill "$1" \
    '«tên chi bộ, ví dụ Chi bộ Trường Mầm non Việt Hồng»' 'Chi bộ Trường Mầm non Việt Hồng' \
    '«họ và tên người ký»' 'Nguyễn Thị Hoa' \
    '«Vì sao ban hành văn bản và những yêu cầu khi thực hiện.»' 'Cụ thể hóa nghị quyết thành nhiệm vụ của chi bộ.' \
    '«Các nhiệm vụ, giải pháp chủ yếu để đạt mục tiêu.»' 'Nâng cao chất lượng sinh hoạt chi bộ.' \
    '«Phân công từng đơn vị, cá nhân; chế độ báo cáo.»' 'Các đảng viên thực hiện theo sự phân công của chi ủy.'
  # The number and the date: the văn thư's register gives them.
  sed -i -E "s/^ngay: .*/ngay: $3/; s#^so: .*#so: $2#" "$1"
}

echo "== 3. The cell's program for 2026, every parent target filled in"
program chuong-trinh-2026.md 01-CTr/CB 2026-01-15

echo "== 4. A deliberate mistake: a target below the parent's"
sed -i 's/gia-tri: ">= 85%"/gia-tri: ">= 80%"/' chuong-trinh-2026.md
if vankien check chuong-trinh-2026.md > check.log 2>&1; then echo "check passed a weakened target" >&2; exit 1; fi
cat check.log
grep -q "VK0220" check.log
sed -i 's/gia-tri: ">= 80%"/gia-tri: ">= 85%"/' chuong-trinh-2026.md
vankien check

echo "== 5. DOCX and PDF"
vankien build --format docx,pdf
ls out

echo "== 6. Commit"
git add -A
git -c user.name="Văn phòng" -c user.email=vp@example.invalid -c commit.gpgsign=false commit -q -m "Chương trình hành động năm 2026"

echo "== 7. Next year's program, one target raised"
program chuong-trinh-2027.md 02-CTr/CB 2027-01-12
sed -i 's/gia-tri: ">= 85%"/gia-tri: ">= 90%"/; s/có 85% trở lên đảng viên/có 90% trở lên đảng viên/' chuong-trinh-2027.md
vankien check chuong-trinh-2027.md

echo "== 8. What changed between the two years"
vankien diff chuong-trinh-2026.md chuong-trinh-2027.md | tee diff.txt

echo "== 9. Results, and the mid-term report"
cat > ket-qua.yaml <<'YAML'
loai: ket-qua
chuong-trinh: chuong-trinh-2026.md
bao-cao:
  so: 03-BC/CB
  ngay: 2027-12-15
  noi-nhan: [Đảng ủy xã (b/c), Lưu Chi bộ]
  ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: Nguyễn Thị Hoa }
ket-qua:
  - id: ct-01
    gia-tri: { 2026: 88%, 2027: 91% }
  - id: ct-02
    gia-tri: { 2026: 1 đảng viên, 2027: 2 đảng viên }
YAML
vankien report chuong-trinh-2026.md --results ket-qua.yaml --kind so-ket --nam 2027 -o out/bao-cao
ls out/bao-cao
echo "== done"
