import type { KeyboardEvent } from 'react';

/** Marks an input as a stop for Enter; spread onto TextInput, Select and DateField. */
export const ENTRY_FIELD = { 'data-entry-field': true } as const;

function stops(form: HTMLElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('[data-entry-field]')].filter(
    (el) => !(el as HTMLInputElement).disabled && el.getClientRects().length > 0,
  );
}

/**
 * Enter moves to the next field, as on a paper form; Enter in the last field calls `onLast`
 * (usually submit). In an open Select list, Enter picks the highlighted option.
 * Ctrl+Enter calls `onCtrlEnter` from any field.
 */
export function enterToNext(onLast: () => void, onCtrlEnter?: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-entry-field')) return;
    if (event.ctrlKey || event.metaKey) {
      if (!onCtrlEnter) return;
      event.preventDefault();
      onCtrlEnter();
      return;
    }
    if (event.shiftKey || event.altKey) return;
    if (target.getAttribute('aria-expanded') === 'true') {
      // The list is open but the Select did not take the Enter (its highlighted option can be out
      // of step when typing fast): pick the highlighted option, as the person sees it.
      const list = document.getElementById(target.getAttribute('aria-controls') ?? '');
      const highlighted = list?.querySelector<HTMLElement>('[data-combobox-selected]');
      if (highlighted) {
        event.preventDefault();
        highlighted.click();
      }
      return;
    }
    event.preventDefault();
    const fields = stops(event.currentTarget);
    const next = fields[fields.indexOf(target) + 1];
    if (!next) {
      onLast();
      return;
    }
    next.focus();
    if (next instanceof HTMLInputElement && next.getAttribute('role') !== 'combobox') next.select();
  };
}
