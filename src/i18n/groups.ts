/** Tanggung renteng: the groups, covering a member's installment, and the group scorecard. */
import { messageTable } from './table';

export const messages = messageTable({
  id: {
    GROUP_ID_DUPLICATE: 'Kode kelompok {groupId} dipakai dua kali.',
    GROUP_MEMBER_LISTED_TWICE: 'Anggota {memberId} tertulis dua kali di kelompok {groupId}.',
    MEMBER_IN_TWO_GROUPS: 'Anggota {memberId} ada di dua kelompok ({groups}). Satu anggota hanya boleh di satu kelompok.',
    GROUP_LEADERS_COUNT: 'Kelompok {groupId} harus punya {expected} ketua kelompok yang berbeda.',
    GROUP_LEADER_NOT_MEMBER: 'Ketua kelompok {memberId} bukan anggota aktif kelompok {groupId}.',
    GROUP_TOO_SMALL: 'Kelompok {groupId} perlu paling sedikit {min} anggota selain ketua. Sekarang {count}.',
    GROUP_MEMBER_NOT_IN_GROUP: 'Anggota {memberId} tidak ada di kelompok {groupId}.',
    GROUP_NO_COVERERS: 'Tidak ada anggota lain di kelompok {groupId} yang bisa menanggung angsuran {memberId}.',
    COVER_AMOUNT_INVALID: 'Jumlah tanggungan harus lebih dari nol dan tanpa sen.',
    COVER_REPAYMENT_TOO_MUCH: 'Anggota {memberId} hanya berutang Rp{outstanding} kepada kelompoknya, bukan Rp{amount}.',
    SCORECARD_WEIGHT_INVALID: 'Bobot penilaian kelompok harus angka, tidak minus.',
    SCORECARD_WEIGHTS_NOT_100: 'Bobot penilaian kelompok berjumlah {total}. Jumlahnya harus tepat 100.',
    SCORECARD_GRADES_NO_ZERO: 'Harus ada satu nilai yang dimulai dari skor 0.',
    SCORECARD_GRADES_DUPLICATE: 'Dua nilai memakai skor awal yang sama.',
  },
  en: {
    GROUP_ID_DUPLICATE: 'Group code {groupId} is used twice.',
    GROUP_MEMBER_LISTED_TWICE: 'Member {memberId} is listed twice in group {groupId}.',
    MEMBER_IN_TWO_GROUPS: 'Member {memberId} is in two groups ({groups}). A member may be in only one group.',
    GROUP_LEADERS_COUNT: 'Group {groupId} must have {expected} different group leaders.',
    GROUP_LEADER_NOT_MEMBER: 'Group leader {memberId} is not an active member of group {groupId}.',
    GROUP_TOO_SMALL: 'Group {groupId} needs at least {min} members besides its leaders. It has {count}.',
    GROUP_MEMBER_NOT_IN_GROUP: 'Member {memberId} is not in group {groupId}.',
    GROUP_NO_COVERERS: "No other member of group {groupId} can cover {memberId}'s installment.",
    COVER_AMOUNT_INVALID: 'The amount covered must be more than zero, in whole rupiah.',
    COVER_REPAYMENT_TOO_MUCH: 'Member {memberId} owes her group only Rp{outstanding}, not Rp{amount}.',
    SCORECARD_WEIGHT_INVALID: 'Group score weights must be numbers, not negative.',
    SCORECARD_WEIGHTS_NOT_100: 'The group score weights add up to {total}. They must add up to exactly 100.',
    SCORECARD_GRADES_NO_ZERO: 'One grade must start at score 0.',
    SCORECARD_GRADES_DUPLICATE: 'Two grades start at the same score.',
  },
});
