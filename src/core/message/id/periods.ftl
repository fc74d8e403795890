# Periode ke periode: mengapa CAC berubah
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Periode ke periode
# Dibaca setelah label isian, tersembunyi dari tampilan: "Pelanggan (periode sebelumnya)".
period-earlier-mark = (periode sebelumnya)
period-earlier-summary = Periode sebelumnya, untuk melihat mengapa CAC berubah (opsional)
period-earlier-hint = Angka yang sama untuk periode sebelumnya. Perbandingannya muncul di samping tangga.
period-earlier-label = Periode sebelumnya
period-later-label = Periode sesudahnya
# $earlier: nama periode sebelumnya; $now: nama periode sesudahnya.
period-comparing = Membandingkan { $earlier } dengan { $now }.
period-earlier-column = Sebelumnya
now-column = Sekarang
period-part-column = Bagian dari perubahan
period-change-range-column = Rentang 95% perubahan
# Mengikuti total perubahan yang dicetak tebal ("CAC berubah sebesar +Rp12.400") dan menutup kalimatnya.
period-waterfall-caption = . CAC sebelumnya (kiri), bagian setiap faktor dari perubahan (naik berarti pelanggan lebih mahal), dan CAC sekarang (kanan).
chart-in-words = Grafik dalam bentuk teks
period-parts-region = Tabel perubahan CAC
period-parts-caption = Apa yang menggerakkan CAC: bagian setiap faktor, yang jika dijumlahkan sama dengan perubahannya
period-factor-column = Faktor
period-steps-region = Tabel perubahan tingkat langkah
period-steps-caption = Perubahan setiap tingkat langkah, dibandingkan dengan fluktuasi acak (rentang 95% dengan metode Newcombe)
period-heading = Mengapa CAC berubah antarperiode
funnel-caption = Setiap batang adalah porsi suatu tahap dari percakapan dimulai. Tingkat langkah dan biaya per tahap, beserta rumusnya, ada di bagian Metrik.
grid-region = Kolom tabel file
