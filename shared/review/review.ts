import { z } from 'zod';
import { request } from '../contract/define';
import { choice, flag, id, optionalText } from '../contract/fields';

/**
 * Review before finalising (DOMAIN §7.4): a document is "disusun oleh" one user and "direviu oleh"
 * another. Generic over the document kind, so any finalised document can use it: add its kind here
 * (the year-end statements will) and call the review gate from its finalisation.
 */
export const REVIEW_DOC_KINDS = ['pemeriksaan_kas', 'pra_audit'] as const;
export type ReviewDocKind = (typeof REVIEW_DOC_KINDS)[number];

export const REVIEW_ACTIONS = ['diajukan', 'perlu_revisi', 'disetujui'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  diajukan: 'Diajukan untuk direviu',
  perlu_revisi: 'Perlu revisi',
  disetujui: 'Disetujui reviewer',
};

export const REVIEWER_ROLES = ['admin', 'pemeriksa'] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

export interface ReviewEvent {
  id: number;
  action: ReviewAction;
  userId: number;
  userName: string;
  note: string | null;
  at: string;
}

/** Where a document stands: `draft` (never submitted or sent back), `diajukan`, `disetujui`. */
export type ReviewState = 'draft' | 'diajukan' | 'perlu_revisi' | 'disetujui';

export interface ReviewStatus {
  required: boolean;
  state: ReviewState;
  events: ReviewEvent[];
}

/** What a final document prints: both names with dates, or that the office works without review. */
export type ReviewStamp =
  | {
      mode: 'direviu';
      preparedBy: { name: string; date: string };
      reviewedBy: { name: string; date: string };
    }
  | { mode: 'tanpa_reviu'; preparedBy: { name: string; date: string } | null };

export interface ReviewSettings {
  required: boolean;
  roles: ReviewerRole[];
}

const doc = {
  kind: choice('Jenis dokumen', REVIEW_DOC_KINDS),
  docId: id('Dokumen'),
};

export const reviewRequests = {
  'review.get': request<ReviewStatus>()(z.strictObject(doc), { write: false }),
  'review.submit': request<ReviewStatus>()(z.strictObject({ ...doc, note: optionalText('Catatan', 1000) }), {
    write: true,
  }),
  'review.decide': request<ReviewStatus>()(
    z
      .strictObject({
        ...doc,
        decision: choice('Keputusan', ['disetujui', 'perlu_revisi'] as const),
        note: optionalText('Catatan reviu', 1000),
      })
      .refine((v) => v.decision !== 'perlu_revisi' || v.note !== null, {
        error: 'Tulis apa yang perlu direvisi',
        path: ['note'],
      }),
    { write: true },
  ),
  'review.settings': request<ReviewSettings>()(z.strictObject({}), { write: false }),
  'review.setSettings': request<ReviewSettings>()(
    z.strictObject({
      required: flag('Wajib reviu'),
      roles: z
        .array(choice('Peran reviewer', REVIEWER_ROLES))
        .min(1, { error: 'Pilih sedikitnya satu peran reviewer' })
        .max(2),
    }),
    { write: true },
  ),
};
