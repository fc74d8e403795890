# Waktu hingga closing: berapa lama deal sampai dimenangkan, tingkat closing tiap bulan sejauh ini dan proyeksinya,
# kapan tiap bulan bisa dinilai, dan seberapa tepat proyeksinya pada data lama milik pengguna sendiri.
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

closing-heading = Waktu hingga closing
# $deals: deal bertanggal dalam ekspor CRM; $date: hari terakhir yang dicakup data (ISO, 2026-11-30).
closing-lede = { $deals } deal bertanggal, data per { $date }.
# $median dan $p90: hari. “Deal yang menang” adalah deal yang sudah menang per tanggal data dan, menurut estimasi
# dengan data tersensor, deal yang masih terbuka tetapi akan menang.
closing-days = Separuh deal yang menang sudah closing paling lama { $median } hari sejak dimulai, dan 90% paling lama { $p90 } hari.
closing-no-wins = Belum ada deal yang menang hingga tanggal itu, jadi belum dapat diketahui berapa lama waktu yang dibutuhkan untuk closing.
# Seberapa cepat tahap sebelumnya tercapai, jika log mencatat tanggalnya (“Qualified at”, “Booked on”).
# $stage: closing-stage-qualified atau closing-stage-handed-off; $median dan $p90: hari sejak
# percakapan dimulai; $reached dari $count: berapa yang sudah mencapainya sejauh ini.
closing-stage-days = { $stage }: separuh percakapan yang mencapai tahap ini sudah mencapainya paling lama { $median } hari sejak dimulai, dan 90% paling lama { $p90 } hari ({ $reached } dari { $count } sejauh ini).
closing-stage-none = { $stage }: belum ada percakapan yang mencapai tahap ini hingga tanggal itu.
closing-stage-qualified = Kualifikasi
closing-stage-handed-off = Serah terima ke tim penjualan atau booking
closing-caption = Deal setiap bulan: tingkat closing sejauh ini, tingkat yang diproyeksikan setelah deal punya cukup waktu untuk closing, dan kapan bulan itu bisa dinilai
# Judul tabel kedua: pelanggan, biaya, dan pendapatan tiap kelompok.
closing-money-caption = Pelanggan setiap bulan: berapa jumlahnya, berapa biayanya, dan berapa pendapatan yang mereka bawa, sejauh ini dan setelah deal bulan itu punya cukup waktu untuk closing
closing-money-caption-weeks = Pelanggan setiap minggu: berapa jumlahnya, berapa biayanya, dan berapa pendapatan yang mereka bawa, sejauh ini dan setelah deal minggu itu punya cukup waktu untuk closing
closing-caption-weeks = Deal setiap minggu: tingkat closing sejauh ini, tingkat yang diproyeksikan setelah deal punya cukup waktu untuk closing, dan kapan minggu itu bisa dinilai
closing-col-started = Dimulai pada
closing-col-age = Usia
closing-col-deals = Deal
closing-col-won = Menang sejauh ini
closing-col-rate = Tingkat closing sejauh ini
closing-col-projected = Proyeksi tingkat closing (rentang 95%)
closing-col-judge = Bisa dinilai pada
# Dengan belanja iklan dari data iklan untuk bulan yang sama: biaya per pelanggan sejauh ini, dan setelah
# deal bulan itu closing sesuai proyeksi.
closing-col-cac = CAC sejauh ini
# Pelanggan yang diproyeksikan dihasilkan deal suatu bulan pada akhirnya, dan pendapatan yang mereka bawa.
closing-col-customers = Proyeksi pelanggan (rentang 95%)
closing-col-revenue = Pendapatan sejauh ini
closing-col-revenue-projected = Proyeksi pendapatan (rentang 95%)
closing-col-cac-projected = Proyeksi CAC (rentang 95%)
# $cac, $low, $high: jumlah uang.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } atau lebih)
closing-cac-none = — (belum ada pelanggan)
# $customers, $low, $high: jumlah pelanggan, bilangan bulat.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high: jumlah uang.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (belum ada pendapatan)
closing-cac-not-projected = — (tidak diproyeksikan)
closing-cac-no-spend = — (tidak ada belanja iklan untuk periode ini)
# $days: usia kelompok dalam hari.
closing-age = { $days } hari
# $rate: persentase; $range: rentang 95%-nya (20%–31%).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (final: { $range })
closing-too-early = Terlalu dini untuk diproyeksikan
# $have dan $need: deal yang menang di bulan (atau minggu) yang sudah cukup lama untuk dinilai.
closing-too-few = Terlalu sedikit untuk diproyeksikan: { $have } deal menang di antara deal yang sudah cukup lama untuk dinilai, perlu { $need }
closing-no-development = Terlalu dini untuk diproyeksikan: belum ada bulan sebelumnya yang diikuti cukup lama untuk menunjukkan bagaimana deal menangnya bertambah
# Tidak diproyeksikan karena uji pada masa lalu (di bawah tabel) meleset terlalu jauh pada data ini.
closing-off-on-its-past = Tidak diproyeksikan: saat diuji pada masa lalu data ini sendiri, proyeksinya meleset terlalu jauh untuk diandalkan (lihat di bawah)
# $date: tanggal ISO.
closing-judged = { $date } (sudah lewat)
closing-judge-later = { $date }
closing-judge-unknown = Belum diketahui
# $days: berapa hari sebelumnya; $points: rata-rata selisih dalam poin persentase (2,1); $count: bulan yang dibandingkan.
closing-backtest = Jika diproyeksikan dari { $days } hari sebelumnya, tingkat closing meleset rata-rata { $points } poin ({ $count } bulan dibandingkan).
# Seperti closing-backtest, jika kelompoknya mingguan: $count adalah jumlah minggu yang dibandingkan.
closing-backtest-weeks = Jika diproyeksikan dari { $days } hari sebelumnya, tingkat closing meleset rata-rata { $points } poin ({ $count } minggu dibandingkan).
closing-backtest-bad = Jika diproyeksikan dari { $days } hari sebelumnya, tingkat closing meleset rata-rata { $points } poin: terlalu jauh pada data ini sehingga proyeksinya belum bisa diandalkan.
closing-backtest-none = Riwayat data belum cukup untuk mencocokkan proyeksi dengan apa yang terjadi sesudahnya.
# Kurva jumlah hari hingga closing. $days: hari sejak deal dimulai.
closing-chart-caption = Seberapa cepat deal yang akhirnya menang sampai closing
closing-chart-days = hari sejak deal dimulai →
closing-chart-share = porsi dari deal yang akhirnya menang
# Sumbu vertikal saat kurva tahap-tahap sebelumnya digambar di samping kurva deal yang menang.
closing-chart-share-stages = porsi dari deal yang mencapai tahap itu
# Nama kurva deal yang menang di legenda, di samping kurva tahap-tahap sebelumnya (closing-stage-…).
closing-chart-won = Closing
closing-chart-median = median { $days } hari
closing-chart-p90 = 90% dalam { $days } hari
# Padanan teks grafik: $q25, $q50, $q75, $q90, dan $last adalah hari sejak deal dimulai.
closing-chart-summary = Seperempat deal yang akhirnya menang sudah closing paling lama { $q25 } hari sejak dimulai, separuhnya paling lama { $q50 } hari, tiga perempatnya paling lama { $q75 } hari, 90% paling lama { $q90 } hari, dan yang terakhir paling lama { $last } hari.
closing-method-summary = Cara menghitungnya
closing-method = Jumlah hari hingga closing diperkirakan dengan menghitung deal yang masih terbuka hanya sampai usianya saat ini (data tersensor) dan deal yang kalah sebagai hasil pesaing (insidensi kumulatif). Sebuah bulan dinilai setelah persentil ke-90 jumlah hari hingga closing berlalu sejak hari terakhir bulan itu. Tingkat closing akhir bulan yang lebih baru diproyeksikan dari cara deal menang di bulan-bulan yang lebih lama bertambah dari bulan ke bulan (chain ladder: deal menang tiap bulan sejauh ini × faktor pertambahan deal menang bulan-bulan yang lebih lama sesudahnya), dengan galat baku Mack untuk pertambahannya dan galat binomial untuk jumlah deal, sebagai rentang 95%. Belum ada proyeksi sampai bulan-bulan yang sudah bisa dinilai berisi setidaknya 20 deal menang.
# Di bawah closing-method: cara CAC kampanye diproyeksikan di bulan yang deal-nya masih dalam proses closing.
closing-method-campaigns = Jika beberapa kampanye berbagi bulan yang sama dan deal bulan itu masih dalam proses closing, pelanggan tiap kampanye sejauh ini dikalikan dengan faktor pertambahan yang diproyeksikan untuk pelanggan bulan itu (jumlah akhir deal menang bulan itu dibagi jumlahnya sejauh ini), seolah-olah deal kampanye tersebut closing dengan laju yang sama seperti deal bulan itu: kampanye yang dimulai menjelang akhir bulan, atau yang closing-nya lebih lambat daripada kampanye lain, akan diproyeksikan terlalu rendah sampai deal-nya punya cukup waktu.
# Di bawah tabel segmen dan daftar pembalikan, selama deal sebagian segmen masih dalam proses closing.
# $periods: nama periode-periodenya, dalam daftar.
closing-segments-projected = Deal masih dalam proses closing: CAC untuk { $periods } sudah menghitung pelanggan yang diproyeksikan masih akan didapat, ditandai “proyeksi” (lihat Waktu hingga closing).
closing-segments-so-far = Deal masih dalam proses closing: CAC untuk { $periods } hanya menghitung pelanggan yang didapat sejauh ini, ditandai “sejauh ini”; deal lama yang sudah closing masih terlalu sedikit untuk memproyeksikan sisanya (lihat Waktu hingga closing).
# Kedua kalimat di atas, berurutan.
closing-segments-both = { $projected } { $so-far }
# Pengganti nama periode dalam closing-segments-* jika segmen tidak punya periode sendiri.
closing-all-deals = semua deal
# Tanda di samping CAC dalam tabel segmen dan tabel peringkat.
closing-cac-mark-projected = proyeksi
closing-cac-mark-so-far = sejauh ini
