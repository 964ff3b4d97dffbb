namespace VanKien.Publishing;

/// <summary>
/// The site's style sheet and script, written beside the pages. The look follows the standard's
/// (Times New Roman 14 pt, the two-column header, justified body); on a phone the columns stack;
/// printed, the navigation goes. The script only filters the targets table; every page reads
/// without it.
/// </summary>
internal static class SiteAssets
{
    public const string StylePath = "tai-nguyen/kieu.css";
    public const string ScriptPath = "tai-nguyen/loc.js";

    public const string Style = """
        :root { --chu: #1a1a1a; --nen: #ffffff; --vien: #767676; --nhan: #1f4e79; --loi: #a4000f; --canh-bao: #7a4f00; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--chu); background: var(--nen); font: 1.05rem/1.5 "Times New Roman", "Liberation Serif", serif; }
        a { color: var(--nhan); }
        .bo-qua { position: absolute; left: -999px; }
        .bo-qua:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.25rem; }
        .dau-trang { border-bottom: 1px solid var(--vien); padding: 0.5rem 1rem; }
        .dau-trang ul, .dau-trang ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        .vi-tri ol li + li::before { content: "› "; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
        .chan-trang { border-top: 1px solid var(--vien); padding: 0.5rem 1rem; font-size: 0.9rem; }
        .van-ban { font-size: 14pt; }
        .khoi-dau .hang, .ket-thuc .hang { display: flex; justify-content: space-between; gap: 1rem; }
        .khoi-dau p { margin: 0; text-align: center; }
        .khoi-dau .trai { flex: 0 0 40%; } .khoi-dau .phai { flex: 0 0 55%; }
        .ket-thuc .trai { flex: 0 0 45%; } .ket-thuc .phai { flex: 0 0 50%; }
        .du-thao { float: right; border: 1px solid var(--chu); padding: 0 0.4rem; font-weight: bold; text-indent: 0 !important; }
        .ban-hanh, .quoc-hieu-dong, .ten-loai { font-weight: bold; }
        .dia-danh, .nha-nuoc .can-cu { font-style: italic; }
        .dia-danh { text-align: right !important; }
        .ten-loai { text-align: center; font-size: 16pt; margin: 1.5rem 0 0; }
        .trich-yeu { text-align: center; font-weight: bold; margin-top: 0; }
        .van-ban > p.tham-quyen-ban-hanh { text-align: center; text-indent: 0; font-weight: bold; margin: 0; }
        .van-ban p, .van-ban li { text-align: justify; }
        .van-ban > p { text-indent: 1cm; }
        .van-ban .khoi-dau p, .van-ban .ket-thuc .phai p, .so-phan, .de-muc.phan, .de-muc.khong-so.muc-1, .ten-phu-luc, .kem-theo { text-align: center; text-indent: 0; }
        .so-phan, .ten-phu-luc { font-weight: bold; } .kem-theo { font-style: italic; }
        .van-ban:not(.nha-nuoc) .quoc-hieu-dong, .tieu-ngu { text-decoration: underline; }
        .de-muc { font-size: 14pt; margin: 0.8rem 0 0.3rem; }
        ul.gach { list-style: "- "; } ul.cong { list-style: "+ "; } ul.chi-tieu { list-style: "- "; }
        .ma { font-size: 0.75em; color: #555; }
        .bang { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid var(--vien); padding: 0.25rem 0.4rem; vertical-align: top; }
        td.giua { text-align: center; } td.phai { text-align: right; }
        .ket-thuc { margin-top: 1.5rem; }
        .van-ban .ket-thuc .trai p { font-size: 12pt; margin: 0; text-indent: 0; text-align: left; }
        .van-ban .ket-thuc .trai p.nhan { font-size: 14pt; font-weight: bold; font-style: italic; }
        .ket-thuc .phai p { margin: 0; font-weight: bold; } .cho-ky { height: 3rem; }
        .chan-doan { font-size: 0.85rem; border-left: 4px solid var(--vien); padding: 0.2rem 0.5rem; background: #f4f4f4; text-indent: 0; margin: 0.2rem 0; }
        .chan-doan.loi { border-color: var(--loi); color: var(--loi); }
        .chan-doan.canh-bao { border-color: var(--canh-bao); color: var(--canh-bao); }
        .phieu { border: 1px solid var(--vien); padding: 0.5rem 1rem; margin-bottom: 1rem; }
        .bieu-do svg { max-width: 100%; height: auto; }
        .chu-giai { list-style: none; display: flex; gap: 1rem; padding: 0; }
        .mau { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; }
        .loc { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0.5rem 0; }
        .an { display: none; }
        .bd-danh-gia { margin: 1rem 0; }
        .hang-bd { margin: 0 0 0.6rem; }
        .ten-bd, .so-bd { margin: 0; overflow-wrap: anywhere; }
        .thanh-bd { display: flex; height: 1rem; margin: 0.15rem 0; }
        .doan, .mau { background: #767676; }
        .doan.dat, .mau.dat { background: #2e7d32; } .doan.khong-dat, .mau.khong-dat { background: #a4000f; }
        .doan.chua-den-han, .mau.chua-den-han { background: #b7791f; } .doan.chua-danh-gia, .mau.chua-danh-gia { background: #8c8c8c; }
        .so.khong-dat, td.dg.khong-dat { color: #a4000f; font-weight: bold; } .so.dat, td.dg.dat { color: #1b5e20; }
        td.dg.khong-ap-dung, td.dg.chua-danh-gia { color: #595959; }
        .thap-tot { font-style: italic; }
        th[scope=row] { text-align: left; font-weight: normal; }
        del { color: #a4000f; } ins { color: #1b5e20; text-decoration: underline; }
        tr.tt-ha td:nth-child(2), tr.tt-bo td:nth-child(2) { color: #a4000f; font-weight: bold; }
        tr.tt-nang td:nth-child(2), tr.tt-them td:nth-child(2) { color: #1b5e20; font-weight: bold; }
        .danh-muc { list-style: none; padding: 0; } .danh-muc li { margin: 0 0 0.8rem; }
        .dong-dau { margin: 0; } .tom-tat { margin: 0.1rem 0 0 1rem; font-style: italic; }
        @media (max-width: 40rem) {
          .khoi-dau .hang, .ket-thuc .hang { flex-direction: column; } .khoi-dau .o, .ket-thuc .o { flex-basis: auto; }
          table.xep, table.xep tbody, table.xep tr, table.xep th, table.xep td { display: block; width: 100%; }
          table.xep thead { position: absolute; left: -9999px; }
          table.xep tr { border: 1px solid var(--vien); margin: 0 0 0.6rem; }
          table.xep th, table.xep td { border: 0; border-bottom: 1px solid #ddd; }
          table.xep td[data-nhan]::before { content: attr(data-nhan) ": "; font-weight: bold; }
        }
        @media print { .dau-trang, .chan-trang, .loc, .bo-qua { display: none; } main { max-width: none; } }
        """;

    public const string Script = """
        // Filters the rows of a table by the select boxes above it (data-loc names the column's data attribute).
        document.querySelectorAll('form.loc').forEach(function (form) {
          var table = document.getElementById(form.dataset.bang);
          function apply() {
            var wanted = {};
            form.querySelectorAll('select').forEach(function (s) { if (s.value) wanted[s.dataset.loc] = s.value; });
            table.querySelectorAll('tbody tr').forEach(function (row) {
              var shown = Object.keys(wanted).every(function (k) { return row.dataset[k] === wanted[k]; });
              row.classList.toggle('an', !shown);
            });
          }
          form.addEventListener('change', apply);
        });
        """;
}
