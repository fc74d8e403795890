# Membandingkan segmen dan periode: pilihan "Menampilkan", tabel segmen, inversi, pencilan, mengapa CAC berubah, pemindahan anggaran
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.
# Daftar memakai dx-list-comma dan dx-list-semicolon.

## Pilihan "Menampilkan"
cmp-source-typed = Angka yang diketik
# Semua segmen yang diimpor dijumlahkan; $count: banyaknya (tepat 1: satu-satunya yang diimpor).
cmp-source-total = { $count ->
    [1] Data impor: total
   *[other] Data impor: { $count } segmen dijumlahkan
    }
# $name: nama periode, misalnya "Oktober 2026" atau nama dari file.
cmp-source-period = Data impor: { $name }, semua kampanye
# $name: label segmen (cmp-segment-label…).
cmp-source-segment = Data impor: { $name }

## Label segmen
# Nama segmen seperti tertulis di file, tanpa diubah.
cmp-segment-label = { $name }
# Nama yang berulang (kampanye di dua bulan), dengan nama periodenya: "Promo musim panas · Oktober 2026".
cmp-segment-label-period = { $name } · { $period }

## Tabel segmen
# Di bawah tabel panjang; $shown: baris yang ditampilkan; $count: semua segmen.
cmp-showing = Menampilkan { $shown } dari { $count } segmen dalam urutan ini.
cmp-other-cost-note = CAC menambahkan biaya akuisisi lain yang diketik di Isian lainnya, dibagi ke segmen-segmen sesuai porsi belanja iklannya, sehingga jumlah biaya semua segmen sama dengan biaya akun.

## Pesan murah, pelanggan mahal
# $name: segmen dengan pesan lebih murah; $other: segmen pembandingnya.
# $message, $other-message: biaya per pesan keduanya; $customer, $other-customer: biaya per
# pelanggan keduanya; $times: biaya per pelanggan $name sebagai kelipatan biaya $other, misalnya 5,53×.
cmp-inversion = { $name } memiliki pesan yang lebih murah daripada { $other } ({ $message } berbanding { $other-message }), tetapi pelanggannya lebih mahal ({ $customer }, { $times } biaya { $other }).
cmp-inversion-cheapest = { $name } memiliki pesan termurah ({ $message }) dan pelanggan termahal ({ $customer }, { $times } biaya { $other }).
cmp-inversion-unclear = { $name } memiliki pesan yang lebih murah daripada { $other } ({ $message } berbanding { $other-message }) dan tampak lebih mahal per pelanggan ({ $customer } berbanding { $other-customer }), tetapi jumlah pelanggan per percakapan keduanya belum dapat dibedakan: lebih banyak percakapan akan memastikan mana yang lebih murah.
# $count: volume minimum; $names: segmen di bawahnya, masing-masing dengan cmp-quoted, dalam daftar.
cmp-not-ranked = Tidak diperingkat, karena masing-masing kurang dari { $count } percakapan: { $names }.
# Nama segmen dalam tanda kutip.
cmp-quoted = “{ $name }”
# Padanan teks grafik; $points: satu cmp-point per segmen, dalam daftar (titik koma).
cmp-points-summary = Biaya per pesan terhadap CAC, per segmen: { $points }.
# $message: biaya per pesan; $customer: biaya per pelanggan; $spend: belanja iklan segmen.
cmp-point = { $name }: { $message } per pesan, { $customer } per pelanggan, belanja iklan { $spend }

## Pencilan
# Segmen di luar batas 99,8%. $share: tingkatnya pada langkah itu (cmp-share-…);
# $range: batas pada volumenya; $pooled: tingkat semua segmen digabung.
cmp-outlier-below = { $name }: { $share }, di bawah rentang yang diharapkan pada volume tersebut ({ $range } di sekitar tingkat gabungan { $pooled }).
cmp-outlier-above = { $name }: { $share }, di atas rentang yang diharapkan pada volume tersebut ({ $range } di sekitar tingkat gabungan { $pooled }).
# "9% dari 350 balasan terkualifikasi": $rate dari $count orang di awal langkah berhasil melewatinya.
cmp-share-reply = { $rate } dari { $count } percakapan mendapat balasan
cmp-share-qualification = { $rate } dari { $count } balasan terkualifikasi
cmp-share-handoff = { $rate } dari { $count } percakapan terkualifikasi diteruskan ke tim penjualan
cmp-share-close = { $rate } dari { $count } serah terima berhasil closing
# Padanan teks grafik. $metric: tingkat langkah, misalnya "Tingkat kualifikasi";
# $pooled: tingkat semua segmen digabung; $points: satu cmp-funnel-point… per segmen (titik koma).
cmp-funnel-summary = { $metric } per segmen terhadap volume, gabungan { $pooled }: { $points }.
# $rate sebuah segmen dari $count orang di awal langkah.
cmp-funnel-point = { $name } { $rate } dari { $count }
cmp-funnel-point-watch = { $name } { $rate } dari { $count } (di luar rentang 95%)
cmp-funnel-point-below = { $name } { $rate } dari { $count } (di bawah rentang 99,8%)
cmp-funnel-point-above = { $name } { $rate } dari { $count } (di atas rentang 99,8%)

## Mengapa CAC berubah
# Jika deal periode yang lebih baru masih dalam proses closing (waktu hingga closing): cara pelanggan kedua
# periode dibuat sebanding. $earlier, $later: nama periode; $so-far dan $projected: pelanggan yang didapat
# sejauh ini dan proyeksinya setelah semua deal selesai.
cmp-like-projected = Dibandingkan secara setara: deal { $later } masih dalam proses closing, jadi pelanggannya dihitung dengan proyeksi jumlah akhirnya, { $projected } ({ $so-far } sejauh ini).
cmp-like-projected-both = Dibandingkan secara setara: deal di kedua periode masih dalam proses closing, jadi pelanggan keduanya dihitung dengan proyeksi jumlah akhirnya: { $earlier-projected } pada { $earlier } ({ $earlier-so-far } sejauh ini) dan { $projected } pada { $later } ({ $so-far } sejauh ini).
# $days: usia periode yang lebih baru; $removed: deal menang periode sebelumnya yang datang setelah itu.
cmp-like-same-age = Dibandingkan secara setara: deal { $later } masih dalam proses closing dan terlalu dini untuk diproyeksikan, jadi { $earlier } hanya menghitung pelanggan yang didapat paling lama { $days } hari sejak awal periode, sama dengan usia { $later } saat ini ({ $removed } deal yang menang setelahnya tidak dihitung).
# Faktor yang menggerakkan CAC, sebagai judul baris tabel.
cmp-factor-cost-per-message = Biaya per pesan
cmp-factor-reply-rate = Tingkat balasan
cmp-factor-qualification-rate = Tingkat kualifikasi
cmp-factor-handoff-rate = Tingkat serah terima
cmp-factor-close-rate = Tingkat closing
cmp-factor-other-cost = Biaya lain per satuan belanja iklan
# Tingkat suatu langkah yang dihitung dari tahap yang lebih awal, karena tahap tepat sebelumnya tidak
# dihitung di kedua periode: $factor adalah nama tingkatnya, $from tahapnya ("percakapan dimulai").
cmp-factor-from = { $factor } (dari { $from })
# Sama, di dalam kalimat.
cmp-factor-name-cost-per-message = biaya per pesan
cmp-factor-name-reply-rate = tingkat balasan
cmp-factor-name-qualification-rate = tingkat kualifikasi
cmp-factor-name-handoff-rate = tingkat serah terima
cmp-factor-name-close-rate = tingkat closing
cmp-factor-name-other-cost = biaya lain per satuan belanja iklan
# Di bawah batang grafik air terjun: CAC sebelumnya, setiap faktor (singkat), CAC sekarang.
cmp-bar-before = Sebelum
cmp-bar-messages = Pesan
cmp-bar-reply = Balasan
cmp-bar-qualified = Kualifikasi
cmp-bar-handoff = Serah terima
cmp-bar-close = Closing
cmp-bar-other = Lainnya
cmp-bar-now = Sekarang
# Di atas batang total: CAC, dalam uang.
cmp-bar-total = { $amount }
cmp-cant-split = Kedua periode memerlukan belanja iklan, percakapan dimulai, dan minimal satu pelanggan, dengan jumlah yang menyusut dari tahap ke tahap (tahap yang hanya dihitung di salah satu periode tidak disertakan).
# $cac: CAC di kedua periode.
cmp-cac-held = CAC tetap di { $cac }: perubahan faktor-faktornya saling meniadakan.
# $before, $after: CAC di periode sebelumnya dan sesudahnya. $main: faktor yang paling mendorong
# arah perubahan CAC; $against: faktor terbesar yang berlawanan (cmp-factor-rose…,
# cmp-cost-per-message-rose…).
cmp-cac-rose = CAC naik dari { $before } menjadi { $after }.
cmp-cac-rose-although = CAC naik dari { $before } menjadi { $after } meskipun { $against }.
cmp-cac-rose-because = CAC naik dari { $before } menjadi { $after }: { $main }.
cmp-cac-rose-although-because = CAC naik dari { $before } menjadi { $after } meskipun { $against }: { $main }.
cmp-cac-fell = CAC turun dari { $before } menjadi { $after }.
cmp-cac-fell-although = CAC turun dari { $before } menjadi { $after } meskipun { $against }.
cmp-cac-fell-because = CAC turun dari { $before } menjadi { $after }: { $main }.
cmp-cac-fell-although-because = CAC turun dari { $before } menjadi { $after } meskipun { $against }: { $main }.
# $change: besarnya, sebagai persentase dari biaya sebelumnya.
cmp-cost-per-message-rose = biaya per pesan naik { $change }
cmp-cost-per-message-fell = biaya per pesan turun { $change }
# $factor: nama langkah (step-name-…) atau cmp-factor-name-other-cost; $before, $after:
# tingkatnya di kedua periode.
cmp-factor-rose = { $factor } naik dari { $before } menjadi { $after }
cmp-factor-fell = { $factor } turun dari { $before } menjadi { $after }
# $moved: perubahan suatu langkah (cmp-factor-rose…) yang menurut rentang 95%-nya belum bisa dibedakan dari fluktuasi acak.
cmp-noise-note = { $moved } (perubahan yang masih bisa jadi fluktuasi acak)
# Nominal uang dengan tandanya: "+Rp35.120", "−Rp28.450" (tanda minus yang sebenarnya).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Diikuti period-waterfall-caption; $change: cmp-money-up atau cmp-money-down.
cmp-cac-changed-by = CAC berubah sebesar { $change }
# Padanan teks grafik air terjun; $before, $after: CAC di kedua periode; $parts: satu
# cmp-waterfall-part per faktor, dalam daftar (titik koma).
cmp-waterfall-summary = CAC { $before }; { $parts }; CAC sekarang { $after }.
# $factor: cmp-factor-name-…; $change: bagiannya dari perubahan CAC, cmp-money-up atau -down.
cmp-waterfall-part = { $factor } { $change }
# Perubahan tingkat langkah dalam poin persentase: rentang 95%-nya. $low, $high: kedua ujungnya,
# dengan tanda dan satu desimal, misalnya "−12,2".
cmp-points-range = { $low } hingga { $high } poin
# Perubahan tingkat langkah dinilai terhadap fluktuasi acak.
cmp-verdict-real = Melampaui fluktuasi acak
cmp-verdict-noise = Bisa jadi fluktuasi acak
# $count: tambahan orang di awal langkah, di setiap periode, yang akan memastikannya.
cmp-verdict-noise-settle = Bisa jadi fluktuasi acak: tambahan sekitar { $count } orang di awal langkah pada setiap periode akan memastikannya

## Memindahkan anggaran antarsegmen
cmp-exponent-note = Seberapa besar harga pesan naik saat belanja iklan segmen bertambah: pada { $k }, menggandakan belanja iklan segmen membuat pesannya sekitar { $dearer } lebih mahal (2^{ $k } = { $factor }), sehingga percakapannya bertambah { $more }, bukan { $all }. { $zero } berarti setiap tambahan anggaran membeli pesan dengan harga saat ini.
cmp-budget-warning = Pesan murah dalam skala besar cenderung mendatangkan orang yang senang mengobrol tetapi tidak membeli: nilai pemindahan anggaran dari biaya per pelanggan, bukan dari biaya per pesan.
cmp-exponent-range = Eksponennya antara 0 dan 1: 0 untuk harga saat ini, 1 untuk tidak ada tambahan percakapan sama sekali.
# Baris tabel akun setelah pemindahan.
cmp-budget-row-conversations = Percakapan
cmp-budget-row-customers = Pelanggan
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Pendapatan
# $amount dipindahkan dari segmen $from ke segmen $to; $after, $before: pelanggan akun
# sesudah dan sebelum pemindahan, dalam orang.
cmp-move = Memindahkan { $amount } dari { $from } ke { $to }: sekitar { $after } pelanggan, bukan { $before }.
# Seperti cmp-move, dengan CAC sesudah ($cac-after) dan sebelum ($cac-before) pemindahan.
cmp-move-cac = Memindahkan { $amount } dari { $from } ke { $to }: sekitar { $after } pelanggan, bukan { $before }, dan CAC { $cac-after }, bukan { $cac-before }.
# Nama pemindahan sebagai skenario; $amount: seperti yang diketik pengguna.
cmp-move-name = Pindahkan { $amount } dari { $from } ke { $to }
