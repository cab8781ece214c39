import { contract } from '../../shared/contract';
import type { ServiceContext } from '../core/context';
import { createAnggota, createKelompok } from '../pinjaman/kelompokService';

const SPP_NAMES = ['Melati', 'Mawar', 'Anggrek', 'Kenanga', 'Dahlia', 'Cempaka', 'Teratai', 'Flamboyan'];
const UEP_NAMES = ['Maju Jaya', 'Sumber Rezeki', 'Tani Makmur'];
const WOMEN = [
  'Siti',
  'Euis',
  'Neneng',
  'Imas',
  'Yayah',
  'Cucu',
  'Titin',
  'Eni',
  'Popon',
  'Ai',
  'Lilis',
  'Entin',
];
const MEN = ['Asep', 'Dede', 'Ujang', 'Cecep', 'Iwan', 'Dadan', 'Agus', 'Yayat'];
const FAMILY = ['Rohayati', 'Sumarni', 'Kurniasih', 'Hidayat', 'Suryana', 'Permana', 'Rahmawati', 'Setiawan'];

/**
 * About forty groups over the five desa with a TPK: six SPP groups and two UEP groups each, three to five
 * members each (deterministic names). Returns the ids in creation order.
 */
export function seedDemoKelompok(ctx: ServiceContext): number[] {
  const desa = ctx.sqlite
    .prepare(
      'SELECT d.id, d.name FROM desa d WHERE EXISTS (SELECT 1 FROM tpk_members t WHERE t.desa_id = d.id) ORDER BY d.id',
    )
    .all() as { id: number; name: string }[];
  const ids: number[] = [];
  let n = 0;
  for (const [di, d] of desa.entries()) {
    const groups = [
      ...SPP_NAMES.slice(0, 6).map((name, i) => ({
        name: `SPP ${SPP_NAMES[(i + di) % SPP_NAMES.length] ?? name}`,
        jenis: 'spp' as const,
      })),
      ...UEP_NAMES.slice(0, 2).map((name, i) => ({
        name: `UEP ${UEP_NAMES[(i + di) % UEP_NAMES.length] ?? name}`,
        jenis: 'uep' as const,
      })),
    ];
    for (const g of groups) {
      n++;
      const pool = g.jenis === 'spp' ? WOMEN : MEN;
      const first = (k: number) => `${pool[(n * 3 + k) % pool.length]} ${FAMILY[(n + k) % FAMILY.length]}`;
      const kelompok = createKelompok(
        ctx,
        contract['kelompok.create'].input.parse({
          desaId: d.id,
          name: g.name,
          jenis: g.jenis,
          ketua: first(0),
          address: `Desa ${d.name}`,
          foundedOn: `20${String(15 + (n % 8)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 9}`,
        }),
      );
      for (let k = 0; k < 3 + (n % 3); k++) {
        createAnggota(
          ctx,
          contract['anggota.create'].input.parse({
            kelompokId: kelompok.id,
            name: first(k),
            gender: g.jenis === 'spp' ? 'P' : 'L',
            rtm: k % 2 === 0,
          }),
        );
      }
      ids.push(kelompok.id);
    }
  }
  return ids;
}
