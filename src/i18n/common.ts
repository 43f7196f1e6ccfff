/** Words of the add-on's own screens. Bahasa Indonesia first: the first users are new to computers. */
import { messageTable } from './table';

export const messages = messageTable({
  id: {
    APP_NAME: 'Lumbung',
    APP_TAGLINE: 'Buku koperasi simpan pinjam',
    HOME_OPEN_IN_SHEETS: 'Buka Lumbung dari spreadsheet buku koperasi Anda.',
    HOME_DRIVE_INTRO: 'Pilih berkas di Drive untuk disimpan ke arsip koperasi.',
    HOME_CALENDAR_INTRO: 'Rapat anggota dijadwalkan dari spreadsheet buku koperasi.',
    DRIVE_SELECTED: '{count} berkas dipilih',
    SPREADSHEET: 'Spreadsheet',
    HELP_TITLE: 'Bantuan',
    HELP_TEXT: 'Lumbung membantu pengurus mencatat simpanan, pinjaman, dan rapat anggota. Jika ada yang membingungkan, hubungi pengurus koperasi Anda.',
    ERROR_UNEXPECTED: 'Maaf, terjadi kesalahan. Coba lagi sebentar lagi. Jika tetap gagal, hubungi pengurus.',
  },
  en: {
    APP_NAME: 'Lumbung',
    APP_TAGLINE: 'Savings-and-loan cooperative books',
    HOME_OPEN_IN_SHEETS: "Open Lumbung from your cooperative's ledger spreadsheet.",
    HOME_DRIVE_INTRO: "Select files in Drive to keep them in the cooperative's archive.",
    HOME_CALENDAR_INTRO: "Members' meetings are scheduled from the cooperative's ledger spreadsheet.",
    DRIVE_SELECTED: '{count} files selected',
    SPREADSHEET: 'Spreadsheet',
    HELP_TITLE: 'Help',
    HELP_TEXT: 'Lumbung helps managers record savings, loans and members\' meetings. If something is unclear, ask your cooperative\'s managers.',
    ERROR_UNEXPECTED: 'Sorry, something went wrong. Try again in a moment. If it keeps failing, contact the managers.',
  },
});
