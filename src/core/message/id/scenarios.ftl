# Bagaimana jika: skenario dan pencarian target
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Bagaimana jika
error-mark = Kesalahan:
error-line = Kesalahan: { $problem }
reset-lever = Atur ulang
scenario-region = Skenario: { $name }
scenario-name = Nama skenario
scenario-duplicate = Duplikasi
scenario-reset = Kembalikan ke kondisi awal
scenario-link-copied = Tautan ke skenario ini disalin.
scenario-no-clipboard = Papan klip tidak tersedia di sini: gunakan Salin tautan di bagian atas.
scenario-delete = Hapus
comparison-region = Tabel perbandingan skenario
comparison-caption = Kondisi awal dan skenario berdampingan
metric-column = Metrik
baseline-column = Kondisi awal
goal-seek-heading = Pencarian target
# Pertanyaan ini dirangkai dengan pilihan dan isian di antaranya:
# "Untuk mencapai [CAC] sebesar [150], berapa [Tingkat closing] yang diperlukan?"
goal-to-reach = Untuk mencapai
goal-of = sebesar
goal-what-must = , berapa
goal-lever-label = Pengungkit yang dicari nilainya
goal-be = yang diperlukan?
goal-apply = Terapkan sebagai skenario baru
what-if-heading = Bagaimana jika
what-if-hint = Skenario dimulai sebagai salinan tangga yang ditampilkan di atas. Geser pengungkit dan semua angka ikut berubah, ditampilkan di samping angka saat ini.
add-scenario = Tambah skenario
