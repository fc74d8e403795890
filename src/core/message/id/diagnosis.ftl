# Panel diagnosis
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Diagnosis
data-checks = Pemeriksaan data
step-column = Langkah
rate-column = Tingkat
range-column = Rentang 95%
target-column = Target
verdict-column = Penilaian
if-at-target-column = Jika mencapai target
# $noun: hasil akhir bisnis secara umum: "pelanggan", "pesanan", "lead yang diterima" (outcome-…).
lever-more = Tambahan { $noun }
lever-cac-after = CAC sesudahnya
lever-more-revenue = Tambahan pendapatan
lever-column = Pengungkit
likely-causes = Kemungkinan penyebab
what-to-try = Yang bisa dicoba
dont-overcorrect = Jangan koreksi berlebihan
other-below = Langkah lain di bawah target
largest-drop = Penurunan terbesar
steps-region = Tabel penilaian langkah
steps-caption = Setiap langkah dibandingkan dengan targetnya (rentang 95% dari interval skor Wilson, atau dari proyeksi bila sebagian penjualan belum selesai)
levers-region = Tabel pengungkit
levers-caption = Nilai peningkatan 10%, diurutkan dari yang terbaik
diagnosis-heading = Di mana titik lemah tangga ini
summary-heading = Ringkasan untuk email klien
copy-summary = Salin ringkasan
copy-markdown = Salin sebagai Markdown
summary-copied = Disalin ke papan klip.
summary-no-clipboard = Papan klip tidak tersedia di sini: pilih ringkasannya lalu salin.
judged-only-when = Sebuah langkah hanya dinilai jika seluruh rentang 95%-nya berada di satu sisi target, dan hanya jika ada cukup banyak orang di awal langkah itu. Target adalah asumsi awal: tetapkan target Anda sendiri di Target dan pengaturan.
