# Yang keluar dari halaman (laporan, CSV, tautan, sematan), yang disimpan (penyimpanan, cadangan), bagaimana jika (skenario, pencarian target), dan pemberitahuan ruang kerja
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Laporan cetak
out-report-example = Angka contoh, rekaan
out-report-typed = Angka yang diketik
out-report-all-segments = Semua segmen yang diimpor
# $period: tanggal data impor, misalnya "Oktober 2026" atau "2026-10-01 – 2026-11-30".
out-report-all-segments-in = Semua segmen yang diimpor, { $period }
# $period: nama periode yang diimpor, misalnya "Oktober 2026".
out-report-all-campaigns-in = Semua kampanye, { $period }
# $segment: nama segmen yang diimpor; $period: tanggalnya.
out-report-segment-in = { $segment }, { $period }
# Baris di bawah judul laporan. $what: angka yang ditampilkan (out-report-…, atau nama segmen);
# $date: tanggal dicetak, misalnya 2026-12-01.
out-report-subtitle = { $what } · dicetak { $date }
out-finding-inversions = Pesan murah, pelanggan mahal
out-finding-cac-moved = Mengapa CAC berubah
out-finding-outliers = Segmen yang benar-benar berbeda
# Kolom tabel tangga di laporan Markdown.
out-md-stage = Tahap
out-md-count = Jumlah
out-md-step-rate = Tingkat langkah
out-md-cost-per-stage = Biaya per tahap

## Unduhan CSV (judul kolom dan satuan di dalam file)
out-csv-metric = Metrik
out-csv-value = Nilai
out-csv-unit = Satuan
out-csv-formula = Rumus
out-csv-note = Catatan
out-csv-segment = Segmen
out-csv-period-start = Awal periode
out-csv-period-end = Akhir periode
out-csv-spend = Belanja iklan
out-csv-started = Percakapan dimulai
# Kolom yang menyatakan apa yang dihitung CAC selama deal-nya masih dalam proses closing: closing-cac-mark-projected, closing-cac-mark-so-far, atau kosong.
out-csv-cac-counts = Perhitungan CAC
# Judul kolom uang. $column: namanya, misalnya "Belanja iklan"; $currency: kode ISO, misalnya IDR.
out-csv-in-currency = { $column } ({ $currency })
# $currency: kode ISO, misalnya IDR.
out-csv-unit-money = uang ({ $currency })
out-csv-unit-rate = tingkat (desimal)
out-csv-unit-multiple = kelipatan
out-csv-unit-count = jumlah

## Tautan berbagi yang tidak dapat dibuka
out-link-not-a-link = Alamat ini tidak berisi ruang kerja yang dibagikan.
# $version: nomor format tautan, misalnya 2.
out-link-newer = Tautan ini dibuat oleh versi Messaging Ladder yang lebih baru (format { $version }). Muat ulang halaman untuk mendapatkan versi terbaru, lalu buka tautan itu lagi.
out-link-too-long = Tautan ini terlalu besar untuk dibuka dengan aman. Bagikan lebih sedikit segmen, atau ekspor CSV saja.
out-link-damaged = Tautan ini rusak atau terpotong (checksum-nya tidak cocok). Salin lagi seluruh tautannya; aplikasi chat terkadang memotong tautan yang panjang.
# $problem: masalah pada datanya (out-problem-…).
out-link-invalid = Tautan ini berisi data yang tidak dapat digunakan: { $problem }.
# Masalah pada ruang kerja dari tautan atau cadangan, sebagai akhir kalimat lain
# (out-link-invalid, store-backup-unusable).
out-problem-not-text = konten tidak terduga (bukan UTF-8)
# $detail: deskripsi dari pembaca JSON sendiri, dalam bahasa Inggris.
out-problem-unexpected = konten tidak terduga ({ $detail })
# $count: jumlah segmen di dalamnya; $max: batas segmen untuk satu tautan.
out-problem-too-many-segments = { $count } segmen, lebih dari batas { $max } untuk satu tautan
# $segment: nama segmen (40 karakter pertamanya).
out-problem-count-too-large = jumlah di “{ $segment }” lebih besar daripada 10¹²
out-problem-negative-amount = nominal negatif di “{ $segment }”
out-problem-amount-too-large = nominal di “{ $segment }” lebih besar daripada 10¹²
out-problem-long-segment-name = nama segmen lebih dari 500 karakter
out-problem-long-date = tanggal periode lebih dari 40 karakter
out-problem-long-field = isian lebih dari 200 karakter

## Sematkan di portal klien
# Sebutan untuk sematan tanpa nama sendiri: judulnya, dan judul bingkai di kode sematan.
out-embed-plain-name = Kalkulator iklan klik ke pesan
out-embed-note = Bingkai ini di-sandbox tetapi tetap memakai origin kalkulator sendiri (allow-same-origin): bingkai dapat dimuat dari host statis mana pun tanpa header khusus, menyimpan pekerjaan setiap pengunjung jika browser mengizinkan penyimpanan di dalam bingkai (jika tidak, bingkai akan memberi tahu dan menawarkan cadangan serta tautan), dan tidak dapat menjangkau halaman, cookie, atau penyimpanan portal karena kalkulator disajikan dari domain lain. Sajikan kalkulator dari domain yang berbeda dengan portal: pada domain yang sama, allow-same-origin akan memungkinkan bingkai mencabut sandbox-nya sendiri. allow="clipboard-write" membuat Salin tautan berfungsi; allow-downloads meloloskan unduhan CSV dan cadangan. Skrip menyesuaikan ukuran bingkai dengan isinya; tidak ada kiriman dari bingkai yang memuat angka Anda.
# $file: nama file yang diunduh.
out-embed-downloading = Mengunduh “{ $file }”. Jika tidak ada file yang muncul, halaman di sekitar kalkulator ini tidak mengizinkan bingkainya mengunduh (sandbox bingkai memerlukan allow-downloads): gunakan Salin tautan, buka tautan di tab baru, lalu unduh dari sana.

## Ruang kerja tersimpan dan penyimpanan
# Nama ruang kerja jika tidak ada yang menamainya (tetap menjadi namanya).
store-first-name = Ruang kerja saya
# $number: urutannya di daftar, mulai dari 1.
store-workspace-number = Ruang kerja { $number }
store-shared-name = Dibagikan kepada saya
# $position: urutannya di cadangan, mulai dari 1.
store-restored-name = Dipulihkan { $position }
# Pilihan di pemilih ruang kerja. $name: nama ruang kerja (yang terbuka hanya ditampilkan namanya).
store-choice-open = { $name }
# $name: nama ruang kerja; $when: kapan diubah (store-changed-…).
store-choice-other = { $name } · diubah { $when }
# Kapan ruang kerja diubah, setelah "diubah".
store-changed-just-now = baru saja
store-changed-minutes = { $count } menit lalu
store-changed-hours = { $count } jam lalu
# $date: tanggalnya, misalnya 2026-11-28.
store-changed-on = pada { $date }
# Isi cadangan. $count: jumlah ruang kerja; $list: masing-masing (store-backup-item),
# digabung dengan store-list.
store-backup-contents = { $count } ruang kerja: { $list }.
# $name: nama ruang kerja; $when: kapan diubah (store-changed-…).
store-backup-item = “{ $name }” (diubah { $when })
# Dua butir daftar atau lebih: yang pertama, lalu sisanya.
store-list = { $first }, { $rest }
# $mb: ukuran cadangan terbesar yang dibaca, dalam megabyte.
store-backup-too-large = File ini lebih besar dari { $mb } MB, melebihi ukuran sebuah cadangan.
# $detail: deskripsi dari pembaca JSON sendiri, dalam bahasa Inggris.
store-backup-not-json = Ini bukan cadangan Messaging Ladder (bukan JSON: { $detail }).
store-backup-wrong-format = Ini bukan cadangan Messaging Ladder (isian “format”-nya bukan “messaging-ladder-backup”).
# $version: nomor format cadangan, misalnya 2.
store-backup-newer = Cadangan ini ditulis oleh versi Messaging Ladder yang lebih baru (format { $version }). Buka di versi tersebut.
store-backup-no-version = Cadangan ini tidak memiliki versi format yang dikenal aplikasi ini.
# $detail: deskripsi dari pembaca JSON sendiri, dalam bahasa Inggris.
store-backup-damaged = Cadangan ini rusak ({ $detail }).
store-backup-empty = Cadangan ini tidak berisi ruang kerja apa pun.
# $count: jumlah ruang kerja di dalamnya; $max: batas untuk sekali pemulihan.
store-backup-too-many = Cadangan ini berisi { $count } ruang kerja, lebih dari batas { $max } untuk sekali pemulihan.
# $position: urutan ruang kerja di cadangan, mulai dari 1; $name: namanya (40 karakter
# pertama); $problem: masalahnya (out-problem-…).
store-backup-unusable = Ruang kerja { $position } (“{ $name }”) tidak dapat digunakan: { $problem }.
# Pemberitahuan penyimpanan.
store-blocked = Browser ini memblokir penyimpanan di sini (mode privat atau halaman tersemat), jadi pekerjaan Anda hanya ada di tab ini. Salin angka Anda sebelum menutupnya.
store-full = Penyimpanan browser penuh, jadi perubahan terbaru Anda hanya disimpan di tab ini. Kosongkan sebagian ruang untuk situs ini, dan perubahan Anda akan disimpan pada perubahan berikutnya.
# $why: nama kegagalan dari browser sendiri, misalnya InvalidStateError.
store-failed = Perubahan terbaru Anda tidak dapat disimpan ({ $why }); perubahan tetap ada di tab ini dan penyimpanan dicoba lagi pada perubahan berikutnya.
# $key: kunci penyimpanan tempat salinan yang tidak terbaca disimpan, misalnya messaging-ladder:backup:1.
store-corrupt-kept = Pekerjaan yang tersimpan tidak dapat dibaca, jadi data contoh dimuat sebagai gantinya. Salinan yang tidak terbaca disimpan di penyimpanan browser ini dengan kunci “{ $key }”.
store-corrupt-not-kept = Pekerjaan yang tersimpan tidak dapat dibaca maupun dicadangkan, jadi dibiarkan apa adanya dan perubahan Anda hanya ada di tab ini.
# $version: nomor format simpanan, misalnya 2.
store-newer = Pekerjaan Anda yang tersimpan ditulis oleh versi Messaging Ladder yang lebih baru (format { $version }). Pekerjaan itu dibiarkan apa adanya; perubahan yang dibuat di sini hanya ada di tab ini.

## Bagaimana jika: skenario dan pencarian target
scn-full = Maksimal empat skenario
# Nama skenario baru. $number: urutannya, mulai dari 1.
scn-default-name = Skenario { $number }
# Nama salinan. $name: skenario yang disalin.
scn-copy-name = { $name } (salinan)
# $lever: pengungkit (scn-lever-…); $scenario: nama skenario.
scn-slider-label = Penggeser { $lever } ({ $scenario })
# Pengungkit, sebagai label dan di awal kalimat.
scn-lever-spend = Belanja iklan
scn-lever-cost-per-message = Biaya per pesan
scn-lever-reply-rate = Tingkat balasan
scn-lever-qualification-rate = Tingkat kualifikasi
scn-lever-handoff-rate = Tingkat serah terima
scn-lever-close-rate = Tingkat closing
scn-lever-revenue-per-customer = Pendapatan per pelanggan
scn-lever-other-cost = Biaya akuisisi lain
# Pengungkit di dalam kalimat: "Atur tingkat closing menjadi 34%".
scn-lever-name-spend = belanja iklan
scn-lever-name-cost-per-message = biaya per pesan
scn-lever-name-reply-rate = tingkat balasan
scn-lever-name-qualification-rate = tingkat kualifikasi
scn-lever-name-handoff-rate = tingkat serah terima
scn-lever-name-close-rate = tingkat closing
scn-lever-name-revenue-per-customer = pendapatan per pelanggan
scn-lever-name-other-cost = biaya akuisisi lain
# Sasaran pencarian target, di pemilih dan di dalam kalimat.
scn-goal-cac = CAC
scn-goal-customers = Pelanggan
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Biaya per percakapan terkualifikasi
# Mengapa skenario tidak dapat dibuat dari tangga yang ditampilkan.
scn-needs-spend = Isi belanja iklan untuk membuat skenario.
scn-needs-started = Isi percakapan dimulai untuk membuat skenario.
# $stage: nama tahap di dalam kalimat (stage-name-…), misalnya "percakapan terkualifikasi".
scn-needs-stage = Isi { $stage } untuk membuat skenario.
# Di atas skenario, jika ada tahap antara percakapan dimulai dan pelanggan yang tidak dihitung
# (ekspor Meta yang digabung dengan CRM tidak punya balasan). $stages: nama tahap-tahapnya (stage-name-…), dalam daftar.
scn-not-counted = Angka-angka ini tidak mencakup { $stages }: langkah sesudahnya dihitung dari tahap sebelumnya, dan tidak ada pengungkit untuk { $stages }.
# Pencarian target, jika yang diminta adalah tingkat langkah menuju tahap yang tidak dihitung. $stage: nama tahapnya (stage-name-…).
scn-lever-not-counted = Angka-angka ini tidak mencakup { $stage }, jadi tingkat langkah itu tidak dapat diatur: pilih tingkat langkah berikutnya, yang dihitung dari tahap sebelumnya.
scn-projected-baseline = Closing dimulai dari tingkat akhir yang diproyeksikan, { $rate } ({ $so-far } sejauh ini), karena deal yang baru dimulai masih dalam proses closing.
# $step: nama langkah di dalam kalimat (step-name-…), misalnya "kualifikasi"; $reached:
# jumlah di akhir langkah; $from: jumlah di awalnya.
scn-needs-consistent = Langkah { $step } memerlukan jumlah yang konsisten ({ $reached } dari { $from }) untuk membuat skenario.
# Jawaban pencarian target. $lever: pengungkit di dalam kalimat (scn-lever-name-…); $value:
# nilai yang diperlukan; $now: nilainya saat ini (atau "—").
scn-answer-set = Atur { $lever } menjadi { $value } (saat ini { $now }).
# $why: mengapa sasaran tidak tercapai (scn-…); $lever: pengungkit (scn-lever-…); $value:
# nilainya yang paling mendekati; $goal: sasaran (scn-goal-…); $reached: nilai sasaran di titik itu.
scn-answer-nearest = Tidak dapat dicapai: { $why } Yang paling mendekati: { $lever } sebesar { $value } menghasilkan { $goal } { $reached }.
# $why: mengapa sasaran tidak tercapai (scn-…).
scn-answer-unreachable = Tidak dapat dicapai: { $why }
# $lever: pengungkit (scn-lever-…); $goal: sasaran (scn-goal-…).
scn-not-a-lever = { $lever } tidak mengubah { $goal }.
# $goal: sasaran (scn-goal-…).
scn-choose-above-zero = Isi { $goal } dengan nilai di atas nol.
scn-cac-without-other-cost = Tanpa biaya akuisisi lain, CAC tidak bergantung pada belanja iklan: setiap percakapan berbiaya sama.
# $floor: CAC terendah yang dapat dicapai dengan menambah belanja (uang).
scn-cac-floor = Menambah belanja iklan hanya membuat biaya lain tersebar lebih tipis: dengan menambah belanja, CAC tidak bisa turun di bawah { $floor } (biaya per pesan ÷ semua tingkat langkah).
scn-no-value = Kondisi awal memiliki tingkat nol atau tidak ada pendapatan, jadi tidak ada nilai pengungkit ini yang bisa mencapainya.
# $lever: pengungkit tingkat di dalam kalimat (scn-lever-name-…); $rate: tingkat yang diperlukan.
scn-above-hundred = Diperlukan { $lever } sebesar { $rate }, di atas 100%.
# $lever: pengungkit di dalam kalimat (scn-lever-name-…).
scn-negative = Diperlukan { $lever } yang negatif.
# $goal: sasaran (scn-goal-…); $target: nilai yang diketik; $lever: pengungkit di dalam
# kalimat (scn-lever-name-…). Nama skenario yang dibuat dari jawaban pencarian target.
scn-goal-scenario-name = { $goal } { $target } melalui { $lever }
# Baris tabel perbandingan: pelanggan, lalu setiap metrik.
scn-row-customers = Pelanggan
# $metric: nama metrik, misalnya "Biaya per pesan".
scn-row-metric = { $metric }
# Perubahan skenario terhadap kondisi awal, setiap bagiannya di baris sendiri (ditampilkan
# sebagai spasi di tabel lebar). $amount: perubahannya, bertanda, misalnya "−IDR 11.430" atau "+14".
scn-change-better = ▲ lebih baik:
    { $amount }
scn-change-worse = ▼ lebih buruk:
    { $amount }
# $amount: perubahannya, bertanda; $percent: porsinya dari kondisi awal, bertanda, misalnya "−7%".
scn-change-better-percent = ▲ lebih baik:
    { $amount }
    ({ $percent })
# $amount: perubahannya, bertanda; $percent: porsinya dari kondisi awal, bertanda, misalnya "−50%".
scn-change-worse-percent = ▼ lebih buruk:
    { $amount }
    ({ $percent })
# Perubahan tingkat dalam poin persentase. $points: angkanya, misalnya 10,0.
scn-points = { $points } poin
scn-no-change = tidak berubah

## Pemberitahuan ruang kerja
# Ditampilkan di samping Urungkan, setelah seluruh ruang kerja diganti.
ws-sample-loaded = Angka contoh dimuat.
ws-cleared = Dikosongkan.
ws-opened-shared = Angka yang dibagikan telah dibuka.
ws-example-note = Angka contoh: bisnis jasa perawatan rumah rekaan, bukan data Anda. Ketik angka Anda sendiri atau impor file ekspor untuk menggantinya.
ws-link-copied = Tautan disalin. Angka-angka ini dibawa di dalam alamatnya; tidak ada yang diunggah.
# Label kolom berisi tautan, untuk disalin secara manual.
ws-copy-by-hand = Papan klip tidak tersedia di sini. Salin tautan ini:
# $cost: biaya akuisisi lain yang diketik di formulir (uang).
ws-typed-other-cost = Tangga menampilkan data impor. Dari angka-angka ini, hanya biaya akuisisi lain ({ $cost }) yang digunakan: biaya ini ditambahkan ke CAC data impor dan dibagi ke kampanye sesuai belanja iklannya.
ws-typed-unused = Tangga menampilkan data impor, jadi angka-angka ini sedang tidak digunakan.
# Dua tangga yang dibandingkan jika periode sebelumnya diketik di samping tangga, di dalam
# kalimat: "Membandingkan periode sebelumnya yang diketik dengan tangga yang ditampilkan."
ws-earlier-typed = periode sebelumnya yang diketik
ws-ladder-shown = tangga yang ditampilkan
# Sama, di dalam pemeriksaan biaya per pesan: "naik dari Rp2.500 pada periode sebelumnya menjadi Rp3.000 pada periode ini".
ws-earlier-period = periode sebelumnya
ws-this-period = periode ini
# Setelah impor. $count: jumlah segmen; $file: nama file.
ws-imported = { $count } segmen diimpor dari { $file }. Tangga kini menampilkan totalnya.
# $file: nama log capaian; $matched: berapa namanya yang merupakan kampanye di data iklan;
# $names: jumlah namanya.
ws-joined-by-name = { $file } digabungkan ke data iklan: { $matched } dari { $names } nama cocok.
# Sama, jika data iklan memiliki beberapa periode.
ws-joined-by-name-periods = { $file } digabungkan ke data iklan: { $matched } dari { $names } nama cocok, setiap periode dengan periodenya sendiri.
# $file: nama log capaian.
ws-joined-account = { $file } digabungkan ke total data iklan: capaiannya milik seluruh akun, bukan milik satu kampanye.
# $count: percakapan tercatat yang tanggalnya di luar semua periode data iklan.
ws-left-out = { $count } percakapan tercatat di luar periode data iklan tidak disertakan.
ws-shows-total = Tangga kini menampilkan totalnya.
# Dua kalimat, berurutan.
ws-then = { $first } { $then }
# Menggabungkan log capaian ke data iklan yang sudah diimpor: pilihannya.
ws-join-legend = Ini adalah log capaian, dan data iklan sudah diimpor
ws-join-by-name = Gabungkan ke data iklan berdasarkan nama kampanye: belanja iklan dan percakapan dari iklan, capaian dari file ini
ws-join-account-ignoring-names = Gabungkan ke total data iklan dan abaikan namanya: capaian untuk seluruh akun
ws-join-account = Gabungkan ke total data iklan: file ini tidak punya kolom kampanye, jadi capaiannya milik seluruh akun
ws-join-replace = Ganti data yang diimpor dengan file ini
ws-join-ask = Tidak ada nama di file ini yang merupakan kampanye di data iklan, jadi file ini tidak digabungkan sampai Anda menentukan caranya. Perbaiki nama di file, atau pilih di bawah.
ws-names-caption = Nama di file ini dan kampanye di data iklan
ws-names-in-file = Di file ini
ws-names-in-ads = Di data iklan
