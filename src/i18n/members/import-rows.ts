/** What can be wrong with a row of old records being brought in (Impor): Bahasa Indonesia first, then English. */
import { messageTable } from '../table';

export const messages = messageTable({
  id: {
    IMPORT_MEMBER_ID_INVALID: 'Nomor anggota "{id}" tidak bisa dipakai. Pakai huruf, angka, dan tanda minus saja, misalnya A-0012.',
    IMPORT_NIK_AS_NUMBER: 'NIK {nik} tersimpan sebagai angka, jadi angka terakhirnya bisa hilang. Ubah kolom NIK menjadi teks biasa (Format > Angka > Teks biasa), lalu tempel lagi.',
    IMPORT_AMOUNT_NEGATIVE: 'Jumlah "{text}" tidak boleh minus.',
    IMPORT_ID_REPEATED: 'Nomor anggota {id} tertulis lebih dari satu kali. Setiap anggota perlu nomor sendiri.',
    IMPORT_NIK_REPEATED: 'NIK {nik} tertulis lebih dari satu kali. Periksa apakah ini orang yang sama.',
    IMPORT_MEMBER_ID_TAKEN: 'Nomor anggota {id} sudah dipakai oleh {name}. Kosongkan nomornya agar diberi nomor baru, atau perbaiki nomornya.',
    IMPORT_MAYBE_REGISTERED: 'Sudah ada anggota bernama {name} yang masuk tanggal {date} (nomor {id}). Jika orang yang sama, hapus baris ini. Jika orang lain, isi NIK-nya.',
    IMPORT_JOIN_DATE_FUTURE: 'Tanggal masuk {date} belum terjadi. Periksa tanggalnya.',
    IMPORT_JOIN_AFTER_CUTOVER: 'Tanggal masuk {date} sesudah tanggal pindah buku {cutover}. Daftarkan anggota ini seperti anggota baru.',
    IMPORT_ALREADY_DIFFERENT: 'Anggota {id} sudah diimpor sebelumnya dengan saldo yang berbeda (jurnal {entry}). Saldo tidak diubah. Jika saldo lama salah, buat pembatalan jurnal itu lalu impor lagi.',
    IMPORT_POKOK_DIFFERS: 'Simpanan pokok Rp{amount}, berbeda dari Rp{expected} yang berlaku sekarang. Tidak apa-apa jika dulu jumlahnya memang lain.',
    IMPORT_SUMMARY: '{imported} anggota diimpor, {already} sudah ada sebelumnya, {refused} perlu diperbaiki.',
    MEMO_OPENING_BALANCE: 'Saldo awal simpanan {member}',
  },
  en: {
    IMPORT_MEMBER_ID_INVALID: 'Member number "{id}" cannot be used. Use letters, digits and dashes only, for example A-0012.',
    IMPORT_NIK_AS_NUMBER: 'NIK {nik} is stored as a number, so its last digit may be lost. Make the NIK column plain text (Format > Number > Plain text), then paste again.',
    IMPORT_AMOUNT_NEGATIVE: 'The amount "{text}" cannot be below zero.',
    IMPORT_ID_REPEATED: 'Member number {id} is written more than once. Each member needs her own number.',
    IMPORT_NIK_REPEATED: 'NIK {nik} is written more than once. Check whether this is the same person.',
    IMPORT_MEMBER_ID_TAKEN: 'Member number {id} already belongs to {name}. Leave the number empty to get a new one, or correct it.',
    IMPORT_MAYBE_REGISTERED: 'There is already a member named {name} who joined on {date} (number {id}). If she is the same person, delete this row. If not, fill in her NIK.',
    IMPORT_JOIN_DATE_FUTURE: 'The join date {date} has not happened yet. Check the date.',
    IMPORT_JOIN_AFTER_CUTOVER: 'The join date {date} is after the day the books moved over ({cutover}). Register this member as a new member.',
    IMPORT_ALREADY_DIFFERENT: 'Member {id} was imported before with different balances (entry {entry}). The balances were not changed. If the old ones are wrong, reverse that entry and import again.',
    IMPORT_POKOK_DIFFERS: 'Principal savings Rp{amount} differ from the Rp{expected} in force now. That is fine if the amount was different then.',
    IMPORT_SUMMARY: '{imported} members imported, {already} already there, {refused} need correcting.',
    MEMO_OPENING_BALANCE: 'Opening savings balance of {member}',
  },
});
