/** Names and places for the demo cooperative: a women's entrepreneurs' cooperative in Jambi. */
export const FIRST_NAMES = [
  'Siti', 'Nur', 'Rahma', 'Dewi', 'Sri', 'Ani', 'Yuli', 'Fitri', 'Wati', 'Lestari', 'Ratna', 'Murni', 'Ida', 'Rina', 'Sari',
  'Eka', 'Desi', 'Indah', 'Nurhayati', 'Rosmawati', 'Halimah', 'Zubaidah', 'Maryam', 'Aisyah', 'Fatimah', 'Juliana',
];
export const LAST_NAMES = ['Aminah', 'Hasanah', 'Lubis', 'Siregar', 'Nasution', 'Rahayu', 'Wulandari', 'Susanti', 'Handayani', 'Permata', 'Kurniasih', 'Marlina'];
export const GROUPS = ['Mawar', 'Melati', 'Anggrek', 'Kenanga', 'Cempaka', 'Teratai', 'Dahlia', 'Seruni'];
export const STREETS = ['Jl. Sultan Thaha', 'Jl. Gatot Subroto', 'Jl. Sumantri Brojonegoro', 'Jl. Kapten Pattimura', 'Jl. Hayam Wuruk', 'Jl. Orang Kayo Hitam'];
export const PRODUCTS_USED = ['usaha', 'darurat'];
