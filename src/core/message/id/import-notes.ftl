# Kata-kata impor: mengapa input tidak dapat diimpor, catatan dan deskripsi pratinjau, cara log capaian digabungkan ke data iklan
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.
# Argumen "(daftar)" berisi butir yang digabung dengan imp-list; nama dari file diberi kutip oleh imp-quoted.

## Letak masalah impor
# $file: nama file (atau imp-pasted-cells); $line dan $column: nomor mulai dari 1;
# $header: header kolom seperti tertulis di file; $problem: salah satu masalah di bawah.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }, baris { $line }: { $problem }
imp-in-cell = { $file }, baris { $line }, kolom { $column } (“{ $header }”): { $problem }
imp-in-column = { $file }, kolom { $column } (“{ $header }”): { $problem }

## Mengapa impor tidak dapat dilanjutkan
# Sebagian besar mengikuti "file, baris …: " (diawali huruf kecil); yang menyangkut file
# secara keseluruhan diawali huruf besar.
imp-empty = File ini kosong. Ekspor ulang laporannya, atau tempel selnya saja.
imp-workbook = Ini adalah workbook Excel (.xlsx), bukan file CSV, meskipun namanya berakhiran .csv. Di Excel atau Sheets, gunakan File › Simpan Sebagai (atau Download) › CSV, lalu unggah file tersebut.
imp-binary = File ini bukan teks (berisi data biner). Unggah ekspor CSV atau TSV, atau tempel selnya saja.
# $byte: posisi teks terputus, dihitung dalam byte dari awal file.
imp-bad-utf16 = File ini menyatakan dirinya UTF-16 tetapi terputus di byte { $byte }. Ekspor ulang sebagai CSV UTF-8.
imp-undecodable = teksnya tidak dapat didekode.
imp-no-rows = Tidak ada baris untuk diimpor: teksnya kosong.
# $found: jumlah nilai di baris ini; $expected: jumlah nilai di baris pertama.
imp-ragged = { $found } nilai, padahal baris pertama memiliki { $expected }. Kemungkinan ada nilai yang berisi pemisah tanpa tanda kutip (misalnya nama kampanye yang mengandung koma): apit nilai seperti itu dengan tanda kutip ganda, atau ekspor ulang filenya.
# $value: isi sel seperti tertulis di file. "Abaikan" adalah peran imp-role-ignore.
imp-not-a-number = “{ $value }” bukan angka. Perbaiki selnya, atau atur peran kolom ini ke Abaikan.
imp-negative = “{ $value }” bernilai negatif. Belanja iklan dan jumlah tidak boleh negatif: perbaiki selnya, atau atur kolom ini ke Abaikan.
# $counts: apa yang dihitung kolom itu, di dalam kalimat (imp-counted-…).
imp-not-whole = “{ $value }” bukan bilangan bulat, padahal { $counts } dihitung dengan bilangan bulat. Periksa peran kolom dan pemisah desimalnya.
imp-counted-started = percakapan dimulai
imp-counted-replies = balasan
imp-counted-qualified = percakapan terkualifikasi
imp-counted-handoffs = serah terima ke tim penjualan
imp-counted-customers = pelanggan
imp-counted-impressions = impresi
imp-counted-link-clicks = klik tautan
imp-counted-results = hasil (Meta)
# $results: hasil lain, seperti dinamai di file (daftar, misalnya "Reach, Leads").
imp-other-results-only = setiap baris berisi hasil lain ({ $results }), jadi tidak ada percakapan pesan untuk diimpor. Ekspor kampanye yang hasilnya adalah “Percakapan pesan dimulai”.
# $columns: header file, masing-masing dalam tanda kutip (daftar). Nama header yang disarankan
# tetap dalam bahasa Inggris: itulah nama yang dikenali pengimpor.
imp-no-ladder-columns = tidak ada kolom belanja iklan atau tahap yang dikenali (kolom: { $columns }). Atur peran setiap kolom di bawah, atau ganti nama header menjadi nama seperti “Spend”, “Conversations started”, “Qualified”, “Customers”.
imp-unreadable = browser tidak dapat membaca file ini. Coba simpan ulang filenya.
imp-worker-unreadable = Proses impor di latar belakang mengirim balik data yang tidak dapat dibaca.
imp-worker-no-file = Proses impor di latar belakang tidak menerima file apa pun.
# Jawaban proses impor dari versi aplikasi yang lebih lama, yang tidak menyebutkan alasannya.
imp-unknown = impor berhenti karena alasan yang tidak dapat dijelaskan oleh versi aplikasi ini. Muat ulang halaman dan coba lagi.

## Daftar dan nama di dalam kalimat
# Nama seperti tertulis di file, dalam tanda kutip.
imp-quoted = “{ $name }”
# Daftar: butir pertama, lalu sisanya (daftar lagi, atau butir terakhir).
imp-list = { $first }, { $rest }

## Catatan di bawah pratinjau
# $count: jumlah kolom (2 atau lebih); $role: nama perannya (imp-role-…); $columns:
# header-headernya, dalam tanda kutip (daftar); $first: header kolom yang dibaca.
imp-shared-role = { $count } kolom tampak seperti “{ $role }” ({ $columns }): hanya yang pertama, “{ $first }”, yang dibaca. Ubah peran kolom untuk membaca kolom lain.
# $results: hasil lain (daftar, misalnya "Reach, Post engagements"); $amount: belanja iklan
# di baris-baris itu (imp-amount, atau nominal biasa jika mata uangnya tidak diketahui).
imp-other-results = { $rows } baris berisi hasil lain ({ $results }), dengan belanja iklan { $amount }, tidak disertakan: hanya baris percakapan pesan yang dihitung, beserta belanja iklannya.
# $currency: kode mata uang, misalnya "IDR"; $amount: nominalnya, misalnya "1.234,50".
imp-amount = { $currency } { $amount }
# "Hasil" adalah nama kolom Meta.
imp-other-actions = Hasil di { $rows } baris menghitung tindakan lain (indikator hasilnya bukan “percakapan pesan dimulai”), jadi tidak dihitung sebagai percakapan.
# $line: nomor baris di file.
imp-totals-row = Baris { $line } adalah baris total: tidak disertakan agar tidak ada yang terhitung dua kali.
imp-totals-row-mismatch = Baris { $line } adalah baris total (angkanya tidak cocok dengan baris lain, periksa filenya): tidak disertakan agar tidak ada yang terhitung dua kali.
# $rows: baris yang dijumlahkan; $segments: segmen yang terbentuk.
imp-grouped-by-name = { $rows } baris dikelompokkan menjadi { $segments } segmen berdasarkan nama (baris harian dijumlahkan).
imp-grouped-by-name-and-month = { $rows } baris dikelompokkan menjadi { $segments } segmen berdasarkan nama dan bulan (baris harian dijumlahkan).
imp-grouped-by-name-and-week = { $rows } baris dikelompokkan menjadi { $segments } segmen berdasarkan nama dan minggu (baris harian dijumlahkan).
# $period: bulan atau minggu, misalnya "Oktober 2026" atau "Minggu 2026-10-05"; $first dan
# $last: hari pertama dan terakhir di baris-barisnya, seperti tertulis di file.
imp-part-month = { $period } hanya memiliki baris dari { $first } hingga { $last }: angkanya hanya mencakup sebagian bulan.
imp-part-week = { $period } hanya memiliki baris dari { $first } hingga { $last }: angkanya hanya mencakup sebagian minggu.
# $months: jumlah bulan yang dicakup tanggal baris; $rows: baris yang berlanjut dari satu bulan
# ke bulan berikutnya, atau yang tidak bertanggal. “Per bulan” adalah salah satu pilihan periode di pratinjau.
imp-not-split-spanning-file = Tanggal baris-barisnya mencakup { $months } bulan, tetapi { $rows } baris berlanjut dari satu bulan ke bulan berikutnya, jadi file ini tidak dibagi per bulan. Pilih “Per bulan” untuk memasukkan setiap baris ke bulan awalnya.
imp-not-split-spanning-log = Tanggal baris-barisnya mencakup { $months } bulan, tetapi { $rows } baris berlanjut dari satu bulan ke bulan berikutnya, jadi log ini tidak dibagi per bulan. Pilih “Per bulan” untuk memasukkan setiap baris ke bulan awalnya.
imp-not-split-undated-file = Tanggal baris-barisnya mencakup { $months } bulan, tetapi { $rows } baris tidak bertanggal, jadi file ini tidak dibagi per bulan.
imp-not-split-undated-log = Tanggal baris-barisnya mencakup { $months } bulan, tetapi { $rows } baris tidak bertanggal, jadi log ini tidak dibagi per bulan.
imp-spanning-month = { $rows } baris berlanjut ke bulan berikutnya: masing-masing dihitung di bulan awalnya.
imp-spanning-week = { $rows } baris berlanjut ke minggu berikutnya: masing-masing dihitung di minggu awalnya.
imp-undated-month = { $rows } baris tidak bertanggal: baris tersebut dipisahkan, tidak masuk ke bulan mana pun.
imp-undated-week = { $rows } baris tidak bertanggal: baris tersebut dipisahkan, tidak masuk ke minggu mana pun.
# $periods: bulan atau minggu (daftar, misalnya "Oktober 2026, November 2026").
imp-grouped-by-month = Dikelompokkan per bulan: { $periods }.
imp-grouped-by-week = Dikelompokkan per minggu: { $periods }.
# $statuses: setiap status yang tidak dikenali beserta barisnya (imp-status-rows, daftar).
imp-unknown-statuses = Status yang tidak dikenali, dihitung hanya sebagai percakapan dimulai sampai Anda memetakannya: { $statuses }.
# $status: status seperti tertulis di file; $rows: jumlah baris dengan status itu.
imp-status-rows = “{ $status }” ({ $rows } baris)
# $stage: nama tahap, misalnya "Percakapan terkualifikasi".
imp-entry-stage = Setiap baris setidaknya sudah sampai “{ $stage }”, jadi file ini tidak dapat menghitung tahap-tahap sebelumnya: angkanya berasal dari iklan atau tetap kosong.
# $column: kolom sumber di file, misalnya "Original Traffic Source"; $count: jumlah
# sumber yang disebutnya.
imp-sources-all-kept = “{ $column }” menyebut { $count } sumber: semua baris dipertahankan. Hapus centang sumber di bawah untuk mengecualikan barisnya.
# $kept dari semua $rows baris dipertahankan; $sources: sumber yang dipertahankan (imp-source-rows,
# daftar, atau imp-sources-none); $left: baris yang tidak disertakan; $others: sumber yang tidak disertakan (daftar).
imp-sources-kept = { $kept } dari { $rows } baris dipertahankan, yaitu baris yang sumbernya di “{ $column }”: { $sources }; { $left } baris dari sumber lain tidak disertakan: { $others }. Ubah sumber yang dipertahankan di bawah.
# Seperti imp-sources-kept, untuk saran aplikasi: sumber yang dipertahankan tampak seperti iklan Meta.
imp-sources-kept-suggested = { $kept } dari { $rows } baris dipertahankan, yaitu baris yang sumbernya di “{ $column }”: { $sources } (tampaknya dari iklan Meta); { $left } baris dari sumber lain tidak disertakan: { $others }. Ubah sumber yang dipertahankan di bawah.
imp-sources-none = tidak ada
# Sumber yang dipertahankan atau dikecualikan, di samping kotak centangnya: $source seperti tertulis di file, $rows barisnya.
imp-source-choice = { $source } ({ $rows })
# $source: sumber seperti tertulis di file; $rows: barisnya.
imp-source-rows = “{ $source }” ({ $rows })

## Cara log capaian digabungkan ke data iklan
# $matched dari $total nama di log adalah kampanye di data iklan.
imp-join-names-match = { $matched } dari { $total } nama cocok dengan data iklan.
# $names: kampanye di data iklan, atau nama di log, dalam tanda kutip (daftar).
imp-join-no-outcomes = Tidak ada capaian untuk: { $names }.
imp-join-no-ads = Tidak ada data iklan untuk: { $names } (dipertahankan sebagai segmen tersendiri; perbaiki namanya untuk menggabungkannya).
imp-join-account = Capaiannya digabungkan ke total data iklan: belanja iklan dan percakapan (serta balasan, jika ada di data iklan) dari iklan; percakapan terkualifikasi, serah terima, pelanggan, dan pendapatan dari file ini. File ini tidak ditambahkan sebagai segmen, dan kampanye hanya memakai angka dari iklan.
# $conversations: percakapan tercatat yang tidak disertakan; $customers: pelanggan di antaranya
# (imp-join-customers); $parts: milik siapa dan kapan (imp-join-part-…, daftar).
imp-join-out-of-period = { $conversations } percakapan tercatat ({ $customers }) berada di luar periode data iklan dan tidak disertakan: { $parts }. Impor data iklan yang mencakup tanggal tersebut untuk menghitungnya.
imp-join-customers = { $count } pelanggan
# $name: nama di log; $period: bulan atau minggu, misalnya "Desember 2026";
# $conversations: percakapan tercatatnya.
imp-join-part-in = “{ $name }” pada { $period } ({ $conversations })
imp-join-part-undated = “{ $name }” tanpa tanggal ({ $conversations })
imp-join-more-logged = Percakapan tercatat lebih banyak daripada yang dimulai oleh iklan untuk: { $names }. Periksa jendela atribusi.

## Jenis input yang terdeteksi (setelah "Tampaknya:")
# $roles: peran kolom sesuai urutannya (imp-role-…, daftar).
imp-looks-unlabeled = Angka tanpa label, dibaca menurut urutan tangga: { $roles }.
imp-looks-aggregate = Tabel berisi { $rows } baris dengan belanja iklan dan jumlah per tahap, sebagai { $segments } segmen.
imp-looks-meta = Ekspor Pengelola Iklan Meta: { $rows } baris, { $segments } segmen.
# $currency: kode mata uang belanja iklan, misalnya "IDR".
imp-looks-meta-currency = Ekspor Pengelola Iklan Meta: { $rows } baris, { $segments } segmen, belanja iklan dalam { $currency }.
# $conversations: percakapan yang dihitung (dari sumber yang dipertahankan).
imp-looks-log = Log capaian (deal CRM atau audit percakapan): { $conversations } percakapan dihitung ke dalam { $segments } segmen.
# Seperti imp-looks-log, jika sebagian baris tidak disertakan: $rows, semua baris log.
imp-looks-log-of = Log capaian (deal CRM atau audit percakapan): { $conversations } percakapan dihitung ke dalam { $segments } segmen (dari { $rows } baris).

## Fakta di bawah "Tampaknya:": nama file, lalu fakta-fakta ini, berurutan
# Satu fakta, lalu sisanya.
imp-facts = { $first } · { $rest }
# $encoding: imp-encoding-…
imp-read-as = dibaca sebagai { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (dengan BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = dipisahkan koma
imp-semicolon-separated = dipisahkan titik koma
imp-tab-separated = dipisahkan tab
imp-data-rows = { $count } baris data
# $ms: milidetik, bilangan bulat.
imp-read-in-ms = dibaca dalam { $ms } ms
# $seconds: detik, dengan dua desimal; $speed: megabyte per detik, bilangan bulat.
imp-read-in-s = dibaca dalam { $seconds } detik ({ $speed } MB/s)

## Saat file dibaca, dan sesudahnya
# $read dan $total: megabyte, dengan satu desimal; $rows: baris yang sudah dibaca.
imp-progress = { $read } MB dari { $total } MB · { $rows } baris
imp-cancelled = Impor dibatalkan. Tidak ada yang diubah.
imp-remembered = Menggunakan pilihan kolom yang Anda buat terakhir kali untuk file dengan kolom-kolom ini.
# Sebutan untuk sel yang ditempel, di tempat nama file.
imp-pasted-cells = Sel yang ditempel

## Tabel kolom: satu kolom per kolom file, dengan peran dan pemisah desimalnya di atas
imp-grid-caption = Cara setiap kolom dibaca: perannya dan, untuk angka, pemisah desimalnya; baris-baris pertama ada di bawahnya
imp-grid-role-row = Peran
imp-grid-numbers-row = Angka
# Sel kolom teks di baris pemisah desimal.
imp-grid-text = — (teks)
# $reason: cara pemisah itu ditentukan (imp-decimal-… di bawah).
imp-grid-decided = Ditentukan: { $reason }
# $column: header kolom seperti tertulis di file.
imp-grid-role-of = Peran kolom { $column }
imp-grid-separator-of = Pemisah desimal kolom { $column }
# $row: nomor salah satu baris pertama yang ditampilkan.
imp-grid-row = Baris { $row }
imp-decimal-point-choice = Titik desimal (1,234.5)
imp-decimal-comma-choice = Koma desimal (1.234,5)
# Sel kosong di kolom angka.
imp-blank = (kosong)
# $value: isi sel seperti tertulis di file.
imp-not-a-number-cell = “{ $value }” (bukan angka)

## Cara pemisah desimal kolom ditentukan
# $value: angka seperti tertulis di file.
imp-decimal-point-as-in = titik desimal (seperti pada “{ $value }”)
imp-decimal-comma-as-in = koma desimal (seperti pada “{ $value }”)
# $point dan $comma: dua angka yang masing-masing hanya bisa dibaca satu cara; $separator: yang
# dipakai (imp-the-decimal-…).
imp-decimal-mixed = campuran: “{ $point }” dan “{ $comma }” saling bertentangan; menggunakan { $separator }
imp-grouped-with-dots = pemisah ribuan berupa titik (seperti pada “{ $value }”)
imp-grouped-with-commas = pemisah ribuan berupa koma (seperti pada “{ $value }”)
imp-no-decimals = tidak ditemukan angka desimal; menggunakan { $separator }
imp-set-by-you = diatur oleh Anda
imp-the-decimal-point = titik desimal
imp-the-decimal-comma = koma desimal

## Peran yang dapat diberikan pada kolom
imp-role-ignore = Abaikan
imp-role-name = Nama (kampanye, set iklan, atau iklan)
imp-role-period-start = Tanggal atau awal periode
imp-role-period-end = Akhir periode
imp-role-spend = Belanja iklan
imp-role-started = Percakapan dimulai
imp-role-replies = Balasan
imp-role-qualified = Percakapan terkualifikasi
imp-role-handoffs = Serah terima ke tim penjualan
imp-role-customers = Pelanggan
imp-role-revenue = Pendapatan
imp-role-impressions = Impresi
imp-role-link-clicks = Klik tautan
imp-role-results = Hasil (Meta)
imp-role-result-indicator = Indikator hasil (Meta)
imp-role-status = Status atau tahap (satu baris per chat atau deal)
imp-role-stage = Tahap pipeline (di samping status menang / kalah / terbuka)
imp-role-value = Nilai deal atau pesanan
imp-role-source = Sumber atau saluran (untuk mempertahankan sebagian barisnya)
# Tanggal berakhirnya sebuah deal, dalam log capaian: menang ("Deal - Won time" di Pipedrive), kalah,
# atau tanggal closing yang berarti menang atau kalah hanya pada deal yang sudah ditutup ("Close Date"
# di HubSpot).
imp-role-won-date = Tanggal menang
imp-role-lost-date = Tanggal kalah
imp-role-close-date = Tanggal closing (deal yang sudah ditutup)
imp-role-qualified-date = Tanggal terkualifikasi
imp-role-handoff-date = Tanggal serah terima ke tim penjualan atau booking
