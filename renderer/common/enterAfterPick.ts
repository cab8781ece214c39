/** The fields Enter can move to inside a form, in the order a person fills them. */
const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea';

function usable(el: HTMLElement): boolean {
  return !el.hasAttribute('disabled') && !el.hasAttribute('readonly') && el.getClientRects().length > 0;
}

/**
 * Enter on a picked option of a Select or Autocomplete moves on to the next field of the form (or to
 * its submit button after the last one), so nothing typed next lands in the search box. Mantine's
 * combobox takes that Enter (it prevents the default) to pick the option; this listener runs after it,
 * on the document, so it covers every form of the app.
 */
export function installEnterAfterPick(doc: Document = document): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.getAttribute('role') !== 'combobox') return;
    const form = target.closest('form');
    if (!form) return;
    // After React has applied the picked value and closed the list.
    window.setTimeout(() => {
      if (doc.activeElement !== target) return;
      const fields = Array.from(form.querySelectorAll<HTMLElement>(FIELDS)).filter(
        (el) => el === target || (usable(el) && !el.closest('[data-enter-skip]')),
      );
      const next = fields[fields.indexOf(target) + 1];
      const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]:not([disabled])');
      (next ?? submit)?.focus();
      if (next instanceof HTMLInputElement && next.getAttribute('role') !== 'combobox') next.select();
    }, 0);
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
