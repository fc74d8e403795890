# Panel impor dan pratinjaunya
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Panel impor
import-reading-in-background = Membaca file di latar belakang…
import-cancel = Batalkan impor
# Dicetak tebal, diikuti spasi dan alasan impor gagal.
import-cant-import = Tidak dapat mengimpor:
import-paste-label = Tempel sel dari spreadsheet
import-paste-hint = Dengan atau tanpa baris judul kolom. Satu baris atau satu kolom angka dibaca menurut urutan tangga: belanja iklan, percakapan, balasan, terkualifikasi, serah terima, pelanggan, pendapatan.
import-preview-pasted = Pratinjau sel yang ditempel
import-upload-label = Atau unggah file ekspor (CSV atau TSV)
import-choose-file = Pilih file
import-upload-hint = Ekspor dari Pengelola Iklan Meta, HubSpot, atau Pipedrive, atau log percakapan. Anda juga bisa menyeret file ke sini. File hanya dibaca di browser ini.
preview-rows-column = Baris
preview-counts-up-to-column = Dihitung hingga
# $status: nilai status seperti tertulis di file, misalnya "Won" atau "Qualified".
preview-stage-reached-by = Tahap yang dicapai oleh “{ $status }”
preview-stages-caption = Tahap pipeline: sejauh mana deal yang terbuka atau kalah sempat berjalan
preview-stages-region = Tabel tahap pipeline
preview-stage-column = Tahap
preview-statuses-caption = Status: setiap baris dihitung pada tahap yang dicapainya dan semua tahap sebelumnya
preview-statuses-region = Tabel status
preview-status-column = Status
# $column: nama kolom file yang menunjukkan asal setiap baris, misalnya "Source".
preview-keep-sources = Pertahankan baris dari sumber berikut (“{ $column }”)
spend-column = Belanja iklan
preview-chats-column = Percakapan
preview-customers-column = Pelanggan
preview-revenue-column = Pendapatan
preview-periods = Periode
# Tanggal yang menjadi batas data ekspor deal. $date: tanggal paling akhir di file.
preview-as-of = Data per tanggal
preview-as-of-hint = Tanggal paling akhir di file adalah { $date }. Jika Anda mengekspornya lebih lambat, isi tanggal ekspornya: deal yang masih terbuka akan dihitung tetap terbuka selama selisih waktu itu, tidak pernah dianggap kalah.
preview-heading = Pratinjau: tidak ada yang berubah sampai Anda menerapkannya
# Dicetak tebal, diikuti spasi dan jenis input yang terdeteksi, misalnya "Ekspor Pengelola Iklan Meta".
preview-looks-like = Tampaknya:
preview-columns-heading = Kolom: cara setiap kolom dibaca (ubah peran atau pemisah mana pun)
preview-segments-region = Tabel segmen yang akan diimpor
# $count: jumlah segmen (kampanye, periode…) yang akan dibuat oleh impor.
preview-segments-caption = Segmen yang akan diimpor: { $count }
segment-column = Segmen
# $count: jumlah segmen lain di luar yang tercantum di tabel.
preview-and-more = …dan { $count } lainnya.
preview-apply = Terapkan impor
