/**
 * Messages for the journal check (src/domain/books/tamper.ts). {row} is the sheet's row number; {entry}
 * the entry id ('-' when the row has none); {seqs} the missing line numbers ('6' or '6–8'); {rows}
 * sheet rows ('12' or '2–22').
 */
import { messageTable } from '../table';

export const messages = messageTable({
  id: {
    JOURNAL_TAMPERED: 'Ada {count} masalah di jurnal. Baris jurnal tidak boleh diubah dengan tangan. Untuk memperbaiki, buat catatan pembatalan.',
    JOURNAL_ROW_EDITED: 'Baris {row} ({entry}) diubah dengan tangan setelah dicatat.',
    JOURNAL_HASH_EDITED: 'Kode pengaman di baris {row} ({entry}) diubah atau dihapus. Isi barisnya masih asli.',
    JOURNAL_ROW_INSERTED: 'Baris {row} ({entry}) ditambahkan dengan tangan, bukan lewat Lumbung.',
    JOURNAL_HASH_MISSING: 'Kode pengaman di baris {row} ({entry}) hilang. Isi barisnya masih asli.',
    JOURNAL_HASHES_MISSING: 'Kode pengaman hilang di {count} baris (baris {rows}). Isi baris itu tidak bisa diperiksa sampai kodenya dikembalikan (lihat riwayat versi spreadsheet).',
    JOURNAL_NOTE_BELOW: 'Baris {row} di bawah jurnal diisi dengan tangan. Itu bukan catatan jurnal: pindahkan tulisan itu ke tab lain.',
    VERIFY_KIND_CODE_MISSING: 'Kode pengaman hilang ({count})',
    RECORDED_TAB_RENAMED: 'Tab "{tab}" tidak ditemukan, tetapi tab "{found}" berisi catatannya. Kembalikan nama tab "{found}" menjadi "{tab}", lalu tekan lagi. Tidak ada yang dicatat atau diperbaiki sampai namanya kembali.',
    RECORDED_TAB_GONE: 'Tab "{tab}" tidak ditemukan, padahal buku ini sudah berisi catatan. Kembalikan nama tab yang diganti menjadi "{tab}" (atau pulihkan tab itu lewat riwayat versi spreadsheet), lalu tekan lagi. Lumbung tidak membuat tab "{tab}" baru yang kosong.',
    RECORDED_COLUMN_RENAMED: 'Kolom {columns} di tab "{tab}" tidak ditemukan. Kembalikan judul kolom yang diganti (mungkin {unknown}) di baris 1 menjadi {columns}, lalu tekan lagi. Tidak ada yang dicatat atau diperbaiki sampai judulnya kembali.',
    RECORDED_COLUMN_GONE: 'Kolom {columns} di tab "{tab}" tidak ditemukan, padahal tab itu sudah berisi catatan. Pulihkan kolom itu lewat riwayat versi spreadsheet, lalu tekan lagi. Lumbung tidak menambah kolom kosong di tempatnya.',
    JOURNAL_ROW_MOVED: 'Baris {row} ({entry}) dipindahkan dari urutan aslinya.',
    JOURNAL_ROWS_DELETED: '{count} baris dihapus (No {seqs}), di antara baris {after} dan baris {before}.',
    JOURNAL_ROWS_DELETED_AT_START: '{count} baris dihapus (No {seqs}), sebelum baris {before}.',
    JOURNAL_ROWS_DELETED_AT_END: '{count} baris dihapus (No {seqs}), sesudah baris {after}.',
    JOURNAL_ENTRY_UNBALANCED: 'Catatan {entry} (mulai baris {row}) tidak seimbang atau tidak lengkap. Jumlahnya tidak bisa dipercaya.',
  },
  en: {
    JOURNAL_TAMPERED: 'The journal has {count} problems. Journal rows must not be changed by hand. To correct one, record a reversal.',
    JOURNAL_ROW_EDITED: 'Row {row} ({entry}) was changed by hand after it was recorded.',
    JOURNAL_HASH_EDITED: 'The security code in row {row} ({entry}) was changed or deleted. The row itself is still as recorded.',
    JOURNAL_ROW_INSERTED: 'Row {row} ({entry}) was typed in by hand, not recorded through Lumbung.',
    JOURNAL_HASH_MISSING: 'The security code in row {row} ({entry}) is missing. The row itself is still as recorded.',
    JOURNAL_HASHES_MISSING: 'The security code is missing in {count} rows (rows {rows}). Those rows cannot be checked until the codes are put back (see the spreadsheet\'s version history).',
    JOURNAL_NOTE_BELOW: 'Row {row}, below the journal, was typed in by hand. It is not a journal entry: move that text to another tab.',
    VERIFY_KIND_CODE_MISSING: 'Security codes missing ({count})',
    RECORDED_TAB_RENAMED: 'The "{tab}" tab is not found, but the "{found}" tab holds its records. Rename "{found}" back to "{tab}", then press again. Nothing is recorded or repaired until it is back.',
    RECORDED_TAB_GONE: 'The "{tab}" tab is not found, although these books already hold records. Rename the tab back to "{tab}" (or restore it from the spreadsheet\'s version history), then press again. Lumbung does not make a new, empty "{tab}" tab.',
    RECORDED_COLUMN_RENAMED: 'Column {columns} of the "{tab}" tab is not found. Put back the renamed header (perhaps {unknown}) in row 1 as {columns}, then press again. Nothing is recorded or repaired until it is back.',
    RECORDED_COLUMN_GONE: 'Column {columns} of the "{tab}" tab is not found, although that tab already holds records. Restore the column from the spreadsheet\'s version history, then press again. Lumbung does not add an empty column in its place.',
    JOURNAL_ROW_MOVED: 'Row {row} ({entry}) was moved out of its original order.',
    JOURNAL_ROWS_DELETED: '{count} rows were deleted (No {seqs}), between row {after} and row {before}.',
    JOURNAL_ROWS_DELETED_AT_START: '{count} rows were deleted (No {seqs}), before row {before}.',
    JOURNAL_ROWS_DELETED_AT_END: '{count} rows were deleted (No {seqs}), after row {after}.',
    JOURNAL_ENTRY_UNBALANCED: 'Entry {entry} (starting at row {row}) does not balance or is incomplete. Its amounts cannot be trusted.',
  },
});
