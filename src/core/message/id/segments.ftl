# Segmen, pemindahan anggaran, inversi
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Segmen
# Memindahkan anggaran dari satu segmen ke segmen lain.
budget-region = Tabel akun setelah pemindahan
budget-caption = Akun setelah pemindahan, dengan tangga setiap segmen saat ini
budget-your-move-column = Pemindahan Anda
# Kolom: pemindahan ke segmen dengan pesan termurah.
budget-naive-column = Ke pesan termurah
# Kolom: pemindahan ke segmen dengan pelanggan termurah.
budget-right-column = Ke pelanggan termurah
budget-heading = Pindahkan anggaran antarsegmen
budget-from = Dari
budget-to = Ke
budget-amount = Nominal
budget-exponent = Hasil yang semakin berkurang (0–1)
budget-apply = Terapkan sebagai skenario
# Tabel segmen.
segments-period-column = Periode
segments-conversations-column = Percakapan
segments-heading = Segmen
segments-region = Tabel segmen yang diimpor
segments-caption = Segmen yang diimpor: urutkan menurut kolom mana pun; pilih nama untuk melihat tangganya
segments-download = Unduh segmen (CSV)
# $count: jumlah baris tambahan yang ditampilkan tombol ini.
segments-show-more = Tampilkan { $count } lagi
# Pesan murah, pelanggan mahal.
inversions-none = Tidak ada segmen yang pesannya lebih murah tetapi pelanggannya lebih mahal dibandingkan segmen lain.
# $count: jumlah kalimat inversi lain yang dilipat di bawah ringkasan ini.
inversions-more = { $count } lainnya
# Sel tabel peringkat, "#2 · Rp1.200".
inversions-ranked-value = #{ $rank } · { $value }
inversions-not-ranked = { $name } (tidak diperingkat)
# Sudut kiri atas grafik yang diarsir.
inversions-corner = pesan murah, pelanggan mahal
inversions-axis-cost = biaya per pesan →
inversions-axis-cac = CAC ↑
inversions-heading = Pesan murah, pelanggan mahal?
inversions-figcaption = Setiap segmen menurut biaya per pesan (mendatar) dan CAC (tegak), dengan ukuran sesuai belanja iklan. Sudut yang diarsir adalah area tempat pesan murah menghasilkan pelanggan mahal.
inversions-region = Tabel peringkat segmen
inversions-caption = Peringkat setiap segmen menurut biaya di setiap langkah (#1 yang termurah; untuk ROAS, yang tertinggi)
