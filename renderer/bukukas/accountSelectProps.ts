import { ENTRY_FIELD } from './enterToNext';

/**
 * Shared behaviour of the account pickers: search by code or name, the first match is picked by
 * Enter, Tab keeps the highlighted match, and the list opens on typing, not on focus, so Enter can
 * walk through the form.
 */
export const ACCOUNT_SELECT_PROPS = {
  searchable: true,
  allowDeselect: false,
  selectFirstOptionOnChange: true,
  autoSelectOnBlur: true,
  openOnFocus: false,
  nothingFoundMessage: 'Tidak ada akun dengan kata itu',
  maxDropdownHeight: 280,
  comboboxProps: { withinPortal: true },
  ...ENTRY_FIELD,
} as const;
