# Temuan diagnosis: kalimat-kalimat dengan angka pengguna
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Temuan diagnosis
# Kalimatnya dibangun dari nama-nama di bawah ini, yang dimasukkan sebagai argumen: nama langkah
# ($step), nama tahap, dan hasil akhir bisnis ($outcome, $outcomes).
# Nama langkah di dalam kalimat: "langkah kualifikasi", "Langkah penghambat: kualifikasi".
step-name-reply = balasan
step-name-qualification = kualifikasi
step-name-handoff = serah terima
step-name-close = closing
# Nama langkah di awal baris: "Balasan: tingkat 10% lebih tinggi".
step-title-reply = Balasan
step-title-qualification = Kualifikasi
step-title-handoff = Serah terima
step-title-close = Closing
# Nama tahap di dalam kalimat: "Tangga berhenti di serah terima ke tim penjualan."
stage-name-started = percakapan dimulai
stage-name-replied = balasan
stage-name-qualified = percakapan terkualifikasi
stage-name-handed-off = serah terima ke tim penjualan
stage-name-customer = pelanggan
# Sebutan bisnis untuk tahap terakhirnya, satu entri per jenis bisnis. Bahasa Indonesia memakai
# satu bentuk untuk berapa pun jumlahnya; $count tetap diterima (satu varian other saja).
outcome-customers = { $count ->
   *[other] pelanggan
    }
outcome-orders = { $count ->
   *[other] pesanan
    }
outcome-accepted-leads = { $count ->
   *[other] lead yang diterima
    }
# Dua kalimat, berurutan.
dx-then = { $first } { $then }
# Daftar, dibangun dari kanan: dua terakhir digabung ("b dan c"), lalu setiap butir sebelumnya
# digabung ke sisa daftar ($rest): "a, b dan c"; "a, b atau c"; "a; b; c".
dx-list-and = { $first } dan { $rest }
dx-list-or = { $first } atau { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first }; { $rest }
# $outcome: sebutan hasil akhir bisnis untuk $count (atau satu, di bawah).
dx-more-outcomes = tambahan sekitar { $count } { $outcome }
dx-less-than-one-more = tambahan kurang dari 1 { $outcome }
# Lencana di atas judul.
dx-badge-limiting = Langkah penghambat: { $step }
dx-badge-provisional = Sementara: { $step }
dx-badge-meets-targets = Semua langkah sesuai target
dx-badge-nothing-clear = Tidak ada langkah lemah yang jelas
dx-badge-not-enough-data = Data belum cukup
# Judul.
dx-headline-reply = Sebagian besar chat berhenti setelah pesan pertama
dx-headline-qualification = Biaya chat murah, tetapi terlalu sedikit yang cocok
dx-headline-handoff = Chat terkualifikasi macet sebelum sampai ke tim penjualan
# Untuk penjual lead, yang langkah closing-nya adalah pembeli menerima lead.
dx-headline-close-leads = Pembeli menolak terlalu banyak lead
dx-headline-close = Serah terima tidak menghasilkan { $outcomes }
dx-headline-provisional = Langkah { $step } tampak di bawah target, tetapi masih terlalu dini untuk memastikannya
dx-headline-meets-targets = Semua langkah memenuhi targetnya: pengungkitnya adalah volume
dx-headline-nothing-clear = Belum ada langkah yang jelas di bawah target
dx-headline-not-enough-data = Data belum cukup untuk menilai langkah mana pun
# Kemungkinan penyebab, menurut penilaian.
dx-causes-reply = Respons pertama: seberapa cepat datangnya, apakah mudah dijawab, dan apakah sesuai dengan yang dijanjikan iklan. Pembuka yang lambat atau generik kehilangan orang yang semenit sebelumnya masih tertarik.
dx-causes-qualification = Kualitas trafik dan kejelasan penawaran: siapa yang dijangkau iklan dan apa yang dijanjikannya, serta apakah chat mengajukan pertanyaan yang memisahkan calon pembeli dari yang sekadar melihat-lihat.
dx-causes-handoff = Alur chat setelah seseorang terkualifikasi: seberapa cepat dan jelas langkah berikutnya (booking, penawaran harga, panggilan, checkout) ditawarkan, dan apakah serah terima benar-benar dicatat.
dx-causes-close-leads = Kualitas lead menurut definisi pembeli: apakah chat memeriksa kriteria penerimaan pembeli sebelum lead dikirim, dan apakah janji iklan sesuai dengan penawaran pembeli.
dx-causes-close = Proses penjualan, harga, ekspektasi yang dibangun oleh chat, dan seberapa cocok penawaran dengan orang-orang yang didatangkan iklan.
dx-causes-meets-targets = Jangkauan dan materi iklan: langkah chat dan penjualan sudah berjalan baik, jadi pengungkitnya adalah lebih banyak percakapan dari jenis yang sama.
dx-causes-nothing-clear = Langkah yang ditandai “belum dapat dipastikan”: dengan volume saat ini, tingkatnya bisa berada di sisi mana pun dari target. Tabel menunjukkan berapa banyak percakapan lagi yang diperlukan untuk memastikan masing-masing.
dx-causes-nothing-clear-projected = Tingkat akhir closing yang diproyeksikan bisa berada di sisi mana pun dari targetnya: yang akan memastikannya adalah deal yang masih terbuka seiring deal itu closing, bukan percakapan tambahan. Periksa lagi setelah deal-deal itu closing.
dx-causes-not-enough-data = Isi jumlah setiap tahap. Sebuah langkah dinilai setelah cukup banyak orang berada di tahap awalnya dan jumlahnya menyusut dari tahap ke tahap.
# Yang bisa dicoba, menurut penilaian.
dx-action-reply-fast = Balas dalam hitungan menit selama iklan berjalan; balasan pertama yang instan dengan satu pertanyaan mudah lebih baik daripada balasan sempurna yang lambat.
dx-action-reply-question = Buka dengan satu pertanyaan yang terkait dengan penawaran di iklan, bukan dengan menu atau teks panjang.
dx-action-reply-ad = Pastikan iklan menjelaskan tujuan chat, agar orang datang dalam keadaan siap mengobrol.
dx-action-qualification-ad = Sebutkan di iklan untuk siapa penawarannya (area, anggaran, kebutuhan) agar orang yang tidak cocok tidak memulai chat.
dx-action-qualification-budget = Alihkan anggaran dari audiens dan penempatan yang menghasilkan banyak chat tetapi sedikit yang terkualifikasi.
dx-action-qualification-questions = Ajukan satu atau dua pertanyaan kualifikasi di awal chat: kebutuhan, waktu, lokasi, atau anggaran.
dx-action-qualification-define = Tuliskan definisi “terkualifikasi” dan beri tag dengan cara yang sama setiap kali.
dx-action-handoff-offer = Tawarkan langkah berikutnya (tautan booking, jadwal panggilan, formulir penawaran harga, tautan checkout) begitu seseorang terkualifikasi.
dx-action-handoff-time = Ukur waktu dari terkualifikasi hingga kontak pertama oleh tim penjualan, lalu persingkat.
dx-action-handoff-tag = Pastikan setiap serah terima diberi tag: serah terima yang tidak tercatat terlihat seperti orang yang berhenti.
dx-action-close-leads-reasons = Minta alasan penolakan dari pembeli dan jadikan dua alasan teratas sebagai pertanyaan di chat.
dx-action-close-leads-check = Periksa detail lead (data kontak, lokasi, kelayakan) sebelum mengirimkannya.
dx-action-close-leads-cut = Hentikan audiens dan penempatan yang lead-nya paling sering ditolak, dinilai dari biaya per lead yang diterima.
dx-action-close-review = Tinjau deal yang kalah: apakah karena harga, waktu, atau kesenjangan antara janji iklan dan penawaran?
dx-action-close-price = Jelaskan harga atau kisaran harga sebelum serah terima, agar waktu tim penjualan terpakai untuk orang yang mampu membeli.
dx-action-close-follow-up = Lakukan follow-up dengan cepat dan lebih dari sekali: lead dari chat cepat mendingin dalam satu atau dua hari.
dx-action-meets-targets-audiences = Uji audiens baru atau penargetan yang lebih luas, dinilai dari biaya per percakapan terkualifikasi, bukan biaya per pesan.
dx-action-meets-targets-creative = Uji pendekatan materi iklan baru sambil mempertahankan pesan yang menarik orang-orang terkualifikasi.
dx-action-meets-targets-budget = Naikkan anggaran secara bertahap dan periksa apakah tingkat setiap langkah tetap bertahan saat volume bertambah.
# Bagaimana perbaikan bisa kebablasan, menurut penilaian.
dx-risk-reply = Pembuka yang lebih agresif bisa menaikkan balasan dari orang yang memang tidak akan membeli: pantau tingkat kualifikasi saat Anda mengubahnya.
dx-risk-qualification = Jangan menumpuk pertanyaan di awal: kualifikasi yang terlalu berat juga membuat pembeli sungguhan pergi, padahal mereka ingin jawaban cepat lebih dulu. Biaya per pesan kemungkinan sedikit naik; nilailah dari biaya per percakapan terkualifikasi.
dx-risk-handoff = Terburu-buru mengarahkan semua orang ke panggilan bisa membuat Anda kehilangan orang yang ingin tahu harga atau mendapat jawaban di chat lebih dulu.
dx-risk-close-leads = Penyaringan yang ketat sebelum pengiriman juga memangkas volume: bandingkan biaya per lead yang diterima sebelum dan sesudahnya, bukan hanya tingkat penerimaannya.
dx-risk-close = Memberi diskon agar lebih banyak closing bisa menaikkan jumlah pelanggan tetapi menjatuhkan pendapatan per pelanggan: pantau ROAS, bukan hanya tingkat closing.
dx-risk-meets-targets = Menaikkan skala terlalu cepat biasanya mendatangkan prospek yang lebih lemah lebih dulu: pantau tingkat kualifikasi saat belanja iklan bertambah.
# Kalimat terakhir ringkasan: tindakan pertama di atas, di dalam kalimat.
dx-try-reply = Hal pertama yang bisa dicoba: balas dalam hitungan menit selama iklan berjalan; balasan pertama yang instan dengan satu pertanyaan mudah lebih baik daripada balasan sempurna yang lambat.
dx-try-qualification = Hal pertama yang bisa dicoba: sebutkan di iklan untuk siapa penawarannya (area, anggaran, kebutuhan) agar orang yang tidak cocok tidak memulai chat.
dx-try-handoff = Hal pertama yang bisa dicoba: tawarkan langkah berikutnya (tautan booking, jadwal panggilan, formulir penawaran harga, tautan checkout) begitu seseorang terkualifikasi.
dx-try-close-leads = Hal pertama yang bisa dicoba: minta alasan penolakan dari pembeli dan jadikan dua alasan teratas sebagai pertanyaan di chat.
dx-try-close = Hal pertama yang bisa dicoba: tinjau deal yang kalah; apakah karena harga, waktu, atau kesenjangan antara janji iklan dan penawaran?
# Bukti untuk langkah yang menghambat bisnis.
# $reached dari $from: kedua jumlah langkah itu; $rate: tingkatnya; $range: rentang 95%-nya;
# $target: tingkat targetnya.
dx-evidence-reply = { $reached } dari { $from } percakapan dimulai mendapat balasan: { $rate } (rentang 95% { $range }), di bawah target { $target }.
dx-evidence-qualification = { $reached } dari { $from } balasan terkualifikasi: { $rate } (rentang 95% { $range }), di bawah target { $target }.
dx-evidence-handoff = { $reached } dari { $from } percakapan terkualifikasi diteruskan ke tim penjualan: { $rate } (rentang 95% { $range }), di bawah target { $target }.
# Langkah yang dihitung dari tahap sebelum tahapnya sendiri, karena tahap di antaranya tidak dihitung:
# $from-stage dan $stage adalah nama tahap (stage-name-…); $target adalah hasil kali target
# langkah-langkah yang dicakupnya.
dx-evidence-folded = { $reached } dari { $from } { $from-stage } berlanjut menjadi { $stage }: { $rate } (rentang 95% { $range }), di bawah target { $target } (hasil kali target semua langkah yang dicakupnya).
dx-evidence-close = { $reached } dari { $from } serah terima berhasil closing: { $rate } (rentang 95% { $range }), di bawah target { $target }.
# $so-far: tingkat closing sejauh ini; $rate dan $range: proyeksi tingkat closing akhir dari deal bulan-bulan sebelumnya.
dx-evidence-close-projected = { $reached } dari { $from } serah terima sudah berhasil closing sejauh ini ({ $so-far }); jika deal yang masih terbuka closing seperti deal bulan-bulan sebelumnya, tingkat closing diproyeksikan berakhir di { $rate } (rentang 95% { $range }), di bawah target { $target }.
# Tingkat closing yang dinilai dari proyeksinya, dengan rentang yang mencakup target: $so-far tingkat
# sejauh ini; $rate dan $range: proyeksi tingkat akhir.
dx-evidence-projected-unclear = Tingkat { $step } diproyeksikan berakhir di { $rate } (rentang 95% { $range }), { $so-far } sejauh ini: tingkat ini bisa berada di sisi mana pun dari target { $target } sampai lebih banyak deal yang masih terbuka berhasil closing.
# $date: hari saat deal yang paling baru bisa dinilai.
dx-evidence-too-early = Langkah { $step } sejauh ini mencapai { $reached } dari { $from } ({ $rate }), tetapi deal lama yang sudah closing masih terlalu sedikit untuk memproyeksikan sisanya: langkah ini baru bisa dinilai pada { $date }.
# $target: tingkat target langkah; $more: hasil akhir yang akan bertambah ("tambahan sekitar 14
# pelanggan", dx-more-outcomes); $cac: biaya per pelanggan saat itu; $revenue: tambahan pendapatan.
dx-reaching = Jika mencapai { $target }, Anda akan mendapat { $more }.
dx-reaching-cac = Jika mencapai { $target }, Anda akan mendapat { $more }, dengan CAC { $cac }.
dx-reaching-revenue = Jika mencapai { $target }, Anda akan mendapat { $more } dan tambahan pendapatan { $revenue }.
dx-reaching-cac-revenue = Jika mencapai { $target }, Anda akan mendapat { $more }, CAC { $cac }, dan tambahan pendapatan { $revenue }.
# $cost: biayanya dalam belanja iklan; $times: kelipatannya terhadap $message-cost, biaya per pesan.
dx-cost-qualified = Setiap percakapan terkualifikasi memerlukan belanja iklan { $cost }, { $times } dari biaya per pesan { $message-cost }.
dx-cost-handoff = Setiap serah terima ke tim penjualan memerlukan belanja iklan { $cost }, { $times } dari biaya per pesan { $message-cost }.
dx-cost-customer = Setiap pelanggan memerlukan belanja iklan { $cost }, { $times } dari biaya per pesan { $message-cost }.
dx-evidence-immature = Periode pelaporan lebih pendek daripada siklus penjualan, jadi sebagian deal ini mungkin masih akan closing: anggap hasil ini sementara.
# $started percakapan menghasilkan $customers: jumlah tahap pertama dan terakhir.
dx-evidence-meets-targets = Rentang 95% setiap langkah berada di atas targetnya; { $started } percakapan menghasilkan { $customers } { $outcome }.
# Langkah yang belum dapat dinilai; $count: tambahan percakapan dimulai yang akan memastikannya.
dx-cant-tell-more = Tingkat { $step } { $rate } (rentang 95% { $range }) bisa berada di sisi mana pun dari target { $target }: tambahan sekitar { $count } percakapan dimulai akan memastikannya.
dx-cant-tell-close = Tingkat { $step } { $rate } (rentang 95% { $range }) bisa berada di sisi mana pun dari target { $target }: posisinya begitu dekat dengan target sehingga tambahan volume tidak akan memisahkan keduanya.
# $count: volume minimum.
dx-evidence-not-enough-data = Setiap langkah memerlukan minimal { $count } orang di tahap awalnya, dan jumlah yang konsisten, sebelum tingkatnya bermakna.
# Langkah lain di bawah target: $rate berbanding $target; $more: seperti di dx-reaching.
dx-other-below = Langkah { $step } juga di bawah target: { $rate } berbanding { $target }.
dx-other-below-worth = Langkah { $step } juga di bawah target: { $rate } berbanding { $target }, bernilai { $more } jika mencapai target.
dx-other-below-provisional = Langkah { $step } juga di bawah target: { $rate } berbanding { $target } (sementara: periode pelaporan lebih pendek daripada siklus penjualan).
dx-other-below-projected = Langkah { $step } juga di bawah target: proyeksi { $rate } berbanding { $target } ({ $so-far } sejauh ini).
dx-other-below-worth-provisional = Langkah { $step } juga di bawah target: { $rate } berbanding { $target }, bernilai { $more } jika mencapai target (sementara: periode pelaporan lebih pendek daripada siklus penjualan).
# Penurunan terbesar. $lost: porsi yang hilang di langkah itu.
dx-naive-same = Ini juga penurunan terbesar di tangga ({ $lost } hilang di langkah ini).
# $step: langkah dengan penurunan terbesar, $target targetnya; $limiting: langkah yang disebut
# diagnosis. Satu entri untuk setiap posisi $step terhadap targetnya.
dx-naive-doing-well = Penurunan terbesar ada di langkah { $step } ({ $lost } hilang), tetapi tingkat { $step } memang secara alami lebih rendah daripada langkah lain: dibandingkan dengan targetnya ({ $target }), langkah ini berjalan baik, sedangkan langkah { $limiting } membuat Anda kehilangan lebih banyak { $outcomes }.
dx-naive-also-short = Penurunan terbesar ada di langkah { $step } ({ $lost } hilang), tetapi tingkat { $step } memang secara alami lebih rendah daripada langkah lain: dibandingkan dengan targetnya ({ $target }), langkah ini juga kurang, sedangkan langkah { $limiting } membuat Anda kehilangan lebih banyak { $outcomes }.
dx-naive-not-clearly-short = Penurunan terbesar ada di langkah { $step } ({ $lost } hilang), tetapi tingkat { $step } memang secara alami lebih rendah daripada langkah lain: dibandingkan dengan targetnya ({ $target }), langkah ini belum jelas kurang, sedangkan langkah { $limiting } membuat Anda kehilangan lebih banyak { $outcomes }.
# Biaya per pesan dibandingkan biaya per pelanggan. $count: percakapan per pelanggan.
dx-context = Satu pesan berbiaya { $message-cost }, sedangkan belanja iklan per { $outcomes } mencapai { $customer-cost }: perlu sekitar { $count } percakapan untuk mendapatkan satu { $outcome }.
# Ringkasan untuk email klien: kalimat-kalimat ini berurutan (orang ketiga, tanpa "Anda").
dx-summary-spend = Belanja iklan sebesar { $spend } menghasilkan { $started } percakapan.
# $cost: biaya per pesan.
dx-summary-spend-each = Belanja iklan sebesar { $spend } menghasilkan { $started } percakapan, dengan biaya per pesan { $cost }.
# Jumlah setiap tahap dan tingkat langkahnya; $cac: biaya per pelanggan, semua biaya; $roas: kelipatan.
dx-summary-ladder = { $replied } membalas ({ $reply-rate }), { $qualified } terkualifikasi ({ $qualification-rate }), { $handed-off } diteruskan ke tim penjualan ({ $handoff-rate }), dan { $customers } menjadi { $outcomes } ({ $close-rate }).
dx-summary-ladder-cac = { $replied } membalas ({ $reply-rate }), { $qualified } terkualifikasi ({ $qualification-rate }), { $handed-off } diteruskan ke tim penjualan ({ $handoff-rate }), dan { $customers } menjadi { $outcomes } ({ $close-rate }), dengan biaya total { $cac } per pelanggan.
dx-summary-ladder-roas = { $replied } membalas ({ $reply-rate }), { $qualified } terkualifikasi ({ $qualification-rate }), { $handed-off } diteruskan ke tim penjualan ({ $handoff-rate }), dan { $customers } menjadi { $outcomes } ({ $close-rate }), dengan ROAS { $roas }.
dx-summary-ladder-cac-roas = { $replied } membalas ({ $reply-rate }), { $qualified } terkualifikasi ({ $qualification-rate }), { $handed-off } diteruskan ke tim penjualan ({ $handoff-rate }), dan { $customers } menjadi { $outcomes } ({ $close-rate }), dengan biaya total { $cac } per pelanggan dan ROAS { $roas }.
# $more: seperti di dx-reaching.
dx-summary-step = Langkah penghambatnya adalah { $step }: { $rate } berbanding target { $target }.
dx-summary-step-reaching = Langkah penghambatnya adalah { $step }: { $rate } berbanding target { $target }; jika target tercapai, akan ada { $more }.
dx-summary-step-projected = Langkah penghambatnya adalah { $step }: diproyeksikan berakhir di { $rate } berbanding target { $target }, karena masih ada deal yang dalam proses closing.
dx-summary-step-provisional = Langkah penghambatnya adalah { $step }: { $rate } berbanding target { $target } (sementara, karena periode pelaporan lebih pendek daripada siklus penjualan).
dx-summary-step-provisional-reaching = Langkah penghambatnya adalah { $step }: { $rate } berbanding target { $target } (sementara, karena periode pelaporan lebih pendek daripada siklus penjualan); jika target tercapai, akan ada { $more }.
# $headline: judul (dx-headline-…) sebagai kalimat.
dx-summary-headline = { $headline }.
# Ringkasan untuk angka rekaan dari contoh.
dx-example-summary = Contoh dengan angka rekaan: { $summary }
# Pemeriksaan data. $reached-stage ($reached orang) dan $from-stage ($from): kedua tahap langkah itu.
dx-check-inconsistent = Jumlahnya tampak tidak konsisten: { $reached-stage } ({ $reached }) lebih besar daripada { $from-stage } ({ $from }).
dx-check-no-verdict = Periksa cara percakapan diberi tag; langkah { $step } tidak akan dinilai sampai jumlahnya konsisten.
# $stage: tahap terakhir yang punya jumlah.
dx-check-stops-at = Tangga berhenti di { $stage }.
dx-check-no-start = Tangga tidak memiliki jumlah awal.
# Tahap yang tidak dihitung padahal tahap sesudahnya dihitung: $stages (nama tahap, daftar) digabungkan ke
# langkah $step (step-name-…), yang dinilai dari $from (nama tahap); $sources: tempat menemukannya.
dx-check-folded = Di sini { $stages } tidak dihitung. Sebagai gantinya, langkah { $step } dinilai dari { $from }, dibandingkan dengan hasil kali targetnya dan target langkah-langkah yang tidak dihitung; tambahkan { $stages } ({ $sources }) untuk menilai setiap langkah secara terpisah.
# $stages: tahap tanpa jumlah (daftar); $sources: tempat menemukan masing-masing (daftar
# dx-source-…); $steps: $count langkah yang karenanya belum dinilai (daftar).
dx-check-add = Tambahkan { $stages } ({ $sources }) untuk menilai { $count } langkah: { $steps }.
dx-source-started = dari Pengelola Iklan
dx-source-replied = dari kotak masuk atau alat chat Anda
dx-source-qualified = dari audit chat atau CRM Anda
dx-source-handed-off = dari CRM atau alat booking Anda
dx-source-customer = dari CRM atau catatan penjualan Anda
# $window dan $cycle: jumlah hari.
dx-check-immature = Hasil mungkin belum matang: periode pelaporan { $window } hari lebih pendek daripada siklus penjualan { $cycle } hari, jadi tahap-tahap akhir masih akan bertambah.
dx-check-immature-imported = Hasil mungkin belum matang: periode pelaporan { $window } hari (dari tanggal data impor) lebih pendek daripada siklus penjualan { $cycle } hari, jadi tahap-tahap akhir masih akan bertambah.
dx-check-provisional = Penilaian serah terima dan closing bersifat sementara.
# Dari deal yang diimpor beserta tanggalnya (waktu hingga closing). $since: bulan atau minggu ("Oktober
# 2026"); $date: tanggal ISO, saat deal yang paling baru bisa dinilai.
dx-check-maturing = Deal yang dimulai sejak { $since } masih dalam proses closing: tingkat closing hanya menghitung deal yang sudah menang sejauh ini, jadi tingkat ini baru dinilai pada { $date }.
# Seperti dx-check-maturing, jika bulan-bulan sebelumnya memungkinkan proyeksi: $wins adalah deal menang yang masih diharapkan.
dx-check-maturing-projected = Deal yang dimulai sejak { $since } masih dalam proses closing (hingga { $date }): berdasarkan cara deal bulan-bulan sebelumnya closing, diperkirakan masih ada sekitar { $wins } deal menang lagi dari deal tersebut, jadi tingkat closing dinilai berdasarkan proyeksi nilai akhirnya.
# $earlier dan $later: nama kedua periode; $rise: kenaikannya dalam persen.
dx-check-cost-rose-between = Biaya per pesan naik dari { $before } pada { $earlier } menjadi { $now } pada { $later } (+{ $rise }).
dx-check-cost-rose = Biaya per pesan naik dari { $before } menjadi { $now } (+{ $rise }) sejak periode lalu.
dx-check-cost-advice = Hal ini biasanya menunjuk ke penayangan: materi iklan yang sudah usang, relevansi yang lemah, audiens yang sudah jenuh, atau persaingan yang meningkat. Periksa frekuensi, umur materi iklan, dan relevansi sebelum mengubah chat.
# Sel penilaian di tabel langkah.
dx-verdict-below = Di bawah target
dx-verdict-above = Di atas target
# $count: percakapan yang akan memastikannya.
dx-verdict-cant-tell-more = Belum dapat dipastikan: sekitar { $count } percakapan lagi akan memastikannya
dx-verdict-cant-tell = Tidak dapat dipastikan: terlalu dekat dengan target untuk dibedakan
# Proyeksi tingkat yang rentangnya mencakup target: menunggu deal closing akan memastikannya.
dx-verdict-cant-tell-yet = Belum dapat dipastikan
# $have dari $need orang yang diperlukan tahap awal langkah itu.
dx-verdict-not-enough-data = Data belum cukup ({ $have } dari { $need } yang diperlukan)
dx-verdict-inconsistent = Jumlah tidak konsisten
dx-verdict-missing = Jumlah belum diisi
# Langkah yang tahapnya tidak dihitung padahal tahap sesudahnya dihitung: dinilai bersama langkah berikutnya.
dx-verdict-not-counted = Tidak dihitung: dinilai bersama langkah berikutnya
# $verdict: salah satu penilaian di atas, selama periode pelaporan lebih pendek daripada siklus penjualan.
dx-verdict-provisional = { $verdict } (sementara)
# $verdict: salah satu penilaian di atas, dinilai berdasarkan proyeksi tingkat akhir; $so-far: tingkat sejauh ini.
dx-verdict-projected = { $verdict } (proyeksi; { $so-far } sejauh ini)
# $date: hari saat deal yang paling baru bisa dinilai.
dx-verdict-too-early = Terlalu dini: dinilai pada { $date }
# Sel "Jika mencapai target" di tabel langkah.
dx-impact-at-target = Sudah mencapai atau melampaui target
dx-impact-needs-counts = Perlu jumlah setiap tahap untuk memperkirakannya
# $outcome: sebutan hasil akhir bisnis untuk $count.
dx-impact-gain = +{ $count } { $outcome }
# $gain: hasil akhir yang bertambah (dx-impact-gain, atau dx-less-than-one-more); $cac: biaya per
# pelanggan saat itu; $revenue: tambahan pendapatan.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, pendapatan +{ $revenue }
dx-impact-cac-revenue = { $gain }, CAC { $cac }, pendapatan +{ $revenue }
# Tabel pengungkit: tambahan dalam hasil akhir utuh ("+14", atau di bawah satu).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Biaya per pesan 10% lebih rendah (belanja iklan sama)
# $steps: judul langkah (step-title-…), atau daftar langkah yang diawali judul:
# "Balasan, kualifikasi atau closing" (dx-list-or). Judul ditaruh di awal agar huruf besarnya tepat.
dx-lever-rate = { $steps }: tingkat 10% lebih tinggi
# $outcome: sebutan hasil akhir bisnis untuk satu.
dx-lever-revenue = Pendapatan per { $outcome } 10% lebih tinggi
# $more: seperti di dx-reaching; $cac: biaya per pelanggan saat itu.
dx-levers-alike = Semua pengungkit bernilai sama di sini: kenaikan 10% di langkah mana pun berarti { $more }.
dx-levers-alike-cac = Semua pengungkit bernilai sama di sini: kenaikan 10% di langkah mana pun berarti { $more }, dengan CAC { $cac }.
dx-levers-alike-choose = Pilih langkah yang paling murah untuk ditingkatkan, biasanya yang paling jauh di bawah targetnya.
dx-lever-note = Tangga ini mengalikan tingkat-tingkatnya, jadi kenaikan 10% di langkah mana pun menaikkan tahap terakhir sebesar 10% juga, kecuali jika langkah itu sudah mendekati 100%. Langkah yang paling jauh di bawah target biasanya merupakan tempat kenaikan 10% paling murah didapat.
# Jawaban dalam satu baris di ponsel: $line adalah lencana (dx-badge-…) dan teks sebelumnya.
dx-answer-cac = { $line } · CAC { $cac }
# $cost: biaya per pesan.
dx-answer-cost = { $line } · biaya per pesan { $cost }
