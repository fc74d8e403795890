# Pencilan, formulir input, target, unduhan grafik, dialog sematan
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Pencilan
outliers-none = Tidak ada segmen di luar rentang yang diharapkan untuk volumenya.
# Label sumbu mendatar grafik corong; panah menunjuk sepanjang sumbu.
outliers-axis-people = orang di awal langkah →
# Label sumbu tegak grafik corong; panah menunjuk ke atas.
outliers-axis-rate = tingkat ↑
outliers-caption = Tingkat setiap segmen terhadap volumenya. Garis menunjukkan tingkat gabungan; corong dalam dan luar adalah rentang 95% dan 99,8% yang diharapkan pada setiap volume, jadi tingkat ekstrem segmen kecil yang masih berada di dalamnya bukanlah temuan.
outliers-heading = Pencilan (outlier): segmen mana yang benar-benar berbeda

## Formulir input
# Menandai peringatan pada input, sebelum isi peringatannya (seperti error-mark untuk kesalahan).
form-check-mark = Periksa:
form-more-inputs = Isian lainnya (opsional): impresi, klik, biaya lain
form-currency = Mata uang

## Target dan pengaturan
targets-business-type = Jenis bisnis
# Mengikuti catatan jenis bisnis jika pengguna mengubah target preset.
targets-edited = Target sudah diubah dari nilai bawaan.
targets-rates = Tingkat target
# Yang diikuti teks dan angka di halaman. $language: nama bahasa dalam bahasa itu sendiri (“Deutsch”).
settings-language-heading = Bahasa dan format angka
settings-words = Teks: { $language }
# $number dan $money: contoh angka dan nilai uang sebagaimana ditulis browser ini; $locale: tag lokal browser (de-DE).
settings-numbers = Angka dan nilai uang: { $number } dan { $money } ({ $locale })
settings-language-hint = Teks mengikuti menu Bahasa di bagian atas. Angka, nilai uang, dan tanggal mengikuti wilayah browser Anda, jadi keduanya bisa berbeda: misalnya, teks berbahasa Indonesia dengan angka berformat Amerika Serikat.

## Unduhan grafik
chart-download-svg = Unduh SVG
chart-download-png = Unduh PNG

## Sematkan di portal klien
# $example: warna dalam enam digit heksadesimal (0f4c5c).
embed-accent-problem = Enam digit heksadesimal, misalnya { $example }.
embed-summary = Sematkan di portal klien
embed-theme = Tema
embed-theme-auto = Ikuti pengaturan pengunjung
embed-theme-light = Terang
embed-theme-dark = Gelap
embed-accent = Warna aksen (hex)
embed-paste-here = Tempelkan ini ke halaman portal
embed-copy-snippet = Salin kode sematan
embed-copied = Disalin.
embed-no-clipboard = Papan klip tidak tersedia di sini: pilih teksnya lalu salin.
