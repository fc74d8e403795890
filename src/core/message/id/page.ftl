# Halaman: kerangkanya, tangga yang ditampilkan, kata-kata yang dipakai di seluruh aplikasi
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/. Bahasa Indonesia hanya punya
# kategori jamak other, jadi tidak ada pilihan bentuk tunggal/jamak ("3 percakapan").

undo = Urungkan
cancel = Batal
dismiss = Tutup
nothing-changed = Tidak ada yang diubah.

## Halaman
skip-to-results = Langsung ke hasil
app-tagline = Biaya per pesan dalam konteks: dari chat pertama hingga pelanggan dan pendapatan.
language-label = Bahasa
report-language-label = Bahasa laporan dan ringkasan
report-language-page = Bahasa halaman ({ $language })
load-sample = Muat contoh
clear = Kosongkan
copy-link = Salin tautan
print-report = Cetak laporan
print-report-in = Cetak laporan ({ $language })
present = Presentasikan
leave-presentation = Keluar dari mode presentasi
frame-not-kept = Pekerjaan di bingkai ini tidak disimpan setelah bingkai ditutup. Untuk menyimpannya, salin tautan atau unduh cadangan:
bring-your-data = Gunakan data Anda
your-numbers = Angka Anda
your-numbers-lede = Satu periode, satu kampanye, atau seluruh akun. Kosongkan tahap yang belum Anda lacak.
use-typed-numbers = Gunakan angka yang diketik
targets-heading = Target dan pengaturan
targets-lede = Acuan untuk menilai setiap langkah. Nilai bawaan hanyalah asumsi awal: sesuaikan dengan bisnis Anda.
to-inputs = Ketik atau impor angka Anda ↓
funnel-heading = Corong
metrics-heading = Metrik
metrics-region = Tabel metrik
download-ladder = Unduh tangga (CSV)
nothing-sent = Semuanya dihitung di browser ini. Apa pun yang Anda ketik tidak dikirim ke mana pun.

## Tangga yang ditampilkan
saved-here = Hanya disimpan di browser ini.
showing-label = Menampilkan
formula-summary = Rumus
metrics-caption = Tangga: setiap metrik dari pesan hingga pendapatan
value-column = Nilai
how-computed-column = Cara menghitung
