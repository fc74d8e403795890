# Bilah ruang kerja dan cadangan
# Bahasa Indonesia: entri dan argumen ($nama) sama dengan en/; tanpa bentuk jamak.

## Bilah ruang kerja
workspaces-region = Ruang kerja
workspace-label = Ruang kerja
workspace-manage = Ganti nama, buat baru, duplikat, hapus, cadangkan
workspace-name = Nama
workspace-new = Baru
workspace-duplicate = Duplikasi
workspace-delete = Hapus
workspace-download-backup = Unduh cadangan
workspace-restore-backup = Pulihkan cadangan
restore-region = Pulihkan cadangan
# $contents: isi cadangan, misalnya "3 ruang kerja: Acme (diubah 5 menit lalu), …".
restore-holds = Cadangan ini berisi { $contents }
restore-beside = Semuanya ditambahkan di samping ruang kerja Anda; tidak ada yang ditimpa.
restore-add = Tambahkan
restore-unreadable = File tidak dapat dibaca sebagai teks.
bar-created = Ruang kerja baru: beri nama di kolom Nama.
bar-duplicated = “{ $name }” telah diduplikasi.
bar-deleted = “{ $name }” telah dihapus.
bar-back = “{ $name }” sudah kembali.
bar-restored = { $count } ruang kerja ditambahkan dari cadangan. Pilih salah satu di atas untuk membukanya.
bar-opened-shared = “{ $name }” dibuka dari tautan, sebagai ruang kerja tersendiri. Ruang kerja Anda sebelumnya tidak berubah; beralihlah kembali ke sana di atas.
