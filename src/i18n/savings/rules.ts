/**
 * The savings rules (pokok, wajib, sukarela and its interest): Bahasa Indonesia first, in short plain
 * sentences for members and managers new to computers. Amounts arrive as whole rupiah in {params}.
 */
import { messageTable } from '../table';

export const messages = messageTable({
  id: {
    POKOK_ALREADY_PAID: 'Simpanan pokok anggota ini sudah dibayar pada {date}. Simpanan pokok hanya dibayar satu kali.',
    POKOK_AMOUNT_WRONG: 'Simpanan pokok harus Rp{expected}, bukan Rp{amount}.',
    SAVINGS_AMOUNT_NOT_POSITIVE: 'Jumlah uang harus lebih dari nol dan tanpa sen.',
    SAVINGS_INSUFFICIENT: 'Saldo simpanan sukarela tidak cukup. Yang bisa diambil paling banyak Rp{available}.',
    SAVINGS_BALANCE_BELOW_ZERO: 'Catatan simpanan sukarela menjadi minus (Rp{balance}) pada {date}. Periksa setoran dan penarikan hari itu.',
    SAVINGS_POKOK_AMOUNT_INVALID: 'Besar simpanan pokok harus angka rupiah lebih dari nol.',
    WAJIB_RATES_EMPTY: 'Isi besar simpanan wajib per bulan.',
    WAJIB_RATE_MONTH_INVALID: 'Bulan mulai berlaku "{month}" tidak benar. Tulis seperti 2026-04.',
    WAJIB_RATE_MONTH_DUPLICATE: 'Bulan {month} ditulis dua kali. Satu bulan hanya boleh punya satu besar simpanan wajib.',
    WAJIB_RATE_AMOUNT_INVALID: 'Besar simpanan wajib harus angka rupiah, tidak minus.',
    WAJIB_DUE_DAY_INVALID: 'Tanggal jatuh tempo simpanan wajib harus antara 1 dan 31.',
    WAJIB_START_INVALID: 'Pilih kapan simpanan wajib mulai: bulan masuk atau bulan sesudahnya.',
    SUKARELA_RATE_INVALID: 'Jasa simpanan per tahun harus antara 0 dan 100 persen, paling banyak dua angka di belakang koma.',
    SUKARELA_BASIS_INVALID: 'Pilih dasar jasa simpanan: saldo terendah sebulan atau saldo rata-rata harian.',
    SUKARELA_MIN_BALANCE_INVALID: 'Saldo paling sedikit untuk mendapat jasa harus angka rupiah, tidak minus.',
    SUKARELA_ROUNDING_INVALID: 'Pilih cara pembulatan jasa simpanan: ke bawah atau ke terdekat.',
  },
  en: {
    POKOK_ALREADY_PAID: "This member's simpanan pokok was already paid on {date}. It is paid only once.",
    POKOK_AMOUNT_WRONG: 'Simpanan pokok must be Rp{expected}, not Rp{amount}.',
    SAVINGS_AMOUNT_NOT_POSITIVE: 'The amount must be more than zero, in whole rupiah.',
    SAVINGS_INSUFFICIENT: 'Not enough in voluntary savings. At most Rp{available} can be withdrawn.',
    SAVINGS_BALANCE_BELOW_ZERO: 'Voluntary savings go below zero (Rp{balance}) on {date}. Check that day\'s deposits and withdrawals.',
    SAVINGS_POKOK_AMOUNT_INVALID: 'Simpanan pokok must be a rupiah amount above zero.',
    WAJIB_RATES_EMPTY: 'Enter the monthly simpanan wajib amount.',
    WAJIB_RATE_MONTH_INVALID: 'The starting month "{month}" is not valid. Write it like 2026-04.',
    WAJIB_RATE_MONTH_DUPLICATE: 'Month {month} is entered twice. A month can have only one simpanan wajib amount.',
    WAJIB_RATE_AMOUNT_INVALID: 'The simpanan wajib amount must be whole rupiah, not negative.',
    WAJIB_DUE_DAY_INVALID: 'The simpanan wajib due day must be between 1 and 31.',
    WAJIB_START_INVALID: 'Choose when simpanan wajib starts: the month of joining or the month after.',
    SUKARELA_RATE_INVALID: 'The yearly savings interest must be between 0 and 100 percent, with at most two decimals.',
    SUKARELA_BASIS_INVALID: 'Choose the interest basis: lowest balance of the month or average daily balance.',
    SUKARELA_MIN_BALANCE_INVALID: 'The minimum balance to earn interest must be whole rupiah, not negative.',
    SUKARELA_ROUNDING_INVALID: 'Choose how interest is rounded: down or to the nearest rupiah.',
  },
});
