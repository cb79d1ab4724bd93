/** Where typing goes into a field, so single-letter shortcuts stay out of the way (the read-only article is not one). */
export function isEditableTarget(target: EventTarget | null) {
  if (!(target instanceof HTMLElement) || target.closest('[aria-readonly="true"]')) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
