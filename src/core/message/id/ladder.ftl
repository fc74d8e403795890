# Tangga: isian, metrik dan rumusnya, alasan nilai tidak diketahui, corong, pemeriksaan formulir dan pengaturan
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Isian formulir
# Label isian; juga nama angka itu di dalam rumus dan alasan ($field, $stage).
ladder-field-spend = Belanja iklan
ladder-field-started = Percakapan dimulai
ladder-field-replies = Balasan
ladder-field-qualified = Percakapan terkualifikasi
ladder-field-handoffs = Serah terima ke tim penjualan
ladder-field-customers = Pelanggan
ladder-field-revenue = Pendapatan
ladder-field-impressions = Impresi
ladder-field-link-clicks = Klik tautan
ladder-field-other-cost = Biaya akuisisi lain
# Petunjuk di bawah isian. $currency: kode mata uang ruang kerja, misalnya IDR.
ladder-hint-spend = Belanja iklan selama periode ini. Dalam { $currency }.
ladder-hint-started = Percakapan pesan dimulai, sebagaimana dilaporkan Pengelola Iklan.
ladder-hint-replies = Percakapan ketika orang tersebut menanggapi balasan pertama Anda.
ladder-hint-qualified = Percakapan yang memenuhi kriteria kecocokan Anda.
ladder-hint-handoffs = Chat terkualifikasi yang diteruskan ke tim penjualan, pemesanan, penawaran harga, atau checkout.
ladder-hint-customers = Orang yang membeli.
ladder-hint-revenue = Pendapatan dari pelanggan tersebut. Dalam { $currency }.
ladder-hint-impressions = Dari Pengelola Iklan, untuk CPM dan CTR.
ladder-hint-link-clicks = Dari Pengelola Iklan, untuk biaya per klik.
ladder-hint-other-cost = Biaya tim penjualan, alat kerja, jasa agensi: ditambahkan ke belanja iklan untuk CAC. Dalam { $currency }.

## Mengapa nilai tidak dapat ditampilkan (setelah "—")
# Isian yang bernilai nol, sehingga tidak ada yang bisa dibagi dengannya.
ladder-none-yet-spend = tidak ada belanja iklan
ladder-none-yet-started = tidak ada percakapan dimulai
ladder-none-yet-replies = belum ada balasan
ladder-none-yet-qualified = belum ada percakapan terkualifikasi
ladder-none-yet-handoffs = belum ada serah terima ke tim penjualan
ladder-none-yet-customers = belum ada pelanggan
ladder-none-yet-revenue = belum ada pendapatan
ladder-none-yet-impressions = tidak ada impresi
ladder-none-yet-link-clicks = tidak ada klik tautan
ladder-none-yet-other-cost = tidak ada biaya lain
# $field: label isian. "Isian lainnya" adalah bagian formulir yang dilipat (form-more-inputs).
ladder-reason-add-more = tambahkan { $field } di Isian lainnya
ladder-reason-enter = isi { $field }
ladder-reason-fix = perbaiki { $field } di atas
ladder-reason-first-step = langkah pertama tangga

## Metrik
ladder-metric-cost-per-message = Biaya per pesan
ladder-metric-reply-rate = Tingkat balasan
ladder-metric-qualification-rate = Tingkat kualifikasi
ladder-metric-cost-per-qualified = Biaya per percakapan terkualifikasi
ladder-metric-handoff-rate = Tingkat serah terima
ladder-metric-cost-per-handoff = Biaya per serah terima
ladder-metric-close-rate = Tingkat closing
ladder-metric-cpa = CPA (biaya per pelanggan)
ladder-metric-cac = CAC (biaya total per pelanggan)
ladder-metric-revenue-per-conversation = Pendapatan per percakapan
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Rata-rata pendapatan per pelanggan
ladder-metric-cpm = CPM (biaya per 1.000 impresi)
ladder-metric-ctr = CTR (rasio klik tautan)
ladder-metric-cost-per-click = Biaya per klik tautan
ladder-metric-click-to-conversation = Tingkat klik menjadi percakapan
# Arti setiap metrik, dalam satu kalimat.
ladder-meaning-cost-per-message = Seberapa murah iklan memulai percakapan. Tidak menunjukkan dengan siapa percakapan itu terjadi.
ladder-meaning-reply-rate = Berapa banyak orang yang tetap melanjutkan percakapan setelah pesan pertama.
ladder-meaning-qualification-rate = Berapa banyak orang yang membalas yang cocok dengan apa yang Anda jual.
ladder-meaning-cost-per-qualified = Biaya satu percakapan yang layak dilanjutkan.
ladder-meaning-handoff-rate = Berapa banyak chat terkualifikasi yang sampai ke pemesanan, penawaran harga, panggilan, atau checkout.
ladder-meaning-cost-per-handoff = Biaya satu langkah lanjutan yang nyata bersama tim penjualan.
ladder-meaning-close-rate = Berapa banyak serah terima yang menjadi pelanggan.
ladder-meaning-cpa = Belanja iklan per pelanggan.
ladder-meaning-cac = Semua biaya untuk mendapatkan satu pelanggan: belanja iklan ditambah biaya tim penjualan, alat kerja, dan jasa.
ladder-meaning-revenue-per-conversation = Nilai rata-rata setiap percakapan yang dimulai.
ladder-meaning-roas = Pendapatan per satuan belanja iklan. Di atas 1× berarti iklan sudah menutup biayanya sendiri.
ladder-meaning-revenue-per-customer = Rata-rata nilai pesanan atau deal.
ladder-meaning-cpm = Biaya untuk 1.000 impresi iklan.
ladder-meaning-ctr = Berapa banyak impresi yang menghasilkan klik tautan.
ladder-meaning-cost-per-click = Biaya satu klik tautan.
ladder-meaning-click-to-conversation = Berapa banyak klik tautan yang menjadi percakapan.

## Rumus
# Rumus dalam kata-kata: "Belanja iklan ÷ Percakapan dimulai". $numerator, $denominator: label isian.
ladder-formula = { $numerator } ÷ { $denominator }
# Rumus CPM: per 1.000 impresi.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1.000
# Pembilang CAC. $spend, $other: label Belanja iklan dan Biaya akuisisi lain.
ladder-spend-plus-other = ({ $spend } + { $other })
# Rumus dengan angka pengguna: "IDR 1.800.000 ÷ 600 = IDR 3.000".
# $value: hasilnya, atau ladder-no-value jika tidak ada.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1.000 = { $value }
# Pengganti angka yang tidak diketahui dalam rumus.
ladder-unknown-number = ?
# $reason: mengapa nilainya tidak dapat dihitung, misalnya "isi Pelanggan".
ladder-no-value = — ({ $reason })
# Diucapkan setelah "Rumus", tersembunyi dari tampilan: "Rumus untuk Tingkat balasan".
ladder-formula-for = untuk { $metric }

## Grafik corong
# Label batang. $stage: nama tahap, misalnya "Balasan".
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · belum diisi
ladder-bar-not-valid = { $stage } · bukan jumlah yang valid
# $share: porsi tahap dari percakapan dimulai, misalnya 65%.
ladder-share-of-started = { $share } dari yang dimulai
# Di samping tahap yang lebih besar daripada tahap sebelumnya. $stage: tahap sebelumnya, dalam kalimat ("balasan").
ladder-more-than-stage = ⚠ lebih banyak daripada { $stage }
# Padanan teks grafik: "Corong: Percakapan dimulai 600, Balasan 390, …". $stages: daftarnya.
ladder-funnel = Corong: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } belum diisi

## Pemeriksaan formulir
# $typed: teks seperti yang diketik; $decimal, $thousands: dua cara membacanya, misalnya 1,2 dan 1.200.
ladder-reads-as = “{ $typed }” terbaca sebagai { $decimal }. Maksud Anda { $thousands }? Pilih salah satu, atau ketik tanpa pemisah.
ladder-not-whole-meant = “{ $typed }” bukan bilangan bulat. Maksud Anda { $thousands }?
# Tombol yang mengisi kolom dengan bacaan yang dimaksud. $reading: angka, misalnya 1.200.
ladder-choice = Maksud saya { $reading }
# $named: kode mata uang untuk simbol dalam teks ("USD atau AUD"); $first: yang pertama;
# $currency: mata uang ruang kerja.
ladder-currency-clash = “{ $typed }” ditulis dalam { $named }, tetapi ruang kerja ini memakai { $currency }. Pilih { $first } sebagai mata uang di atas, atau konversikan nominalnya.
# $previous: label tahap sebelumnya; $later, $earlier: kedua jumlah.
ladder-larger-than = Lebih besar daripada { $previous } ({ $later } > { $earlier }). Setiap tahap seharusnya merupakan bagian dari tahap sebelumnya: periksa cara percakapan diberi tag.
ladder-clicks-above-impressions = Klik tautan lebih banyak daripada impresi ({ $clicks } > { $impressions }): periksa file ekspornya.

## Angka yang diketik tetapi tidak dapat dibaca
# $text: teks seperti yang diketik.
ladder-not-a-number = “{ $text }” bukan angka. Ketik digit saja, misalnya 1200 atau 1.200,50.
ladder-negative = Tidak boleh negatif. Ketik 0 atau angka positif.
ladder-not-whole = “{ $text }” bukan bilangan bulat. Jumlah selalu berupa bilangan bulat, misalnya 42.
ladder-too-many-decimals = Terlalu banyak angka desimal. Gunakan paling banyak 6 angka di belakang pemisah.
# $max: nilai terbesar yang diterima isian.
ladder-too-large = Terlalu besar. Nilai terbesar yang diterima adalah { $max }.

## Target dan pengaturan
ladder-setting-reply-target = Target tingkat balasan
ladder-setting-qualification-target = Target tingkat kualifikasi
ladder-setting-handoff-target = Target tingkat serah terima
ladder-setting-close-target = Target tingkat closing
ladder-setting-min-volume = Volume minimum per langkah
ladder-setting-sales-cycle = Siklus penjualan biasanya
ladder-setting-window = Periode pelaporan
ladder-setting-previous-cost = Biaya per pesan periode lalu
# Satuan yang ditulis setelah isian pengaturan.
ladder-unit-percent = %
ladder-unit-people = orang
ladder-unit-days = hari
# $currency: kode mata uang ruang kerja, ditulis setelah pengaturan nominal uang.
ladder-unit-currency = { $currency }
ladder-hint-target = Persentase dari tahap sebelumnya. Jika kosong, nilai bawaan yang dipakai.
# $count: volume minimum bawaan.
ladder-hint-min-volume = Langkah dengan jumlah orang di awal yang lebih sedikit dari ini tidak dinilai. Bawaan: { $count }.
ladder-hint-sales-cycle = Jumlah hari yang biasanya diperlukan dari pesan pertama hingga terjadi penjualan.
ladder-hint-window = Jumlah hari yang dicakup angka-angka ini. Jika kosong, tanggal dari data impor yang menentukannya.
ladder-hint-previous-cost = Opsional: untuk mendeteksi biaya per pesan yang naik.
# $min: nilai terkecil pengaturan ini.
ladder-at-least = Gunakan { $min } atau lebih.
ladder-target-negative = Target tidak boleh negatif. Ketik persentase, misalnya 40.
ladder-target-range = Target adalah persentase di atas 0 dan paling tinggi 100, misalnya 40.

## Jenis bisnis, yang menentukan target preset
ladder-business-service-quotes = Jasa berbasis penawaran
ladder-business-ecommerce-questions = E-commerce dengan pertanyaan produk
ladder-business-b2b-consultations = Konsultasi B2B
ladder-business-lead-seller = Penjual lead / afiliasi
ladder-business-custom = Target saya sendiri
# Alasan preset ini, di bawah pilihan. Serah terima dan closing adalah langkah tangga.
ladder-note-service-quotes = Permintaan penawaran harga: banyak chat berasal dari luar area layanan atau sekadar menanyakan harga, jadi kualifikasi biasanya menjadi penyaring utama.
ladder-note-ecommerce-questions = Pertanyaan produk: hanya sedikit chat yang menunjukkan niat membeli, tetapi yang sampai ke checkout seharusnya membeli. Serah terima = diarahkan ke checkout atau keranjang.
ladder-note-b2b-consultations = Konsultasi: kriteria kecocokan ketat dan siklus panjang; closing berarti kontrak yang sudah ditandatangani.
ladder-note-lead-seller = Menjual lead: serah terima = lead dikirim ke pembeli, closing = lead diterima oleh pembeli.
ladder-note-custom = Target Anda sendiri: tetapkan setiap tingkat berdasarkan riwayat atau rencana Anda.

## Tanggal dalam data impor
# Cara baris bertanggal dikelompokkan menjadi periode, ditawarkan di pratinjau impor.
ladder-grouping-auto = Otomatis: per bulan, jika ada beberapa bulan
ladder-grouping-whole = Satu total per nama
ladder-grouping-month = Per bulan
ladder-grouping-week = Per minggu (Sen–Min)
# Nama periode ketika menamai segmen atau satu bulan data. $month: nama bulan (di bawah);
# $year: empat digit (2026).
period-month = { $month } { $year }
# Rentang hari lainnya: $dates adalah "2026-10-01 – 2026-10-17" seperti tertulis di data.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = Januari
month-february = Februari
month-march = Maret
month-april = April
month-may = Mei
month-june = Juni
month-july = Juli
month-august = Agustus
month-september = September
month-october = Oktober
month-november = November
month-december = Desember
