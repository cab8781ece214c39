import type { InputOf } from '../../shared/contract';

/** A fictional but realistic kecamatan office. Later features add their own demo records. */
export const DEMO_PROFILE: InputOf<'office.saveProfile'> = {
  name: 'UPK DAPM Kecamatan Sukamaju',
  institutionKind: 'upk',
  kecamatan: 'Sukamaju',
  kabupaten: 'Kabupaten Cianjur',
  provinsi: 'Jawa Barat',
  address: 'Jl. Raya Sukamaju No. 17, Desa Sukamaju',
  postalCode: '43253',
  phone: '0263 512 345',
  email: 'upk.sukamaju@gmail.com',
  timeZone: 'WIB',
  paperSize: 'F4',
};

type DemoOfficer = Omit<InputOf<'officers.create'>, 'position' | 'startDate' | 'endDate' | 'decreeNumber'> & {
  terms: Array<Pick<InputOf<'officers.create'>, 'position' | 'startDate' | 'endDate' | 'decreeNumber'>>;
};

export const DEMO_OFFICERS: DemoOfficer[] = [
  {
    fullName: 'H. Asep Saepudin, S.E.',
    nip: null,
    phone: '0812 2034 5521',
    terms: [
      { position: 'ketua_upk', startDate: '2021-03-01', endDate: null, decreeNumber: '03/MAD/III/2021' },
    ],
  },
  {
    fullName: 'Rina Marlina',
    nip: null,
    phone: '0813 2145 9870',
    terms: [
      { position: 'sekretaris_upk', startDate: '2021-03-01', endDate: null, decreeNumber: '03/MAD/III/2021' },
    ],
  },
  {
    fullName: 'Dedi Kurniawan',
    nip: null,
    phone: '0857 2233 1408',
    terms: [
      {
        position: 'bendahara_upk',
        startDate: '2021-03-01',
        endDate: '2024-06-30',
        decreeNumber: '03/MAD/III/2021',
      },
    ],
  },
  {
    fullName: 'Siti Nurhayati, S.Ak.',
    nip: null,
    phone: '0821 1765 4432',
    terms: [
      { position: 'bendahara_upk', startDate: '2024-07-01', endDate: null, decreeNumber: '07/MAD/VI/2024' },
    ],
  },
  {
    fullName: 'Ujang Suryana',
    nip: null,
    phone: null,
    terms: [
      { position: 'ketua_bp_upk', startDate: '2022-01-10', endDate: null, decreeNumber: '01/MAD/I/2022' },
    ],
  },
  {
    fullName: 'Euis Rohaeti',
    nip: null,
    phone: null,
    terms: [{ position: 'bp_upk', startDate: '2022-01-10', endDate: null, decreeNumber: '01/MAD/I/2022' }],
  },
  {
    fullName: 'Cecep Hidayat',
    nip: null,
    phone: null,
    terms: [{ position: 'bp_upk', startDate: '2022-01-10', endDate: null, decreeNumber: '01/MAD/I/2022' }],
  },
  {
    fullName: 'Drs. Agus Setiawan, M.Si.',
    nip: '197204151998031006',
    phone: null,
    terms: [{ position: 'camat', startDate: '2023-02-01', endDate: null, decreeNumber: null }],
  },
  {
    fullName: 'Yayan Sofyan, S.IP.',
    nip: '198003122006041011',
    phone: null,
    terms: [{ position: 'pjok', startDate: '2023-02-01', endDate: null, decreeNumber: null }],
  },
  {
    fullName: 'Nenden Fitriani, S.Sos.',
    nip: null,
    phone: '0822 1987 6650',
    terms: [{ position: 'fk', startDate: '2020-01-02', endDate: null, decreeNumber: null }],
  },
  {
    fullName: 'Ahmad Fauzi',
    nip: null,
    phone: '0878 2100 4411',
    terms: [{ position: 'pl', startDate: '2022-05-01', endDate: null, decreeNumber: null }],
  },
];

type DemoDesa = InputOf<'desa.create'> & { tpk: Array<Omit<InputOf<'tpk.create'>, 'desaId'>> };

function tpk(ketua: string, sekretaris: string, bendahara: string): DemoDesa['tpk'] {
  return [
    { fullName: ketua, role: 'ketua', phone: null },
    { fullName: sekretaris, role: 'sekretaris', phone: null },
    { fullName: bendahara, role: 'bendahara', phone: null },
  ];
}

export const DEMO_DESA: DemoDesa[] = [
  {
    name: 'Sukamaju',
    code: '32.03.14.2001',
    kepalaDesa: 'Endang Sudrajat',
    tpk: tpk('Iwan Setiawan', 'Lilis Suryani', 'Dadang Hermawan'),
  },
  {
    name: 'Cibodas',
    code: '32.03.14.2002',
    kepalaDesa: 'Hj. Neneng Sumarni',
    tpk: tpk('Ade Rukmana', 'Yuyun Yuningsih', 'Tatang Sutisna'),
  },
  {
    name: 'Mekarsari',
    code: '32.03.14.2003',
    kepalaDesa: 'Ujang Rahmat',
    tpk: tpk('Asep Sunandar', 'Tini Kartini', 'Ruhiyat'),
  },
  {
    name: 'Sindangjaya',
    code: '32.03.14.2004',
    kepalaDesa: 'Budi Hartono',
    tpk: tpk('Enjang Komarudin', 'Imas Masitoh', 'Oman Abdurahman'),
  },
  {
    name: 'Cikahuripan',
    code: '32.03.14.2005',
    kepalaDesa: 'Aep Saepuloh',
    tpk: tpk('Dodi Supriadi', 'Nining Rahayu', 'Jajang Nurjaman'),
  },
  { name: 'Girimulya', code: '32.03.14.2006', kepalaDesa: 'Dede Kusnadi', tpk: [] },
];
